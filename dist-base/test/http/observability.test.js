// The management slice end to end, the way an outside check reads it: publish to a
// queue, then /api/overview, /api/queues/%2F/{name} and /metrics show the exact counts;
// the API refuses requests without credentials; unknown vhosts are 404.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
const api = (path, headers = auth) => fetch(`http://127.0.0.1:${wharf.httpPort}${path}`, { headers });
test('publish 7, hold 2 unacked: overview, queue and /metrics agree exactly', async () => {
    const conn = await amqp.connect(wharf.url);
    try {
        const ch = await conn.createConfirmChannel();
        const q = `obs-${Date.now()}`;
        await ch.assertQueue(q, { durable: true });
        for (let i = 0; i < 7; i++)
            ch.sendToQueue(q, Buffer.from(`m${i}`), { persistent: true });
        await ch.waitForConfirms();
        const consumer = await conn.createChannel();
        await consumer.prefetch(2);
        await consumer.consume(q, () => { }); // takes 2, never acks
        await new Promise((r) => setTimeout(r, 200));
        const queue = await (await api(`/api/queues/%2F/${q}`)).json();
        assert.equal(queue.messages, 7);
        assert.equal(queue.messages_ready, 5);
        assert.equal(queue.messages_unacknowledged, 2);
        assert.equal(queue.consumers, 1);
        assert.equal(queue.message_stats.publish, 7);
        assert.equal(queue.durable, true);
        const overview = await (await api('/api/overview')).json();
        assert.ok(overview.queue_totals.messages >= 7);
        assert.ok(overview.object_totals.queues >= 1);
        assert.ok(overview.object_totals.connections >= 1);
        const res = await api('/metrics', {});
        assert.equal(res.status, 200, "/metrics needs no credentials, like RabbitMQ's Prometheus endpoint");
        const text = await res.text();
        const value = (name) => {
            const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`queue="${q}"`));
            return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
        };
        assert.equal(value('wharf_queue_messages_ready'), 5);
        assert.equal(value('wharf_queue_messages_unacked'), 2);
        assert.equal(value('wharf_queue_messages_published_total'), 7);
        assert.equal(value('wharf_queue_consumers'), 1);
        assert.equal(value('wharf_queue_consumer_lag'), 5, 'ready while a consumer is attached');
        assert.equal(queue.consumer_lag, 5);
        assert.match(text, /^wharf_connections \d+/m);
        await ch.deleteQueue(q);
    }
    finally {
        await conn.close();
    }
});
test('consumer lag: a stream reports the offsets its slowest consumer is behind', async () => {
    const conn = await amqp.connect(wharf.url);
    try {
        const ch = await conn.createConfirmChannel();
        const s = `obs-stream-${Date.now()}`;
        await ch.assertQueue(s, { durable: true, arguments: { 'x-queue-type': 'stream' } });
        for (let i = 0; i < 100; i++)
            ch.sendToQueue(s, Buffer.from(`m${i}`));
        await ch.waitForConfirms();
        const idle = await (await api(`/api/queues/%2F/${s}`)).json();
        assert.equal(idle.consumer_lag, 0, 'no consumer, no lag');
        const reader = await conn.createChannel();
        await reader.prefetch(10);
        let got = 0;
        await reader.consume(s, () => void got++, { arguments: { 'x-stream-offset': 'first' } }); // never acks
        const deadline = Date.now() + 5000;
        while (got < 10 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 20));
        assert.equal(got, 10);
        const q = await (await api(`/api/queues/%2F/${s}`)).json();
        assert.equal(q.consumer_lag, 90, '100 in the stream, 10 delivered to the only consumer');
        const text = await (await api('/metrics', {})).text();
        assert.match(text, new RegExp(`^wharf_queue_consumer_lag\\{vhost="/",queue="${s}"\\} 90$`, 'm'));
        await reader.close();
        await ch.deleteQueue(s);
    }
    finally {
        await conn.close();
    }
});
test('the API refuses requests without or with wrong credentials', async () => {
    const wrong = { authorization: `Basic ${Buffer.from('guest:nope').toString('base64')}` };
    for (const headers of [{}, wrong]) {
        const res = await api('/api/overview', headers);
        assert.equal(res.status, 401);
        assert.match(res.headers.get('www-authenticate') ?? '', /^Basic/);
        assert.equal((await res.json()).error, 'not_authorized');
    }
});
test("unknown vhosts and queues are 404 in RabbitMQ's shape", async () => {
    for (const path of ['/api/vhosts/nope', '/api/queues/nope', '/api/queues/%2F/no-such-queue']) {
        const res = await api(path);
        assert.equal(res.status, 404, path);
        assert.deepEqual(await res.json(), { error: 'Object Not Found', reason: 'Not Found' });
    }
});
//# sourceMappingURL=observability.test.js.map