// publish(..., { delay }) on both brokers: Wharf's delayed exchange, and the per-TTL wait
// queues that RabbitMQ without the delayed-message plugin falls back to (run on Wharf too).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { waitQueueName } from '../../src/client/delayed-publish.js';
import { client, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    const strategies = broker.name === 'wharf' ? ['auto', 'ttl-queues'] : ['auto'];
    for (const strategy of strategies) {
        describe(`delayed publish on ${broker.name} (${strategy})`, () => {
            test('held for its delay, shorter delays overtake longer ones, to a queue and through an exchange', async (t) => {
                const c = await client(broker.url, t, { delayStrategy: strategy });
                const r = await raw(broker.url, t);
                const expectDelayedExchange = broker.name === 'wharf' && strategy === 'auto';
                assert.equal(await c.hasDelayedExchange(), broker.name === 'wharf');
                const q = uniqueName('sdk-delay');
                const ex = uniqueName('sdk-delay-x');
                r.cleanup(t, [
                    q,
                    `${q}.dlq`,
                    waitQueueName('', q, 900),
                    waitQueueName('', q, 300),
                    waitQueueName(ex, 'orders.created', 400),
                ], [ex, `wharf.delayed.${ex}`]);
                const work = await c.workQueue(q);
                await c.declareExchange(ex, 'topic');
                await c.bindQueue(q, ex, 'orders.*');
                const got = [];
                await work.consume((m) => {
                    got.push({ payload: m.payload, at: Date.now() });
                });
                const t0 = Date.now();
                await c.publish('', q, 'slow', { delay: 900 });
                await c.publish('', q, 'fast', { delay: 300 });
                await c.publish(ex, 'orders.created', 'routed', { delay: 400 });
                await c.publish('', q, 'now');
                await waitFor(() => got.length === 1, 5000, 'the undelayed message');
                assert.equal(got[0].payload, 'now');
                await waitFor(() => got.length === 4, 10_000, 'the three delayed messages');
                assert.deepEqual(got.map((g) => g.payload), ['now', 'fast', 'routed', 'slow']);
                const after = Object.fromEntries(got.map((g) => [g.payload, g.at - t0]));
                // A delay is a minimum (never early); the clock of the check has ms resolution.
                assert.ok(after.fast >= 290, `fast after ${after.fast} ms`);
                assert.ok(after.routed >= 390, `routed after ${after.routed} ms`);
                assert.ok(after.slow >= 890, `slow after ${after.slow} ms`);
                // The fallback parks messages in wait queues; the delayed exchange keeps none.
                const wait = await r.ch.checkQueue(waitQueueName('', q, 300)).then(() => true, () => false);
                assert.equal(wait, !expectDelayedExchange, 'a wait queue exists only for the TTL strategy');
            });
            test('bad delays are refused before anything is sent', async (t) => {
                const c = await client(broker.url, t, { delayStrategy: strategy });
                await assert.rejects(c.publish('', 'nowhere', 1, { delay: -1 }), RangeError);
                await assert.rejects(c.publish('', 'nowhere', 1, { delay: Number.NaN }), RangeError);
                await assert.rejects(c.publish('', 'nowhere', 1, { delay: 10, expirationMs: 5 }), RangeError);
                await sleep(0);
                assert.equal(c.pendingPublishes, 0);
            });
        });
    }
}
//# sourceMappingURL=delayed-publish.test.js.map