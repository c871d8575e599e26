// consumeBatch on Wharf and RabbitMQ: batches of batchSize, a short last batch after
// maxWaitMs, acking per batch (resolve) or per message (ack/fail), and a failed batch's
// messages retried or dead-lettered one by one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { client, raw, setupBrokers, waitFor } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`batch handlers on ${broker.name}`, () => {
        test('batches of batchSize, then a short batch after maxWaitMs; resolving acks them all', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-batch');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            for (let n = 1; n <= 25; n++)
                await work.publish(n);
            const sizes = [];
            const seen = [];
            const lastAt = [];
            await c.consumeBatch(q, (batch) => {
                sizes.push(batch.length);
                lastAt.push(Date.now());
                for (const m of batch)
                    seen.push(m.payload);
            }, { batchSize: 10, maxWaitMs: 400 });
            await waitFor(() => seen.length === 25, 10_000, '25 messages');
            assert.deepEqual(sizes, [10, 10, 5]);
            assert.deepEqual(seen, Array.from({ length: 25 }, (_, i) => i + 1), 'in queue order');
            assert.ok(lastAt[2] - lastAt[1] >= 350, `the short batch waited for maxWaitMs (${lastAt[2] - lastAt[1]} ms)`);
            await waitFor(async () => (await r.count(q)) === 0, 5000, 'all acked');
            assert.equal(c.metrics.counter('messages_handled_total', { queue: q, outcome: 'ack' }), 25);
        });
        test('per-message acks survive a throwing batch; the rest are dead-lettered one by one', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-batch-fail');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            for (let n = 1; n <= 6; n++)
                await work.publish(n, { messageId: `b-${n}` });
            await c.consumeBatch(q, (batch) => {
                for (const m of batch)
                    if (m.payload % 2 === 0)
                        m.ack();
                throw new Error('odd ones failed');
            }, { batchSize: 6, maxWaitMs: 2000, retry: false });
            await waitFor(async () => (await r.count(`${q}.dlq`)) === 3, 10_000, '3 dead letters');
            const dead = [];
            for (let i = 0; i < 3; i++) {
                const m = await r.get(`${q}.dlq`);
                dead.push(m.properties.messageId);
                assert.equal(m.properties.headers?.['x-failure-message'], 'odd ones failed');
            }
            assert.deepEqual(dead.sort(), ['b-1', 'b-3', 'b-5']);
            await waitFor(async () => (await r.count(q)) === 0, 5000, 'the even ones acked');
        });
    });
}
//# sourceMappingURL=batch.test.js.map