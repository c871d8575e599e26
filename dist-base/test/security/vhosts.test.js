// Vhosts as isolated namespaces, their deletion (connections closed, data removed), and
// everything identity-related surviving a restart; the definitions round trip of users,
// vhosts, permissions, topic permissions and limits; users from the config file.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { waitUntil } from '../helpers/amqp.js';
import { api, closedWith, expectStatus, openAs, openResult } from './support.js';
const skip = canControlWharf() ? false : EXTERNAL_SKIP;
const FULL = { configure: '.*', write: '.*', read: '.*' };
async function grant(w, vhost, user, spec = FULL) {
    const r = await api(w.httpPort, `/api/permissions/${encodeURIComponent(vhost)}/${user}`, {
        method: 'PUT',
        body: spec,
    });
    expectStatus(r, [201, 204], `permissions of ${user} in ${vhost}`);
}
async function vhost(w, name) {
    expectStatus(await api(w.httpPort, `/api/vhosts/${name}`, { method: 'PUT', body: {} }), [201, 204], `vhost ${name}`);
}
const queueDirs = (w) => readdirSync(join(w.dataDir, 'queues')).length;
describe('vhosts', { skip }, () => {
    test('the same queue name in two vhosts holds different messages', async () => {
        const w = await startWharf();
        try {
            for (const v of ['iso-a', 'iso-b']) {
                await vhost(w, v);
                await grant(w, v, 'guest');
            }
            const guest = { user: 'guest', password: 'guest' };
            const [a, b] = [await openAs(w.amqpPort, guest, 'iso-a'), await openAs(w.amqpPort, guest, 'iso-b')];
            try {
                const [cha, chb] = [await a.createChannel(), await b.createChannel()];
                for (const [ch, tag] of [
                    [cha, 'a'],
                    [chb, 'b'],
                ]) {
                    await ch.assertQueue('same', { durable: true });
                    await ch.assertExchange('ex', 'fanout', { durable: true });
                    await ch.bindQueue('same', 'ex', '');
                    ch.publish('ex', '', Buffer.from(`from ${tag}`));
                    await ch.checkQueue('same');
                }
                cha.publish('ex', '', Buffer.from('from a again'));
                await cha.checkQueue('same');
                const drain = async (ch) => {
                    const out = [];
                    for (let m = await ch.get('same', { noAck: true }); m; m = await ch.get('same', { noAck: true })) {
                        out.push(m.content.toString());
                    }
                    return out;
                };
                assert.deepEqual(await drain(cha), ['from a', 'from a again']);
                assert.deepEqual(await drain(chb), ['from b']);
                const queues = (await api(w.httpPort, '/api/queues')).body.filter((q) => q.name === 'same');
                assert.deepEqual(queues.map((q) => q.vhost).sort(), ['iso-a', 'iso-b']);
            }
            finally {
                await a.close();
                await b.close();
            }
        }
        finally {
            await w.stop();
        }
    });
    test('deleting a vhost closes its connections and removes its queues and their data', async () => {
        const w = await startWharf();
        try {
            await vhost(w, 'doomed');
            await grant(w, 'doomed', 'guest');
            const before = queueDirs(w);
            const conn = await openAs(w.amqpPort, { user: 'guest', password: 'guest' }, 'doomed');
            const ch = await conn.createChannel();
            await ch.assertQueue('kept-on-disk', { durable: true });
            ch.sendToQueue('kept-on-disk', Buffer.from('persistent'), { persistent: true });
            await ch.checkQueue('kept-on-disk');
            assert.ok(queueDirs(w) > before, 'the durable queue has its directory');
            const closed = closedWith(conn);
            expectStatus(await api(w.httpPort, '/api/vhosts/doomed', { method: 'DELETE' }), 204, 'delete');
            assert.equal(await closed, "320 CONNECTION_FORCED - vhost 'doomed' is deleted");
            await waitUntil(() => queueDirs(w) === before, 5000, 'the queue directory to go');
            assert.equal((await api(w.httpPort, '/api/vhosts/doomed')).status, 404);
            assert.equal((await api(w.httpPort, '/api/permissions/doomed/guest')).status, 404);
            assert.equal(await openResult(w.amqpPort, { user: 'guest', password: 'guest' }, 'doomed'), '530 NOT_ALLOWED - vhost doomed not found');
            // a vhost made again under the same name starts empty, and so it stays after a restart
            await vhost(w, 'doomed');
            const w2 = await w.restart();
            try {
                const queues = (await api(w2.httpPort, '/api/queues/doomed')).body;
                assert.deepEqual(queues, []);
                assert.equal((await api(w2.httpPort, '/api/permissions/doomed/guest')).status, 404);
            }
            finally {
                await w2.stop();
            }
        }
        finally {
            await w.stop();
        }
    });
    test('users, vhosts, permissions, topic permissions and limits survive a restart', async () => {
        let w = await startWharf();
        try {
            await vhost(w, 'kept');
            const put = (path, body) => api(w.httpPort, path, { method: 'PUT', body });
            await put('/api/vhosts/kept', { description: 'a kept vhost', tags: 'a,b' });
            await put('/api/users/keeper', { password: 'k33p', tags: ['management'] });
            await grant(w, 'kept', 'keeper', { configure: '^k', write: '^k', read: '.*' });
            await put('/api/topic-permissions/kept/keeper', { exchange: 'amq.topic', write: '^k', read: '.*' });
            await put('/api/vhost-limits/kept/max-queues', { value: 7 });
            await put('/api/user-limits/keeper/max-channels', { value: 9 });
            await put('/api/users/gone', { password: 'x', tags: '' });
            await api(w.httpPort, '/api/users/gone', { method: 'DELETE' });
            // guest deleted: not seeded again at the next start (only a fresh data dir gets it)
            await put('/api/users/admin', { password: 'adm1n', tags: 'administrator' });
            await grant(w, '/', 'admin');
            await api(w.httpPort, '/api/users/guest', { method: 'DELETE' });
            const admin = { user: 'admin', password: 'adm1n' };
            const snapshot = async () => ({
                defs: (await api(w.httpPort, '/api/definitions', { as: admin })).body,
                vhost: (await api(w.httpPort, '/api/vhosts/kept', { as: admin })).body,
            });
            const before = await snapshot();
            w = await w.restart();
            const after = await snapshot();
            for (const k of ['users', 'vhosts', 'permissions', 'topic_permissions', 'parameters']) {
                assert.deepEqual(after.defs[k], before.defs[k], k);
            }
            assert.equal(after.vhost.description, 'a kept vhost');
            assert.deepEqual(after.vhost.tags, ['a', 'b']);
            assert.ok(!after.defs.users.some((u) => u.name === 'guest' || u.name === 'gone'));
            assert.equal(await openResult(w.amqpPort, { user: 'keeper', password: 'k33p' }, 'kept'), 'ok');
            assert.match(await openResult(w.amqpPort, { user: 'guest', password: 'guest' }, '/'), /^403/);
        }
        finally {
            await w.stop();
        }
    });
    test('definitions round trip: users, vhosts, permissions, topic permissions and limits', async () => {
        const a = await startWharf();
        const b = await startWharf();
        try {
            await vhost(a, 'trip');
            const put = (path, body) => api(a.httpPort, path, { method: 'PUT', body });
            await put('/api/users/traveller', { password: 't', tags: 'monitoring,policymaker' });
            await grant(a, 'trip', 'traveller', { configure: '', write: '^t', read: '^t' });
            await put('/api/topic-permissions/trip/traveller', {
                exchange: 'amq.topic',
                write: '^{username}',
                read: '',
            });
            await put('/api/vhost-limits/trip/max-connections', { value: 4 });
            await put('/api/user-limits/traveller/max-connections', { value: 2 });
            const exported = (await api(a.httpPort, '/api/definitions')).body;
            assert.deepEqual(exported.parameters, [
                { value: { 'max-connections': 4 }, vhost: 'trip', component: 'vhost-limits', name: 'limits' },
            ]);
            expectStatus(await api(b.httpPort, '/api/definitions', { method: 'POST', body: exported }), 204, 'import');
            const again = (await api(b.httpPort, '/api/definitions')).body;
            const byName = (x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1);
            for (const k of ['users', 'vhosts', 'permissions', 'topic_permissions', 'parameters']) {
                assert.deepEqual([...again[k]].sort(byName), [...exported[k]].sort(byName), k);
            }
            // the same passwords log in on the second broker
            assert.equal(await openResult(b.amqpPort, { user: 'traveller', password: 't' }, 'trip'), 'ok');
            // tags as a comma-separated text, as older RabbitMQ versions export them
            const older = {
                users: [{ name: 'old', password_hash: exported.users[0].password_hash, tags: 'management' }],
            };
            expectStatus(await api(b.httpPort, '/api/definitions', { method: 'POST', body: older }), 204, 'older');
            assert.deepEqual((await api(b.httpPort, '/api/users/old')).body.tags, ['management']);
        }
        finally {
            await a.stop();
            await b.stop();
        }
    });
});
describe('users from the config file', { skip }, () => {
    test('created at start, updated at every start, never replacing what the API made', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'wharf-sec-config-'));
        try {
            const config = join(dir, 'wharf.json');
            const write = (users) => writeFileSync(config, JSON.stringify({ users }));
            write([
                { name: 'ops', password: 'op5', tags: 'administrator' },
                {
                    name: 'app',
                    password: 'app-pw',
                    permissions: { 'app-vhost': { configure: '^app', write: '^app', read: '^app' } },
                },
            ]);
            let w = await startWharf({ args: ['--config', config], dataDir: join(dir, 'data') });
            try {
                const ops = { user: 'ops', password: 'op5' };
                assert.deepEqual((await api(w.httpPort, '/api/whoami', { as: ops })).body, {
                    name: 'ops',
                    tags: ['administrator'],
                });
                // configured users replace the default guest on a fresh data dir
                assert.equal((await api(w.httpPort, '/api/users/guest', { as: ops })).status, 404);
                // without `permissions`: full on '/'; with: the vhosts listed (made if missing)
                assert.deepEqual((await api(w.httpPort, '/api/users/ops/permissions', { as: ops })).body, [
                    { user: 'ops', vhost: '/', ...FULL },
                ]);
                assert.equal(await openResult(w.amqpPort, { user: 'app', password: 'app-pw' }, 'app-vhost'), 'ok');
                assert.match(await openResult(w.amqpPort, { user: 'app', password: 'app-pw' }, '/'), /^530/);
                assert.match(w.output(), /"event":"user.created","actor":"config","user":"ops"/);
                // changed over the API in the meantime
                await api(w.httpPort, '/api/users/app', {
                    method: 'PUT',
                    body: { password: 'changed', tags: 'management' },
                    as: ops,
                });
                await api(w.httpPort, '/api/users/extra', {
                    method: 'PUT',
                    body: { password: 'e', tags: '' },
                    as: ops,
                });
                write([{ name: 'ops', password: 'op5-new', tags: ['administrator', 'monitoring'] }]);
                w = await w.restart();
                const opsNew = { user: 'ops', password: 'op5-new' };
                assert.deepEqual((await api(w.httpPort, '/api/whoami', { as: opsNew })).body.tags, [
                    'administrator',
                    'monitoring',
                ]);
                assert.equal((await api(w.httpPort, '/api/whoami', { as: ops })).status, 401);
                // users no longer in the config stay as the API left them
                assert.equal(await openResult(w.amqpPort, { user: 'app', password: 'changed' }, 'app-vhost'), 'ok');
                assert.equal((await api(w.httpPort, '/api/users/extra', { as: opsNew })).status, 200);
            }
            finally {
                await w.stop();
            }
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=vhosts.test.js.map