// `for await (const msg of client.messages(q))` on Wharf and RabbitMQ: messages in
// order, acked as the loop moves on, back-pressure through prefetch (the broker keeps
// what the loop has not asked for), msg.fail() through retries to the dead-letter
// queue, leaving the loop requeues the unsettled message, and close() ends the loop.
// However a loop ends (break, throw, close(), a queue that does not exist, the queue
// deleted under it) the consumer is gone from the broker, no timer is left, and neither
// the client nor anything else holds the stream (checked with a WeakRef and a real GC).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { uniqueName } from '../helpers/brokers.js';
import { client, deferred, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
/** Whether nothing holds the object any more, after full collections. */
async function collected(ref) {
    for (let i = 0; i < 5 && ref.deref() !== undefined; i++) {
        await new Promise((r) => setImmediate(r));
        gc();
    }
    return ref.deref() === undefined;
}
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
/**
 * Runs `loop` over a fresh client.messages(queue) and returns a WeakRef to the stream
 * and how the loop ended; nothing here keeps the stream once this returns.
 */
async function runLoop(c, queue, body) {
    const stream = c.messages(queue);
    const ref = new WeakRef(stream);
    try {
        for await (const msg of stream)
            if ((await body(msg.payload)) === 'break')
                break;
        return { ref, ended: 'done' };
    }
    catch (err) {
        return { ref, ended: err.message };
    }
}
for (const broker of brokers) {
    describe(`async iteration on ${broker.name}`, () => {
        test('in order, acked as the loop moves on, with back-pressure through prefetch', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-iter');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            for (let i = 1; i <= 10; i++)
                await work.publish(i);
            const seen = [];
            for await (const msg of c.messages(q, { prefetch: 2 })) {
                seen.push(msg.payload);
                if (msg.payload === 3) {
                    // The loop is busy: the broker has handed out only the prefetch window.
                    await sleep(200);
                    const info = await c.queueInfo(q);
                    assert.equal(info?.messageCount, 10 - 4, 'two acked, two in the prefetch window, six held back');
                }
                if (msg.payload === 10) {
                    msg.ack();
                    break;
                }
            }
            assert.deepEqual(seen, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
            await waitFor(async () => (await c.queueInfo(q))?.consumerCount === 0, 5000, 'the consumer cancelled');
            assert.equal(await r.count(q), 0, 'every message acked');
        });
        test('leaving the loop requeues the message it was on; fail() dead-letters', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-iter-leave');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            await work.publish('bad', { messageId: 'bad-1' });
            await work.publish('unfinished', { messageId: 'left-1' });
            await assert.rejects(async () => {
                for await (const msg of c.messages(q, { retry: false })) {
                    if (msg.payload === 'bad')
                        msg.fail(new Error('cannot use it'));
                    else
                        throw new Error('the loop body failed');
                }
            }, /the loop body failed/);
            const dead = await r.get(`${q}.dlq`);
            assert.equal(dead.properties.messageId, 'bad-1');
            assert.equal(dead.properties.headers?.['x-failure-message'], 'cannot use it');
            await waitFor(async () => (await r.count(q)) === 1, 5000, 'the unfinished message back in the queue');
            const back = await r.get(q);
            assert.equal(back.properties.messageId, 'left-1');
            assert.equal(back.fields.redelivered, true);
        });
        test('close() ends a waiting loop', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-iter-close');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            await work.publish('only');
            const first = deferred();
            const seen = [];
            const loop = (async () => {
                for await (const msg of c.messages(q)) {
                    seen.push(msg.payload);
                    first.resolve();
                }
                return 'ended';
            })();
            await first.promise;
            await sleep(100);
            await c.close({ deadlineMs: 5000 });
            assert.equal(await loop, 'ended');
            assert.deepEqual(seen, ['only']);
            assert.equal(await r.count(q), 0, 'the message the loop finished was acked');
        });
        test('a finished loop leaves no consumer, timer or reference behind', async (t) => {
            const c = await client(broker.url, t);
            c.on('error', () => { }); // the broker-cancel case reports one too
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-iter-leak');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            for (let i = 0; i < 4; i++)
                await work.publish(`m${i}`);
            await c.queueInfo(q); // opens the client's admin channel before the baseline
            const baseline = timers();
            const noConsumer = async () => (await c.queueInfo(q))?.consumerCount === 0;
            const broke = await runLoop(c, q, async () => 'break');
            assert.equal(broke.ended, 'done');
            await waitFor(noConsumer, 5000, 'the consumer cancelled after break');
            assert.ok(await collected(broke.ref), 'the stream is released after break');
            const threw = await runLoop(c, q, async () => {
                throw new Error('body failed');
            });
            assert.equal(threw.ended, 'body failed');
            await waitFor(noConsumer, 5000, 'the consumer cancelled after a throw');
            assert.ok(await collected(threw.ref), 'the stream is released after a throw');
            const missing = await runLoop(c, uniqueName('sdk-iter-missing'), async () => 'next');
            assert.match(missing.ended, /NOT_FOUND|no queue/i);
            assert.ok(await collected(missing.ref), 'the stream is released after a failed start');
            await c.purgeQueue(q);
            const started = deferred();
            const deleting = runLoop(c, q, async () => 'next');
            void (async () => {
                await waitFor(async () => (await c.queueInfo(q))?.consumerCount === 1, 5000, 'the loop consuming');
                started.resolve();
            })();
            await started.promise;
            await c.deleteQueue(q);
            const deleted = await deleting;
            assert.match(deleted.ended, /the broker cancelled the consumer/);
            assert.ok(await collected(deleted.ref), 'the stream is released after the broker cancelled it');
            assert.equal(timers(), baseline, 'no timer left behind');
            await c.declareQueue(q);
            await work.publish('last');
            let closing;
            const closed = await runLoop(c, q, async () => {
                closing = c.close({ deadlineMs: 2000 });
                return 'next';
            });
            assert.equal(closed.ended, 'done');
            await closing;
            assert.ok(await collected(closed.ref), 'the stream is released after close()');
        });
    });
}
//# sourceMappingURL=messages.test.js.map