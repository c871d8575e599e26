// The management HTTP API against a real broker process: basic auth, RabbitMQ's JSON
// shapes for overview, queues, exchanges and bindings, and get/publish/purge.
import assert from 'node:assert/strict';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
let wharf;
let conn;
let ch;
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
async function api(path, init = {}) {
    const headers = {};
    if (init.auth !== null)
        headers.authorization = init.auth ?? GUEST;
    let body;
    if (init.raw !== undefined)
        body = init.raw;
    else if (init.body !== undefined)
        body = JSON.stringify(init.body);
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${wharf.httpPort}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}
let n = 0;
const uniq = (p) => `${p}-${process.pid}-${++n}`;
before(async () => {
    wharf = await startWharf();
    conn = await connect(wharf.url);
    ch = await conn.createChannel();
});
after(async () => {
    await conn?.close().catch(() => { });
    await wharf?.stop();
});
async function declareWith(name, count) {
    await ch.assertQueue(name, { durable: false });
    for (let i = 0; i < count; i++) {
        ch.sendToQueue(name, Buffer.from(`m${i}`), {
            contentType: 'text/plain',
            headers: { 'x-n': i, tag: 'hello' },
        });
    }
    // the publishes are on the wire; a round trip on the channel orders them before the checks
    await ch.checkQueue(name);
}
describe('management API', () => {
    test('401 without or with wrong credentials', async () => {
        for (const auth of [null, `Basic ${Buffer.from('guest:nope').toString('base64')}`, 'Bearer x']) {
            const r = await api('/api/overview', { auth });
            assert.equal(r.status, 401);
            assert.equal(r.body.error, 'not_authorized');
            assert.equal(typeof r.body.reason, 'string');
            assert.equal(r.headers.get('www-authenticate'), 'Basic realm="Wharf"');
        }
    });
    test('overview counts the queues and their messages', async () => {
        const q = uniq('ov');
        await declareWith(q, 5);
        const r = await api('/api/overview');
        assert.equal(r.status, 200);
        assert.equal(r.body.product_name, 'Wharf');
        assert.match(r.body.rabbitmq_version, /^wharf /);
        assert.match(r.body.node, /^wharf@/);
        // other tests run in this file one after another; only this test's queue holds messages now
        const qs = (await api('/api/queues')).body;
        assert.equal(r.body.object_totals.queues, qs.length);
        const total = qs.reduce((s, x) => s + x.messages, 0);
        assert.equal(r.body.queue_totals.messages, total);
        assert.ok(r.body.queue_totals.messages >= 5);
        assert.equal(r.body.queue_totals.messages_ready, qs.reduce((s, x) => s + x.messages_ready, 0));
        assert.equal(r.body.object_totals.connections, 1);
        assert.ok(r.body.object_totals.channels >= 1);
        assert.ok(r.body.object_totals.exchanges >= 6);
        assert.ok(r.body.message_stats.publish >= 5);
        assert.equal(typeof r.body.message_stats.publish_details.rate, 'number');
        await ch.deleteQueue(q);
    });
    test('overview on a fresh broker: exact totals', async () => {
        const w = await startWharf();
        try {
            const c = await connect(w.url);
            const cch = await c.createConfirmChannel();
            await cch.assertQueue('exact', { durable: false });
            for (let i = 0; i < 7; i++)
                cch.sendToQueue('exact', Buffer.from('x'));
            await cch.waitForConfirms();
            const r = await fetch(`http://127.0.0.1:${w.httpPort}/api/overview`, {
                headers: { authorization: GUEST },
            });
            const body = (await r.json());
            assert.equal(body.object_totals.queues, 1);
            assert.deepEqual(body.queue_totals, { messages: 7, messages_ready: 7, messages_unacknowledged: 0 });
            assert.equal(body.message_stats.publish, 7);
            assert.equal(body.message_stats.publish_details.rate, 0);
            await c.close();
        }
        finally {
            await w.stop();
        }
    });
    test('queue details: counts, consumers, stats', async () => {
        const q = uniq('qd');
        await declareWith(q, 3);
        const r = await api(`/api/queues/%2F/${q}`);
        assert.equal(r.status, 200);
        assert.equal(r.body.name, q);
        assert.equal(r.body.vhost, '/');
        assert.equal(r.body.type, 'classic');
        assert.equal(r.body.state, 'running');
        assert.equal(r.body.durable, false);
        assert.equal(r.body.messages, 3);
        assert.equal(r.body.messages_ready, 3);
        assert.equal(r.body.messages_unacknowledged, 0);
        assert.equal(r.body.consumers, 0);
        assert.equal(r.body.message_stats.publish, 3);
        assert.equal(r.body.message_stats.publish_details.rate, 0);
        assert.ok(r.body.message_bytes > 0);
        assert.equal(typeof r.body.head_message_timestamp, 'number');
        const list = (await api('/api/queues/%2F')).body;
        assert.ok(list.some((x) => x.name === q));
        await ch.deleteQueue(q);
    });
    test('a consumer holding unacked messages shows messages_unacknowledged', async () => {
        const q = uniq('ua');
        await declareWith(q, 4);
        const c2 = await conn.createChannel();
        await c2.prefetch(3);
        let got = 0;
        await c2.consume(q, () => {
            got++;
        });
        for (let i = 0; i < 50 && got < 3; i++)
            await sleep(20);
        const r = await api(`/api/queues/%2F/${q}`);
        assert.equal(r.body.consumers, 1);
        assert.equal(r.body.messages, 4);
        assert.equal(r.body.messages_unacknowledged, 3);
        assert.equal(r.body.messages_ready, 1);
        assert.equal(r.body.message_stats.deliver, 3);
        const chans = (await api('/api/channels')).body;
        assert.ok(chans.some((x) => x.messages_unacknowledged === 3 && x.consumer_count === 1));
        const conns = (await api('/api/connections')).body;
        assert.equal(conns.length, 1);
        assert.equal(conns[0].user, 'guest');
        assert.equal(conns[0].vhost, '/');
        await c2.close();
        await ch.deleteQueue(q);
    });
    test('exchanges list has the standard ones', async () => {
        const r = await api('/api/exchanges/%2F');
        assert.equal(r.status, 200);
        const names = r.body.map((x) => x.name);
        for (const x of ['', 'amq.direct', 'amq.fanout', 'amq.topic', 'amq.headers', 'amq.match']) {
            assert.ok(names.includes(x), x);
        }
        const d = await api('/api/exchanges/%2F/amq.direct');
        assert.deepEqual(d.body, {
            name: 'amq.direct',
            vhost: '/',
            type: 'direct',
            durable: true,
            auto_delete: false,
            internal: false,
            arguments: {},
        });
        assert.equal((await api('/api/exchanges')).status, 200);
    });
    test('bindings shape', async () => {
        const q = uniq('bd');
        await ch.assertQueue(q, { durable: false });
        await ch.bindQueue(q, 'amq.topic', 'a.#');
        await ch.bindQueue(q, 'amq.direct', '');
        const r = await api(`/api/queues/%2F/${q}/bindings`);
        assert.equal(r.status, 200);
        assert.deepEqual(r.body[0], {
            source: '',
            vhost: '/',
            destination: q,
            destination_type: 'queue',
            routing_key: q,
            arguments: {},
            properties_key: q,
        });
        const topic = r.body.find((b) => b.source === 'amq.topic');
        assert.deepEqual(topic, {
            source: 'amq.topic',
            vhost: '/',
            destination: q,
            destination_type: 'queue',
            routing_key: 'a.#',
            arguments: {},
            properties_key: 'a.%23',
        });
        const direct = r.body.find((b) => b.source === 'amq.direct');
        assert.equal(direct.properties_key, '~');
        const src = await api('/api/exchanges/%2F/amq.topic/bindings/source');
        assert.ok(src.body.some((b) => b.destination === q));
        const all = await api('/api/bindings/%2F');
        assert.ok(all.body.some((b) => b.source === 'amq.topic' && b.destination === q));
        await ch.deleteQueue(q);
    });
    test('get with ack_requeue_true returns payload and properties, keeps the count', async () => {
        const q = uniq('get');
        await declareWith(q, 2);
        const r = await api(`/api/queues/%2F/${q}/get`, {
            method: 'POST',
            body: { count: 5, ackmode: 'ack_requeue_true', encoding: 'auto' },
        });
        assert.equal(r.status, 200);
        assert.equal(r.body.length, 2);
        const m = r.body[0];
        assert.equal(m.payload, 'm0');
        assert.equal(m.payload_encoding, 'string');
        assert.equal(m.payload_bytes, 2);
        assert.equal(m.exchange, '');
        assert.equal(m.routing_key, q);
        assert.equal(m.redelivered, false);
        assert.equal(m.properties.content_type, 'text/plain');
        assert.deepEqual(m.properties.headers, { 'x-n': 0, tag: 'hello' });
        const after = await api(`/api/queues/%2F/${q}`);
        assert.equal(after.body.messages, 2);
        assert.equal(after.body.messages_ready, 2);
        const b64 = await api(`/api/queues/%2F/${q}/get`, {
            method: 'POST',
            body: { count: 1, ackmode: 'ack_requeue_false', encoding: 'base64' },
        });
        assert.equal(b64.body[0].payload_encoding, 'base64');
        assert.equal(Buffer.from(b64.body[0].payload, 'base64').toString(), 'm0');
        assert.equal(b64.body[0].redelivered, true);
        assert.equal((await api(`/api/queues/%2F/${q}`)).body.messages, 1);
        await ch.deleteQueue(q);
    });
    test('purge empties the queue', async () => {
        const q = uniq('purge');
        await declareWith(q, 6);
        const r = await api(`/api/queues/%2F/${q}/contents`, { method: 'DELETE' });
        assert.equal(r.status, 204);
        const after = await api(`/api/queues/%2F/${q}`);
        assert.equal(after.body.messages, 0);
        await ch.deleteQueue(q);
    });
    test('publish via the API, then basic.get sees it with its properties', async () => {
        const q = uniq('pub');
        await ch.assertQueue(q, { durable: false });
        const r = await api('/api/exchanges/%2F/amq.default/publish', {
            method: 'POST',
            body: {
                properties: {
                    content_type: 'application/json',
                    delivery_mode: 2,
                    headers: { k: 'v', n: 42 },
                    message_id: 'id-1',
                },
                routing_key: q,
                payload: '{"a":1}',
                payload_encoding: 'string',
            },
        });
        assert.equal(r.status, 200);
        assert.deepEqual(r.body, { routed: true });
        const msg = await ch.get(q, { noAck: true });
        assert.ok(msg);
        assert.equal(msg.content.toString(), '{"a":1}');
        assert.equal(msg.properties.contentType, 'application/json');
        assert.equal(msg.properties.deliveryMode, 2);
        assert.equal(msg.properties.messageId, 'id-1');
        assert.deepEqual(msg.properties.headers, { k: 'v', n: 42 });
        const none = await api('/api/exchanges/%2F/amq.direct/publish', {
            method: 'POST',
            body: { properties: {}, routing_key: 'nowhere', payload: 'aGk=', payload_encoding: 'base64' },
        });
        assert.deepEqual(none.body, { routed: false });
        const bad = await api('/api/exchanges/%2F/amq.direct/publish', {
            method: 'POST',
            body: { properties: { delivery_mode: 'x' }, routing_key: 'k', payload: '' },
        });
        assert.equal(bad.status, 400);
        assert.equal(bad.body.error, 'bad_request');
        await ch.deleteQueue(q);
    });
    test('404 shapes', async () => {
        const notFound = { error: 'Object Not Found', reason: 'Not Found' };
        for (const path of [
            '/api/queues/%2F/no-such-queue',
            '/api/exchanges/%2F/no-such-exchange',
            '/api/vhosts/nope',
            '/api/queues/nope',
            '/api/no/such/path',
            '/api/queues/%E0%A4%A/x',
        ]) {
            const r = await api(path);
            assert.equal(r.status, 404, path);
            assert.deepEqual(r.body, notFound);
        }
        const v = await api('/api/vhosts/%2F');
        assert.equal(v.body.name, '/');
    });
    test('malformed JSON gets 400 and the server keeps serving', async () => {
        const q = uniq('bad');
        await ch.assertQueue(q, { durable: false });
        const r = await api(`/api/queues/%2F/${q}/get`, { method: 'POST', raw: '{"count": 1,' });
        assert.equal(r.status, 400);
        assert.equal(r.body.error, 'bad_request');
        const r2 = await api(`/api/queues/%2F/${q}/get`, { method: 'POST', raw: '[1,2]' });
        assert.equal(r2.status, 400);
        const r3 = await api(`/api/queues/%2F/${q}/get`, { method: 'POST', body: { count: 1, ackmode: 'nope' } });
        assert.equal(r3.status, 400);
        assert.equal((await api('/api/overview')).status, 200);
        await ch.deleteQueue(q);
    });
});
//# sourceMappingURL=management.test.js.map