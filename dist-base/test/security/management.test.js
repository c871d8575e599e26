// Users, permissions and vhosts over the management API, the tag gating of every
// endpoint class as RabbitMQ's management plugin applies it, loopback-only guest, and
// the audit log lines (read from the broker's stdout).
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { connect } from 'amqplib';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { waitUntil } from '../helpers/amqp.js';
import { amqpUrl, api, enc, expectStatus, openAs, openResult } from './support.js';
const skip = canControlWharf() ? false : EXTERNAL_SKIP;
/** RabbitMQ's rabbit_password_hashing_sha256, computed here independently of Wharf's code. */
function rabbitHash(password) {
    const salt = randomBytes(4);
    const digest = createHash('sha256').update(salt).update(Buffer.from(password, 'utf8')).digest();
    return Buffer.concat([salt, digest]).toString('base64');
}
/** An address of this machine that is not loopback, if it has one. */
function externalAddress() {
    for (const list of Object.values(networkInterfaces())) {
        for (const a of list ?? [])
            if (a.family === 'IPv4' && !a.internal)
                return a.address;
    }
    return undefined;
}
describe('users, permissions and vhosts over the management API', { skip }, () => {
    let w;
    const V = 'sec-mgmt';
    before(async () => {
        w = await startWharf();
    });
    after(async () => {
        await w?.stop();
    });
    test('PUT, GET and DELETE a user; the password is stored as RabbitMQ hashes it', async () => {
        const created = await api(w.httpPort, '/api/users/alice', {
            method: 'PUT',
            body: { password: 'pä55', tags: 'management, policymaker' },
        });
        assert.equal(created.status, 201);
        const alice = (await api(w.httpPort, '/api/users/alice')).body;
        assert.deepEqual(alice.tags, ['management', 'policymaker']);
        assert.equal(alice.hashing_algorithm, 'rabbit_password_hashing_sha256');
        const raw = Buffer.from(alice.password_hash, 'base64');
        assert.equal(raw.length, 36);
        const expected = createHash('sha256').update(raw.subarray(0, 4)).update('pä55').digest();
        assert.deepEqual(raw.subarray(4), expected, 'salt ++ sha256(salt ++ password)');
        assert.deepEqual(alice.limits, {});
        const updated = await api(w.httpPort, '/api/users/alice', {
            method: 'PUT',
            body: { password: 'x', tags: [] },
        });
        assert.equal(updated.status, 204);
        assert.deepEqual((await api(w.httpPort, '/api/users/alice')).body.tags, []);
        assert.ok((await api(w.httpPort, '/api/users')).body.some((u) => u.name === 'alice'));
        assert.equal((await api(w.httpPort, '/api/users/alice', { method: 'DELETE' })).status, 204);
        assert.equal((await api(w.httpPort, '/api/users/alice', { method: 'DELETE' })).status, 404);
        assert.equal((await api(w.httpPort, '/api/users/alice')).status, 404);
    });
    test("PUT a user is refused with RabbitMQ's reasons", async () => {
        const put = (body) => api(w.httpPort, '/api/users/bad', { method: 'PUT', body });
        assert.deepEqual((await put({ password: 'p' })).body, {
            error: 'bad_request',
            reason: 'tags_not_present',
        });
        assert.deepEqual((await put({ password: 'p', password_hash: rabbitHash('p'), tags: '' })).body, {
            error: 'bad_request',
            reason: 'both_password_and_password_hash_are_provided',
        });
        assert.equal((await put({ password_hash: 'not base64!', tags: '' })).status, 400);
        assert.equal((await put({ password: 'p', tags: '', limits: { 'max-channels': 'x' } })).status, 400);
        assert.equal((await api(w.httpPort, '/api/users/bad')).status, 404);
    });
    test('a password_hash logs in; a PUT without password or hash clears the password', async () => {
        const as = { user: 'hashed', password: 'from a hash' };
        const put = await api(w.httpPort, '/api/users/hashed', {
            method: 'PUT',
            body: { password_hash: rabbitHash(as.password), tags: ['monitoring'] },
        });
        assert.equal(put.status, 201);
        expectStatus(await api(w.httpPort, '/api/permissions/%2F/hashed', {
            method: 'PUT',
            body: { configure: '.*', write: '.*', read: '.*' },
        }), 201, 'permissions');
        assert.equal(await openResult(w.amqpPort, as, '/'), 'ok');
        assert.deepEqual((await api(w.httpPort, '/api/whoami', { as })).body, {
            name: 'hashed',
            tags: ['monitoring'],
        });
        // RabbitMQ's put_user with neither: tags updated, password cleared
        await api(w.httpPort, '/api/users/hashed', { method: 'PUT', body: { tags: 'monitoring' } });
        assert.match(await openResult(w.amqpPort, as, '/'), /^403 ACCESS_REFUSED - Login was refused/);
        assert.deepEqual((await api(w.httpPort, '/api/whoami', { as })).body, {
            error: 'not_authorized',
            reason: 'Login failed',
        });
    });
    test('permissions and topic permissions: PUT, GET, DELETE, and the refusals', async () => {
        expectStatus(await api(w.httpPort, `/api/vhosts/${V}`, { method: 'PUT', body: {} }), 201, 'vhost');
        await api(w.httpPort, '/api/users/perm', { method: 'PUT', body: { password: 'p', tags: '' } });
        const path = `/api/permissions/${V}/perm`;
        const spec = { configure: '^c', write: '', read: '.*' };
        assert.equal((await api(w.httpPort, path, { method: 'PUT', body: spec })).status, 201);
        assert.equal((await api(w.httpPort, path, { method: 'PUT', body: spec })).status, 204);
        assert.deepEqual((await api(w.httpPort, path)).body, { user: 'perm', vhost: V, ...spec });
        assert.deepEqual((await api(w.httpPort, '/api/users/perm/permissions')).body, [
            { user: 'perm', vhost: V, ...spec },
        ]);
        assert.deepEqual((await api(w.httpPort, `/api/vhosts/${V}/permissions`)).body, [
            { user: 'perm', vhost: V, ...spec },
        ]);
        assert.deepEqual((await api(w.httpPort, path, { method: 'PUT', body: { configure: '', write: '' } })).body, {
            error: 'bad_request',
            reason: '[{key_missing,read}]',
        });
        const badRegex = await api(w.httpPort, path, { method: 'PUT', body: { ...spec, read: '(' } });
        assert.equal(badRegex.status, 400);
        assert.match(badRegex.body.reason, /invalid_regexp/);
        assert.deepEqual((await api(w.httpPort, `/api/permissions/${V}/nobody`, { method: 'PUT', body: spec })).body, {
            error: 'bad_request',
            reason: 'vhost_or_user_not_found',
        });
        assert.equal((await api(w.httpPort, '/api/permissions/nowhere/perm', { method: 'PUT', body: spec })).status, 400);
        const topic = `/api/topic-permissions/${V}/perm`;
        const t = { exchange: 'amq.topic', write: '^{username}\\.', read: '.*' };
        assert.equal((await api(w.httpPort, topic, { method: 'PUT', body: t })).status, 201);
        assert.deepEqual((await api(w.httpPort, topic)).body, [{ user: 'perm', vhost: V, ...t }]);
        assert.deepEqual((await api(w.httpPort, '/api/topic-permissions')).body, [
            { user: 'perm', vhost: V, ...t },
        ]);
        assert.equal((await api(w.httpPort, topic, { method: 'DELETE' })).status, 204);
        assert.equal((await api(w.httpPort, topic)).status, 404);
        assert.equal((await api(w.httpPort, path, { method: 'DELETE' })).status, 204);
        assert.equal((await api(w.httpPort, path, { method: 'DELETE' })).status, 404);
        assert.equal(await openResult(w.amqpPort, { user: 'perm', password: 'p' }, V), `530 NOT_ALLOWED - access to vhost '${V}' refused for user 'perm'`);
    });
    test('vhost and user limits over HTTP', async () => {
        const vl = `/api/vhost-limits/${V}`;
        assert.equal((await api(w.httpPort, `${vl}/max-queues`, { method: 'PUT', body: { value: 5 } })).status, 204);
        assert.deepEqual((await api(w.httpPort, vl)).body, [{ vhost: V, value: { 'max-queues': 5 } }]);
        assert.ok((await api(w.httpPort, '/api/vhost-limits')).body.some((l) => l.vhost === V));
        assert.deepEqual((await api(w.httpPort, `${vl}/max-queues`, { method: 'PUT', body: { value: 'x' } })).body, {
            error: 'bad_request',
            reason: 'Validation failed\n\nmax-queues should be a number, actually was <<"x">>\n',
        });
        assert.deepEqual((await api(w.httpPort, `${vl}/max-queues`, { method: 'PUT', body: {} })).body, {
            error: 'bad_request',
            reason: '[{key_missing,value}]',
        });
        assert.equal((await api(w.httpPort, `${vl}/max-queues`, { method: 'DELETE' })).status, 204);
        assert.deepEqual((await api(w.httpPort, vl)).body, []);
        assert.equal((await api(w.httpPort, '/api/vhost-limits/nowhere/max-queues', { method: 'PUT', body: { value: 1 } }))
            .status, 404);
        await api(w.httpPort, '/api/users/limited', { method: 'PUT', body: { password: 'p', tags: '' } });
        const ul = '/api/user-limits/limited';
        assert.equal((await api(w.httpPort, `${ul}/max-channels`, { method: 'PUT', body: { value: 3 } })).status, 204);
        assert.deepEqual((await api(w.httpPort, ul)).body, [{ user: 'limited', value: { 'max-channels': 3 } }]);
        assert.deepEqual((await api(w.httpPort, '/api/users/limited')).body.limits, { 'max-channels': 3 });
        assert.equal((await api(w.httpPort, `${ul}/max-channels`, { method: 'DELETE' })).status, 204);
        assert.deepEqual((await api(w.httpPort, ul)).body, []);
    });
    test('guest may only log in from loopback', async (t) => {
        const ip = externalAddress();
        if (!ip)
            return t.skip('this machine has no non-loopback IPv4 address');
        const http = await fetch(`http://${ip}:${w.httpPort}/api/whoami`, {
            headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
        });
        assert.equal(http.status, 401);
        assert.deepEqual(await http.json(), {
            error: 'not_authorised',
            reason: 'User can only log in via localhost',
        });
        await assert.rejects(connect(amqpUrl(w.amqpPort, { user: 'guest', password: 'guest' }, '/', ip)));
        // another user logs in from there
        await api(w.httpPort, '/api/users/remote', {
            method: 'PUT',
            body: { password: 'p', tags: 'management' },
        });
        const ok = await fetch(`http://${ip}:${w.httpPort}/api/whoami`, {
            headers: { authorization: `Basic ${Buffer.from('remote:p').toString('base64')}` },
        });
        assert.equal(ok.status, 200);
    });
});
describe('tags gate the management API as in RabbitMQ', { skip }, () => {
    let w;
    const V = 'sec-gates';
    const OTHER = 'sec-gates-other';
    const users = {};
    const TAGS = ['', 'management', 'policymaker', 'monitoring', 'administrator'];
    const as = (tag) => users[tag || 'none'];
    before(async () => {
        w = await startWharf();
        for (const v of [V, OTHER])
            await api(w.httpPort, `/api/vhosts/${v}`, { method: 'PUT', body: {} });
        for (const tag of TAGS) {
            const name = `gate-${tag || 'none'}`;
            users[tag || 'none'] = { user: name, password: 'p' };
            await api(w.httpPort, `/api/users/${name}`, { method: 'PUT', body: { password: 'p', tags: tag } });
            await api(w.httpPort, `/api/permissions/${V}/${name}`, {
                method: 'PUT',
                body: { configure: '.*', write: '.*', read: '.*' },
            });
        }
    });
    after(async () => {
        await w?.stop();
    });
    /** status (and reason when refused) of one request per tag */
    async function gate(path, method = 'GET', body) {
        const out = {};
        for (const tag of TAGS) {
            const r = await api(w.httpPort, path, { method, body, as: as(tag) });
            out[tag || 'none'] = r.status === 401 ? `401 ${r.body.reason}` : String(r.status);
        }
        return out;
    }
    const NOT_MGMT = '401 Not management user';
    const NOT_ADMIN = '401 Not administrator user';
    const row = (none, management, policymaker, monitoring, administrator) => ({
        none,
        management,
        policymaker,
        monitoring,
        administrator,
    });
    test('any management tag: overview, whoami, vhosts, connections, health check', async () => {
        for (const path of [
            '/api/overview',
            '/api/whoami',
            '/api/vhosts',
            '/api/connections',
            '/api/health/checks/alarms',
        ]) {
            assert.deepEqual(await gate(path), row(NOT_MGMT, '200', '200', '200', '200'), path);
        }
    });
    test('administrator only: users, permissions, vhost writes, definitions, limit writes', async () => {
        for (const path of [
            '/api/users',
            '/api/users/gate-none',
            '/api/permissions',
            `/api/permissions/${V}/gate-none`,
            '/api/topic-permissions',
            `/api/vhosts/${V}`,
            `/api/vhosts/${V}/permissions`,
            '/api/definitions',
            `/api/definitions/${V}`,
        ]) {
            assert.deepEqual(await gate(path), row(NOT_MGMT, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, '200'), path);
        }
        assert.deepEqual(await gate('/api/users/someone', 'PUT', { password: 'p', tags: '' }), row(NOT_MGMT, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, '201'));
        assert.deepEqual(await gate(`/api/vhost-limits/${V}/max-queues`, 'PUT', { value: 10 }), row(NOT_MGMT, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, '204'));
        assert.deepEqual(await gate('/api/vhosts/sec-gates-new', 'PUT', {}), row(NOT_MGMT, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, '201'));
    });
    test('vhost-scoped: only users with permissions there (administrators: any)', async () => {
        const NO_VHOST = '401 User not authorised to access virtual host';
        for (const path of [
            `/api/queues/${V}`,
            `/api/exchanges/${V}`,
            `/api/bindings/${V}`,
            `/api/policies/${V}`,
        ]) {
            assert.deepEqual(await gate(path), row(NOT_MGMT, '200', '200', '200', '200'), path);
        }
        for (const path of [`/api/queues/${OTHER}`, `/api/exchanges/${OTHER}`, `/api/policies/${OTHER}`]) {
            assert.deepEqual(await gate(path), row(NOT_MGMT, NO_VHOST, NO_VHOST, NO_VHOST, '200'), path);
        }
        // lists show the vhosts the user has permissions in; GET /api/vhosts shows monitors all
        const seen = async (path, tag) => new Set((await api(w.httpPort, path, { as: as(tag) })).body.map((x) => x.vhost ?? x.name));
        assert.deepEqual(await seen('/api/exchanges', 'management'), new Set([V]));
        assert.deepEqual(await seen('/api/vhosts', 'management'), new Set([V]));
        assert.ok((await seen('/api/vhosts', 'monitoring')).has(OTHER));
        assert.ok((await seen('/api/exchanges', 'administrator')).has(OTHER));
        // vhost limits are visible to users who can see the vhost
        assert.deepEqual(await gate(`/api/vhost-limits/${OTHER}`), row(NOT_MGMT, NO_VHOST, NO_VHOST, '200', '200'));
    });
    test('policies: policymakers (with access to the vhost) and administrators write them', async () => {
        const NOT_OBJECT = '401 User not authorised to access object';
        const body = { pattern: '^x', definition: { 'max-length': 1 } };
        assert.deepEqual(await gate(`/api/policies/${V}/p`, 'PUT', body), row(NOT_MGMT, NOT_OBJECT, '201', NOT_OBJECT, '204'));
        assert.deepEqual(await gate(`/api/policies/${OTHER}/p`, 'PUT', body), row(NOT_MGMT, NOT_OBJECT, NOT_OBJECT, NOT_OBJECT, '201'));
        // Wharf's alerts: everyone sees those of the vhosts they can list (the dashboard asks)
        assert.deepEqual(await gate('/api/alerts'), row(NOT_MGMT, '200', '200', '200', '200'));
    });
    test("connections: everyone sees their own, monitors all; closing another user's needs administrator", async () => {
        const conn = await openAs(w.amqpPort, as('management'), V);
        try {
            const names = async (tag) => (await api(w.httpPort, '/api/connections', { as: as(tag) })).body.map((c) => c.user);
            assert.deepEqual(await names('management'), ['gate-management']);
            assert.deepEqual(await names('policymaker'), []);
            assert.deepEqual(await names('monitoring'), ['gate-management']);
            const id = (await api(w.httpPort, '/api/connections')).body[0].name;
            const path = `/api/connections/${enc(id)}`;
            const refused = await api(w.httpPort, path, { method: 'DELETE', as: as('monitoring') });
            assert.deepEqual(refused.body, {
                error: 'not_authorised',
                reason: 'User not authorised to access object',
            });
            assert.equal((await api(w.httpPort, path, { method: 'DELETE', as: as('management') })).status, 204);
        }
        finally {
            await conn.close().catch(() => { });
        }
    });
    test('operations over HTTP need the AMQP permissions too', async () => {
        await api(w.httpPort, '/api/users/gate-ro', {
            method: 'PUT',
            body: { password: 'p', tags: 'management' },
        });
        await api(w.httpPort, `/api/permissions/${V}/gate-ro`, {
            method: 'PUT',
            body: { configure: '', write: '', read: '.*' },
        });
        const ro = { user: 'gate-ro', password: 'p' };
        const refused = { error: 'not_authorised', reason: 'Access refused.' };
        assert.deepEqual((await api(w.httpPort, `/api/queues/${V}/q1`, { method: 'PUT', body: {}, as: ro })).body, refused);
        const admin = as('administrator');
        expectStatus(await api(w.httpPort, `/api/queues/${V}/q1`, { method: 'PUT', body: {}, as: admin }), 201, 'admin');
        // administrators too need permissions in the vhost for what RabbitMQ runs as the user
        assert.deepEqual((await api(w.httpPort, `/api/queues/${V}/q2`, { method: 'PUT', body: {} })).body, refused);
        assert.deepEqual((await api(w.httpPort, `/api/queues/${V}/q1`, { method: 'DELETE', as: ro })).body, refused);
        const publish = await api(w.httpPort, `/api/exchanges/${V}/amq.default/publish`, {
            method: 'POST',
            body: { routing_key: 'q1', payload: 'x', properties: {} },
            as: ro,
        });
        assert.deepEqual(publish.body, {
            error: 'not_authorised',
            reason: `ACCESS_REFUSED - access to exchange 'amq.default' in vhost '${V}' refused for user 'gate-ro'`,
        });
        const get = await api(w.httpPort, `/api/queues/${V}/q1/get`, {
            method: 'POST',
            body: { count: 1, ackmode: 'ack_requeue_true', encoding: 'auto' },
            as: ro,
        });
        assert.equal(get.status, 200, 'read is granted');
    });
});
describe('audit log', { skip }, () => {
    test('every identity, policy, limit and definitions change is logged with who made it', async () => {
        const w = await startWharf();
        try {
            const V = 'sec-audit';
            await api(w.httpPort, `/api/vhosts/${V}`, { method: 'PUT', body: { description: 'audited' } });
            await api(w.httpPort, '/api/users/aud', {
                method: 'PUT',
                body: { password: 'secret-pw', tags: 'administrator' },
            });
            const aud = { user: 'aud', password: 'secret-pw' };
            await api(w.httpPort, `/api/permissions/${V}/aud`, {
                method: 'PUT',
                body: { configure: '.*', write: '.*', read: '.*' },
            });
            await api(w.httpPort, `/api/topic-permissions/${V}/aud`, {
                method: 'PUT',
                body: { exchange: 'amq.topic', write: '.*', read: '.*' },
                as: aud,
            });
            await api(w.httpPort, `/api/policies/${V}/p1`, {
                method: 'PUT',
                body: { pattern: '.*', definition: { 'max-length': 5 } },
                as: aud,
            });
            await api(w.httpPort, `/api/policies/${V}/p1`, { method: 'DELETE', as: aud });
            await api(w.httpPort, `/api/vhost-limits/${V}/max-connections`, {
                method: 'PUT',
                body: { value: 3 },
                as: aud,
            });
            await api(w.httpPort, '/api/user-limits/aud/max-channels', {
                method: 'PUT',
                body: { value: 3 },
                as: aud,
            });
            await api(w.httpPort, '/api/definitions', {
                method: 'POST',
                body: { vhosts: [{ name: 'sec-audit-2' }] },
                as: aud,
            });
            await api(w.httpPort, `/api/permissions/${V}/aud`, { method: 'DELETE', as: aud });
            await api(w.httpPort, `/api/vhosts/${V}`, { method: 'DELETE', as: aud });
            await api(w.httpPort, '/api/users/aud', { method: 'DELETE' });
            // stdout arrives after the HTTP answers
            await waitUntil(() => w.output().includes('"event":"user.deleted"'), 5000, 'the last audit line');
            const lines = w
                .output()
                .split('\n')
                .filter((l) => l.includes('"audit":true'))
                .map((l) => JSON.parse(l));
            const seen = lines.map((l) => `${l.event} by ${l.actor}`);
            for (const e of [
                'vhost.created by config', // '/' on first boot
                'user.created by config', // guest on first boot
                'vhost.created by guest',
                'user.created by guest',
                'permission.set by guest',
                'topic_permission.set by aud',
                'policy.set by aud',
                'policy.cleared by aud',
                'vhost_limits.set by aud',
                'user_limits.set by aud',
                'vhost.created by aud',
                'definitions.imported by aud',
                'permission.cleared by aud',
                'vhost.deleted by aud',
                'user.deleted by guest',
            ]) {
                assert.ok(seen.includes(e), `${e} in ${JSON.stringify(seen)}`);
            }
            const created = lines.find((l) => l.event === 'user.created' && l.user === 'aud');
            assert.equal(created.level, 30, 'logged at info');
            assert.deepEqual(created.tags, ['administrator']);
            assert.doesNotMatch(w.output(), /secret-pw/, 'passwords are never logged');
            const hash = (await api(w.httpPort, '/api/users/guest')).body.password_hash;
            assert.ok(!w.output().includes(hash), 'nor hashes');
        }
        finally {
            await w.stop();
        }
    });
});
//# sourceMappingURL=management.test.js.map