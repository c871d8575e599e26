// Definitions export and import (GET/POST /api/definitions[/{vhost}]) against real
// broker processes: a topology declared over AMQP on one broker is exported, imported
// into a second, exported again identically, routes there, and survives its restart.
import assert from 'node:assert/strict';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import { after, before, describe, test } from 'node:test';
import { connect } from 'amqplib';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
async function api(w, path, init = {}) {
    const headers = { authorization: GUEST };
    const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${w.httpPort}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
const key = (x) => JSON.stringify(x, Object.keys(x).sort());
/** An export with its lists in a stable order. */
function sorted(doc) {
    const out = { ...doc };
    for (const k of ['users', 'vhosts', 'queues', 'exchanges', 'bindings']) {
        if (Array.isArray(out[k]))
            out[k] = [...out[k]].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    }
    return out;
}
const uniq = `${process.pid}`;
const TOPIC = `defs-topic-${uniq}`;
const AE = `defs-ae-${uniq}`;
const DLX = `defs-dlx-${uniq}`;
const HEADERS = `defs-headers-${uniq}`;
const QUEUE = `defs-q-${uniq}`;
const EXCL = `defs-excl-${uniq}`;
describe('definitions export and import', { skip: canControlWharf() ? false : EXTERNAL_SKIP }, () => {
    let w1;
    let w2;
    let exported;
    before(async () => {
        [w1, w2] = await Promise.all([startWharf(), startWharf()]);
    });
    after(async () => {
        await Promise.all([w1?.stop(), w2?.stop()]);
    });
    test('export holds what AMQP declared, without exclusive queues or system exchanges', async () => {
        const conn = await connect(w1.url);
        try {
            const ch = await conn.createChannel();
            await ch.assertExchange(AE, 'fanout', { durable: true });
            await ch.assertExchange(TOPIC, 'topic', { durable: true, alternateExchange: AE });
            await ch.assertExchange(DLX, 'direct', { durable: true });
            await ch.assertExchange(HEADERS, 'headers', { durable: true });
            await ch.assertQueue(QUEUE, {
                durable: true,
                arguments: {
                    'x-max-length': 100,
                    'x-dead-letter-exchange': DLX,
                    'x-dead-letter-routing-key': 'dead',
                },
            });
            await ch.bindQueue(QUEUE, TOPIC, 'orders.*');
            await ch.bindQueue(QUEUE, HEADERS, '', { 'x-match': 'all', kind: 'order' });
            await ch.assertQueue(EXCL, { exclusive: true, durable: true });
            await ch.bindQueue(EXCL, TOPIC, '#');
            const r = await api(w1, '/api/definitions');
            assert.equal(r.status, 200);
            exported = r.body;
            assert.equal(exported.product_name, 'Wharf');
            for (const k of ['rabbit_version', 'rabbitmq_version', 'product_version']) {
                assert.equal(typeof exported[k], 'string', k);
            }
            for (const k of ['topic_permissions', 'parameters', 'global_parameters', 'policies']) {
                assert.deepEqual(exported[k], [], k);
            }
            // RabbitMQ's first-boot defaults, in its export shapes
            assert.deepEqual(exported.vhosts, [
                { name: '/', limits: [], metadata: { description: 'Default virtual host', tags: [] } },
            ]);
            assert.equal(exported.users.length, 1);
            const { password_hash: hash, ...guest } = exported.users[0];
            assert.deepEqual(guest, {
                name: 'guest',
                hashing_algorithm: 'rabbit_password_hashing_sha256',
                tags: ['administrator'],
                limits: {},
            });
            assert.equal(Buffer.from(hash, 'base64').length, 4 + 32, 'salt and SHA-256');
            assert.deepEqual(exported.permissions, [
                { user: 'guest', vhost: '/', configure: '.*', write: '.*', read: '.*' },
            ]);
            assert.deepEqual(exported.queues, [
                {
                    name: QUEUE,
                    vhost: '/',
                    durable: true,
                    auto_delete: false,
                    arguments: {
                        'x-max-length': 100,
                        'x-dead-letter-exchange': DLX,
                        'x-dead-letter-routing-key': 'dead',
                    },
                },
            ]);
            const names = exported.exchanges.map((e) => e.name).sort();
            assert.deepEqual(names, [AE, DLX, HEADERS, TOPIC].sort());
            assert.deepEqual(exported.exchanges.find((e) => e.name === TOPIC), {
                name: TOPIC,
                vhost: '/',
                type: 'topic',
                durable: true,
                auto_delete: false,
                internal: false,
                arguments: { 'alternate-exchange': AE },
            });
            assert.deepEqual(sorted(exported).bindings, sorted({
                bindings: [
                    {
                        source: HEADERS,
                        vhost: '/',
                        destination: QUEUE,
                        destination_type: 'queue',
                        routing_key: '',
                        arguments: { 'x-match': 'all', kind: 'order' },
                    },
                    {
                        source: TOPIC,
                        vhost: '/',
                        destination: QUEUE,
                        destination_type: 'queue',
                        routing_key: 'orders.*',
                        arguments: {},
                    },
                ],
            }).bindings);
            const perVhost = await api(w1, '/api/definitions/%2F');
            assert.equal(perVhost.status, 200);
            assert.equal(perVhost.body.users, undefined);
            assert.equal(perVhost.body.vhosts, undefined);
            assert.equal(perVhost.body.queues.length, 1);
            for (const k of ['queues', 'exchanges', 'bindings']) {
                for (const item of perVhost.body[k])
                    assert.equal(item.vhost, undefined, k);
            }
            assert.equal((await api(w1, '/api/definitions/nope')).status, 404);
        }
        finally {
            await conn.close();
        }
    });
    test('import into a second broker reproduces the export, and it routes', async () => {
        const imp = await api(w2, '/api/definitions', { method: 'POST', body: exported });
        assert.equal(imp.status, 204);
        // importing the same again: every item is equivalent to what exists
        assert.equal((await api(w2, '/api/definitions', { method: 'POST', body: exported })).status, 204);
        const again = await api(w2, '/api/definitions');
        assert.equal(again.status, 200);
        assert.deepEqual(sorted(again.body), sorted(exported));
        const conn = await connect(w2.url);
        try {
            const ch = await conn.createChannel();
            ch.publish(TOPIC, 'orders.new', Buffer.from('by topic'));
            ch.publish(HEADERS, '', Buffer.from('by headers'), { headers: { kind: 'order' } });
            await ch.checkExchange(TOPIC); // a round trip: the publishes have been routed
            const got = [];
            for (let i = 0; i < 2; i++) {
                const m = await ch.get(QUEUE, { noAck: true });
                assert.ok(m, `message ${i} routed to ${QUEUE}`);
                got.push(m.content.toString());
            }
            assert.deepEqual(got, ['by topic', 'by headers']);
        }
        finally {
            await conn.close();
        }
    });
    test('an inequivalent redeclare is a 400 with the engine message', async () => {
        const r = await api(w2, '/api/definitions', {
            method: 'POST',
            body: {
                queues: [
                    {
                        name: QUEUE,
                        vhost: '/',
                        durable: true,
                        auto_delete: false,
                        arguments: {
                            'x-max-length': 5,
                            'x-dead-letter-exchange': DLX,
                            'x-dead-letter-routing-key': 'dead',
                        },
                    },
                ],
            },
        });
        assert.equal(r.status, 400);
        assert.equal(r.body.error, 'bad_request');
        assert.match(r.body.reason, /inequivalent arg 'x-max-length'/);
        const ex = await api(w2, '/api/definitions', {
            method: 'POST',
            body: { exchanges: [{ name: TOPIC, vhost: '/', type: 'direct', durable: true, arguments: {} }] },
        });
        assert.equal(ex.status, 400);
        assert.match(ex.body.reason, /inequivalent arg 'type'/);
    });
    test('bad documents are 400', async () => {
        for (const raw of ['[1, 2]', '"definitions"', '42', 'null', '{not json']) {
            const r = await api(w2, '/api/definitions', { method: 'POST', raw });
            assert.equal(r.status, 400, raw);
            assert.equal(r.body.error, 'bad_request', raw);
        }
        const shape = await api(w2, '/api/definitions', { method: 'POST', body: { queues: {} } });
        assert.equal(shape.status, 400);
        const item = await api(w2, '/api/definitions', {
            method: 'POST',
            body: { queues: [{ name: 'q-elsewhere', vhost: 'x', durable: true }] },
        });
        assert.deepEqual(item.body, { error: 'bad_request', reason: "vhost 'x' does not exist" });
        const missing = await api(w2, '/api/definitions', {
            method: 'POST',
            body: {
                bindings: [
                    {
                        source: 'no-such-ex',
                        vhost: '/',
                        destination: QUEUE,
                        destination_type: 'queue',
                        routing_key: '',
                    },
                ],
            },
        });
        assert.equal(missing.status, 400);
        assert.match(missing.body.reason, /no-such-ex/);
        const grantee = await api(w2, '/api/definitions', {
            method: 'POST',
            body: { permissions: [{ user: 'nobody', vhost: '/', configure: '', write: '', read: '' }] },
        });
        assert.deepEqual(grantee.body, {
            error: 'bad_request',
            reason: "permissions of user 'nobody' in vhost '/': vhost_or_user_not_found",
        });
        const tagless = await api(w2, '/api/definitions', {
            method: 'POST',
            body: { users: [{ name: 'someone', password_hash: '' }] },
        });
        assert.deepEqual(tagless.body, { error: 'bad_request', reason: "user 'someone': tags_not_present" });
        // nothing of a refused document is applied
        const bad = await api(w2, '/api/definitions', {
            method: 'POST',
            body: { vhosts: [{ name: 'half' }], queues: [{ name: 'q', vhost: 'elsewhere' }] },
        });
        assert.equal(bad.status, 400);
        assert.equal((await api(w2, '/api/vhosts/half')).status, 404);
    });
    test('the per-vhost form imports items (and policies) without vhost fields; ignored sections are accepted', async () => {
        const extra = `defs-extra-${uniq}`;
        const r = await api(w2, '/api/definitions/%2F', {
            method: 'POST',
            body: {
                queues: [{ name: extra, durable: true, auto_delete: false, arguments: {} }],
                bindings: [
                    {
                        source: TOPIC,
                        destination: extra,
                        destination_type: 'queue',
                        routing_key: 'extra',
                        arguments: {},
                    },
                ],
                policies: [{ name: 'p', pattern: '^defs-extra-', definition: { 'max-length': 1000 } }],
            },
        });
        assert.equal(r.status, 204);
        const doc = (await api(w2, '/api/definitions/%2F')).body;
        assert.ok(doc.queues.some((q) => q.name === extra));
        assert.ok(doc.bindings.some((b) => b.destination === extra && b.routing_key === 'extra'));
        const users = await api(w2, '/api/definitions/%2F', {
            method: 'POST',
            body: {
                // the per-vhost form reads no users or permissions, as RabbitMQ's
                users: [{ name: 'someone', password_hash: 'x', tags: [] }],
                permissions: [{ user: 'someone' }],
            },
        });
        assert.equal(users.status, 204);
        assert.equal((await api(w2, '/api/users/someone')).status, 404);
        assert.equal((await api(w2, '/api/definitions/nope', { method: 'POST', body: {} })).status, 400);
    });
    test('imported definitions survive a restart of the broker', async () => {
        w2 = await w2.restart();
        const doc = (await api(w2, '/api/definitions')).body;
        const extra = `defs-extra-${uniq}`;
        const withoutExtra = {
            ...doc,
            queues: doc.queues.filter((q) => q.name !== extra),
            bindings: doc.bindings.filter((b) => b.destination !== extra),
            policies: doc.policies.filter((p) => p.name !== 'p'),
        };
        assert.deepEqual(sorted(withoutExtra), sorted(exported));
        assert.ok(doc.queues.some((q) => q.name === extra));
        assert.ok(doc.policies.some((p) => p.name === 'p'), 'the imported policy too');
    });
});
//# sourceMappingURL=definitions.test.js.map