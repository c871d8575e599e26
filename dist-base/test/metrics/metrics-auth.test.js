// GET /metrics lists every queue's name. It stays open by default (Prometheus scrapes
// without credentials, as RabbitMQ's endpoint allows); `--metrics-auth` (config key
// metricsAuth, WHARF_METRICS_AUTH) asks for basic auth of a user the management API
// would accept: tagged management, monitoring, policymaker or administrator.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/cli/config.js';
import { startWharf, uniqueName } from '../helpers/brokers.js';
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
async function scrape(w, auth) {
    const res = await fetch(`http://127.0.0.1:${w.httpPort}/metrics`, {
        headers: auth ? { authorization: auth } : {},
    });
    return { status: res.status, body: await res.text(), challenge: res.headers.get('www-authenticate') };
}
/** Creates a user through the management API (as guest). */
async function addUser(w, name, tags) {
    const res = await fetch(`http://127.0.0.1:${w.httpPort}/api/users/${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { authorization: basic('guest', 'guest'), 'content-type': 'application/json' },
        body: JSON.stringify({ password: 'secret', tags }),
    });
    assert.ok(res.status === 201 || res.status === 204, `user ${name}: HTTP ${res.status}`);
}
/** Declares a queue through the management API, so /metrics has a name to show. */
async function addQueue(w, name) {
    const res = await fetch(`http://127.0.0.1:${w.httpPort}/api/queues/%2F/${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { authorization: basic('guest', 'guest'), 'content-type': 'application/json' },
        body: JSON.stringify({ durable: false }),
    });
    assert.ok(res.status === 201 || res.status === 204, `queue ${name}: HTTP ${res.status}`);
}
describe('/metrics authentication', () => {
    let open;
    let guarded;
    const queue = uniqueName('metrics-secret');
    before(async () => {
        [open, guarded] = await Promise.all([startWharf(), startWharf({ args: ['--metrics-auth'] })]);
        await addQueue(open, queue);
        await addQueue(guarded, queue);
        for (const [name, tags] of [
            ['watcher', 'monitoring'],
            ['viewer', 'management'],
            ['app', ''],
        ]) {
            await addUser(guarded, name, tags);
        }
    });
    after(async () => {
        await Promise.all([open?.stop(), guarded?.stop()]);
    });
    test('by default it is served without credentials, queue names included', async () => {
        const r = await scrape(open);
        assert.equal(r.status, 200);
        assert.ok(r.body.includes(queue));
    });
    test('with --metrics-auth, no credentials or wrong ones get 401 with a challenge and no queue names', async () => {
        for (const auth of [undefined, basic('guest', 'wrong'), basic('nobody', 'x')]) {
            const r = await scrape(guarded, auth);
            assert.equal(r.status, 401, String(auth));
            assert.match(r.challenge ?? '', /^Basic /);
            assert.ok(!r.body.includes(queue));
        }
    });
    test('with --metrics-auth, a user without a management or monitoring tag gets 401', async () => {
        const r = await scrape(guarded, basic('app', 'secret'));
        assert.equal(r.status, 401);
        assert.ok(!r.body.includes(queue));
    });
    test('with --metrics-auth, monitoring, management and administrator users read it', async () => {
        for (const [user, password] of [
            ['watcher', 'secret'],
            ['viewer', 'secret'],
            ['guest', 'guest'],
        ]) {
            const r = await scrape(guarded, basic(user, password));
            assert.equal(r.status, 200, user);
            assert.ok(r.body.includes(queue), user);
        }
    });
    test('the setting comes from the config file key, WHARF_METRICS_AUTH or the flag, and is checked', () => {
        assert.equal(loadConfig({}, {}).metricsAuth, undefined);
        assert.equal(loadConfig({}, { WHARF_METRICS_AUTH: 'true' }).metricsAuth, true);
        assert.equal(loadConfig({}, { WHARF_METRICS_AUTH: 'off' }).metricsAuth, false);
        assert.equal(loadConfig({ metricsAuth: true }, { WHARF_METRICS_AUTH: 'false' }).metricsAuth, true);
        assert.throws(() => loadConfig({}, { WHARF_METRICS_AUTH: 'maybe' }), /WHARF_METRICS_AUTH must be true or false/);
        const dir = mkdtempSync(join(tmpdir(), 'wharf-metrics-auth-'));
        try {
            const file = join(dir, 'wharf.json');
            writeFileSync(file, JSON.stringify({ metricsAuth: true }));
            assert.equal(loadConfig({ config: file }, {}).metricsAuth, true);
            writeFileSync(file, JSON.stringify({ metricsAuth: 'yes' }));
            assert.throws(() => loadConfig({ config: file }, {}), /'metricsAuth' must be true or false/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=metrics-auth.test.js.map