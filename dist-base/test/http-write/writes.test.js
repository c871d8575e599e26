// The management API's write endpoints (PUT/DELETE queues and exchanges, POST/DELETE
// bindings, DELETE connections) and the read-only users/permissions, against
// a real broker process, with amqplib checking the effects over AMQP.
import assert from 'node:assert/strict';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import { after, before, describe, test } from 'node:test';
import { connect } from 'amqplib';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
async function api(w, path, init = {}) {
    const headers = { authorization: GUEST };
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${w.httpPort}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body,
    });
    const text = await res.text();
    return {
        status: res.status,
        body: text ? JSON.parse(text) : undefined,
        location: res.headers.get('location'),
    };
}
const uniq = `${process.pid}`;
const Q = `hw-q-${uniq}`;
const X = `hw-x-${uniq}`;
const X2 = `hw-x2-${uniq}`;
const enc = encodeURIComponent;
describe('management API writes', { skip: canControlWharf() ? false : EXTERNAL_SKIP }, () => {
    let w;
    before(async () => {
        w = await startWharf();
    });
    after(async () => {
        await w?.stop();
    });
    test('PUT a durable queue with arguments; AMQP sees it; inequivalent redeclare is 400', async () => {
        const put = () => api(w, `/api/queues/%2F/${enc(Q)}`, {
            method: 'PUT',
            body: { durable: true, auto_delete: false, arguments: { 'x-max-length': 10 } },
        });
        assert.equal((await put()).status, 201, 'created, as RabbitMQ answers');
        assert.equal((await put()).status, 204, 'an equivalent redeclare is fine');
        const conn = await connect(`amqp://guest:guest@127.0.0.1:${w.amqpPort}`);
        try {
            const ch = await conn.createChannel();
            const ok = await ch.checkQueue(Q);
            assert.equal(ok.queue, Q);
            await ch.close();
        }
        finally {
            await conn.close();
        }
        const got = await api(w, `/api/queues/%2F/${enc(Q)}`);
        assert.equal(got.body.durable, true);
        assert.equal(got.body.arguments['x-max-length'], 10);
        const bad = await api(w, `/api/queues/%2F/${enc(Q)}`, { method: 'PUT', body: { durable: false } });
        assert.equal(bad.status, 400);
        assert.match(bad.body.reason, /inequivalent arg 'durable'/);
        const reserved = await api(w, `/api/queues/%2F/amq.mine`, { method: 'PUT', body: {} });
        assert.equal(reserved.status, 400);
        assert.match(reserved.body.reason, /reserved prefix 'amq\.\*'/);
    });
    test('exchange, binding by POST, routing, DELETE the binding by its properties_key', async () => {
        assert.equal((await api(w, `/api/exchanges/%2F/${enc(X)}`, { method: 'PUT', body: { type: 'direct' } })).status, 201);
        const unknown = await api(w, `/api/exchanges/%2F/${enc(X2)}`, { method: 'PUT', body: { type: 'nope' } });
        assert.equal(unknown.status, 400);
        const sys = await api(w, '/api/exchanges/%2F/amq.direct', { method: 'DELETE' });
        assert.equal(sys.status, 403);
        assert.equal(sys.body.error, 'access_refused');
        assert.equal((await api(w, '/api/exchanges/%2F/amq.default', { method: 'DELETE' })).status, 403);
        const bind = await api(w, `/api/bindings/%2F/e/${enc(X)}/q/${enc(Q)}`, {
            method: 'POST',
            body: { routing_key: 'a/b c', arguments: {} },
        });
        assert.equal(bind.status, 201);
        // Location names the new binding; reading it there answers the binding
        assert.ok(bind.location?.startsWith(`/api/bindings/%2F/e/${enc(X)}/q/${enc(Q)}/`), String(bind.location));
        const atLocation = await api(w, bind.location);
        assert.equal(atLocation.status, 200);
        assert.equal(atLocation.body.routing_key, 'a/b c');
        const conn = await connect(`amqp://guest:guest@127.0.0.1:${w.amqpPort}`);
        try {
            const ch = await conn.createConfirmChannel();
            ch.publish(X, 'a/b c', Buffer.from('one'));
            await ch.waitForConfirms();
            const m = await ch.get(Q, { noAck: true });
            assert.ok(m, 'routed through the binding made over HTTP');
            assert.equal(m.content.toString(), 'one');
            const list = await api(w, `/api/queues/%2F/${enc(Q)}/bindings`);
            const b = list.body.find((x) => x.source === X);
            assert.ok(b);
            const missing = await api(w, `/api/bindings/%2F/e/${enc(X)}/q/${enc(Q)}/nope`, { method: 'DELETE' });
            assert.equal(missing.status, 404);
            const del = await api(w, `/api/bindings/%2F/e/${enc(X)}/q/${enc(Q)}/${enc(b.properties_key)}`, {
                method: 'DELETE',
            });
            assert.equal(del.status, 204);
            const after = await api(w, `/api/queues/%2F/${enc(Q)}/bindings`);
            assert.equal(after.body.filter((x) => x.source === X).length, 0);
            ch.publish(X, 'a/b c', Buffer.from('two'));
            await ch.waitForConfirms();
            assert.equal(await ch.get(Q, { noAck: true }), false, 'not routed any more');
            await ch.close();
        }
        finally {
            await conn.close();
        }
    });
    test('exchange-to-exchange binding with arguments, deleted by properties_key', async () => {
        assert.equal((await api(w, `/api/exchanges/%2F/${enc(X2)}`, { method: 'PUT', body: { type: 'fanout' } })).status, 201);
        const bind = await api(w, `/api/bindings/%2F/e/${enc(X)}/e/${enc(X2)}`, {
            method: 'POST',
            body: { routing_key: 'k', arguments: { extra: 'x' } },
        });
        assert.equal(bind.status, 201);
        const src = await api(w, `/api/exchanges/%2F/${enc(X)}/bindings/source`);
        const b = src.body.find((x) => x.destination === X2);
        assert.ok(b);
        assert.match(b.properties_key, /^k~/);
        const inUse = await api(w, `/api/exchanges/%2F/${enc(X)}?if-unused=true`, { method: 'DELETE' });
        assert.equal(inUse.status, 400);
        const del = await api(w, `/api/bindings/%2F/e/${enc(X)}/e/${enc(X2)}/${enc(b.properties_key)}`, {
            method: 'DELETE',
        });
        assert.equal(del.status, 204);
        assert.equal((await api(w, `/api/exchanges/%2F/${enc(X2)}`, { method: 'DELETE' })).status, 204);
        assert.equal((await api(w, `/api/exchanges/%2F/${enc(X2)}`, { method: 'DELETE' })).status, 404);
    });
    test('DELETE a queue: if-empty refuses while it holds a message, then 204 and 404', async () => {
        const name = `hw-del-${uniq}`;
        assert.equal((await api(w, `/api/queues/%2F/${name}`, { method: 'PUT', body: { durable: false } })).status, 201);
        const pub = await api(w, '/api/exchanges/%2F/amq.default/publish', {
            method: 'POST',
            body: { routing_key: name, payload: 'x', properties: {} },
        });
        assert.equal(pub.body.routed, true);
        const refused = await api(w, `/api/queues/%2F/${name}?if-empty=true`, { method: 'DELETE' });
        assert.equal(refused.status, 400);
        assert.match(refused.body.reason, /not empty/);
        assert.equal((await api(w, `/api/queues/%2F/${name}`, { method: 'DELETE' })).status, 204);
        assert.equal((await api(w, `/api/queues/%2F/${name}`)).status, 404);
        assert.equal((await api(w, `/api/queues/%2F/${name}`, { method: 'DELETE' })).status, 404);
    });
    test('DELETE a connection closes it with 320', async () => {
        const cname = `hw-conn-${uniq}`;
        const conn = await connect(`amqp://guest:guest@127.0.0.1:${w.amqpPort}`, {
            clientProperties: { connection_name: cname },
        });
        const closed = new Promise((resolve) => conn.on('close', (err) => resolve(err)));
        conn.on('error', () => { });
        const list = await api(w, '/api/connections');
        const c = list.body.find((x) => x.client_properties?.connection_name === cname);
        assert.ok(c, 'the connection is listed');
        assert.equal((await api(w, `/api/connections/${enc(c.name)}`, { method: 'DELETE' })).status, 204);
        const err = await closed;
        assert.equal(err?.code, 320);
        assert.equal((await api(w, `/api/connections/${enc(c.name)}`, { method: 'DELETE' })).status, 404);
    });
    test('users, whoami, permissions, policies (the writes are in test/security)', async () => {
        const users = await api(w, '/api/users');
        assert.equal(users.body.length, 1);
        assert.equal(users.body[0].name, 'guest');
        assert.deepEqual(users.body[0].tags, ['administrator']);
        assert.equal(users.body[0].hashing_algorithm, 'rabbit_password_hashing_sha256');
        assert.equal((await api(w, '/api/users/guest')).body.name, 'guest');
        assert.equal((await api(w, '/api/users/nobody')).status, 404);
        assert.deepEqual((await api(w, '/api/whoami')).body, { name: 'guest', tags: ['administrator'] });
        assert.deepEqual((await api(w, '/api/permissions')).body, [
            { user: 'guest', vhost: '/', configure: '.*', write: '.*', read: '.*' },
        ]);
        assert.deepEqual((await api(w, '/api/policies')).body, []);
        // policies are writable (test/policies): an empty body lacks the required keys
        assert.equal((await api(w, '/api/policies/%2F/p', { method: 'PUT', body: {} })).status, 400);
    });
    test('a durable queue created over HTTP survives a restart', async () => {
        w = await w.restart();
        const got = await api(w, `/api/queues/%2F/${enc(Q)}`);
        assert.equal(got.status, 200);
        assert.equal(got.body.durable, true);
        assert.equal(got.body.arguments['x-max-length'], 10);
        const ex = await api(w, `/api/exchanges/%2F/${enc(X)}`);
        assert.equal(ex.status, 200);
    });
});
//# sourceMappingURL=writes.test.js.map