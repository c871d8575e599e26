// replayDeadLetters on Wharf and RabbitMQ: dead letters made by the SDK go back to the
// queue named in x-original-queue, those made by the broker (x-death) to the queue they
// died in; filter and limit choose which, rate paces them, each is confirmed in its queue
// before it leaves the dead-letter queue, and the ones not moved stay.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { client, raw, setupBrokers, waitFor } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`dead-letter replay on ${broker.name}`, () => {
        test('SDK dead letters go back to their queue, filtered and limited, with a fresh attempt count', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-replay');
            const dlq = `${q}.dlq`;
            r.cleanup(t, [q, dlq]);
            const work = await c.workQueue(q);
            const sub = await work.consume(() => {
                throw new Error('broken for now');
            }, { retry: false });
            for (let n = 1; n <= 4; n++)
                await work.publish({ n }, { messageId: `m-${n}` });
            await waitFor(async () => (await r.count(dlq)) === 4, 10_000, '4 dead letters');
            await sub.cancel();
            const first = await c.replayDeadLetters(dlq, {
                filter: (m) => m.payload.n !== 3,
                limit: 2,
            });
            assert.deepEqual(first, { moved: 2, skipped: 0, errors: [] });
            const second = await c.replayDeadLetters(dlq, { filter: (m) => m.payload.n !== 3 });
            assert.deepEqual(second, { moved: 1, skipped: 1, errors: [] });
            assert.equal(await r.count(dlq), 1, 'the filtered-out message stays');
            assert.equal((await r.get(dlq)).properties.messageId, 'm-3');
            const back = [];
            await c.consume(q, (m) => void back.push({ id: m.id, headers: m.headers }));
            await waitFor(() => back.length === 3, 10_000, '3 replayed messages');
            assert.deepEqual(back.map((b) => b.id).sort(), ['m-1', 'm-2', 'm-4']);
            for (const b of back) {
                assert.equal(b.headers['x-failure-reason'], undefined);
                assert.equal(b.headers['x-attempt'], undefined, 'a fresh set of attempts');
            }
        });
        test("the broker's dead letters (x-death) go back to the queue they died in, paced by rate", async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-replay-dlx');
            const dlq = `${q}.dead`;
            r.cleanup(t, [q, dlq]);
            await c.declareQueue(dlq);
            await c.declareQueue(q, { deadLetterExchange: '', deadLetterRoutingKey: dlq });
            for (let n = 1; n <= 5; n++)
                await c.publish('', q, { n }, { messageId: `d-${n}` });
            for (let n = 1; n <= 5; n++) {
                let m = false;
                await waitFor(async () => (m = await r.ch.get(q, { noAck: false })) !== false, 5000, 'a message');
                r.ch.nack(m, false, false); // the broker dead-letters it, with x-death
            }
            await waitFor(async () => (await r.count(dlq)) === 5, 10_000, '5 broker dead letters');
            const t0 = Date.now();
            const res = await c.replayDeadLetters(dlq, { rate: 10 });
            const took = Date.now() - t0;
            assert.deepEqual(res, { moved: 5, skipped: 0, errors: [] });
            assert.ok(took >= 380, `5 messages at 10/s take 400 ms (took ${took})`);
            assert.equal(await r.count(dlq), 0);
            await waitFor(async () => (await r.count(q)) === 5, 5000, 'all 5 back in their queue');
        });
    });
}
//# sourceMappingURL=replay.test.js.map