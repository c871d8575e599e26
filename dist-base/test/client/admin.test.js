// Queue administration over AMQP (passive declare, purge, delete) and pausing a consumer,
// on Wharf and RabbitMQ alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { client, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`queue administration on ${broker.name}`, () => {
        test('queueInfo counts messages and consumers; purge empties; delete removes and reports', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-admin');
            r.cleanup(t, [q]);
            assert.equal(await c.queueInfo(q), null, 'no such queue yet');
            const work = await c.workQueue(q);
            for (let i = 0; i < 5; i++)
                await work.publish({ i });
            assert.deepEqual(await c.queueInfo(q), { queue: q, messageCount: 5, consumerCount: 0 });
            await r.ch.consume(q, () => { }, { noAck: false });
            await waitFor(async () => (await c.queueInfo(q))?.consumerCount === 1, 5000, 'one consumer');
            assert.equal(c.connected, true, 'asking about a missing queue cost no more than its own channel');
            const q2 = uniqueName('sdk-admin-purge');
            r.cleanup(t, [q2]);
            const other = await c.workQueue(q2);
            for (let i = 0; i < 4; i++)
                await other.publish({ i });
            assert.equal(await c.purgeQueue(q2), 4);
            assert.equal((await c.queueInfo(q2))?.messageCount, 0);
            await other.publish('left');
            await assert.rejects(c.deleteQueue(q2, { ifEmpty: true }), /406|PRECONDITION_FAILED/);
            assert.equal(await c.deleteQueue(q2), 1);
            assert.equal(await c.queueInfo(q2), null);
            await assert.rejects(c.purgeQueue(q2), /404|NOT_FOUND/);
        });
        test('a paused consumer gets nothing until resumed; running handlers finish', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-pause');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const got = [];
            const sub = await work.consume((m) => void got.push(m.payload), { prefetch: 5 });
            await work.publish(1);
            await waitFor(() => got.length === 1);
            await sub.pause();
            assert.equal(sub.paused, true);
            for (let i = 2; i <= 4; i++)
                await work.publish(i);
            await sleep(300);
            assert.deepEqual(got, [1], 'nothing delivered while paused');
            assert.deepEqual(await c.queueInfo(q), { queue: q, messageCount: 3, consumerCount: 0 });
            await sub.resume();
            assert.equal(sub.paused, false);
            await waitFor(() => got.length === 4, 5000, 'the three held messages');
            assert.deepEqual(got, [1, 2, 3, 4]);
            assert.equal((await c.queueInfo(q))?.consumerCount, 1);
        });
    });
}
//# sourceMappingURL=admin.test.js.map