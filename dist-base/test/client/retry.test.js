// Retries that do not block the queue, on both brokers: TTL retry queues (any RabbitMQ),
// the x-delayed-message exchange (Wharf; the RabbitMQ here has no plugin), 'auto'
// choosing between them, backoff timing, and the dead-letter queue after maxAttempts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { RETRY_EXCHANGE, retryQueueName } from '../../src/client/index.js';
import { client, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
const RETRY = { initialDelayMs: 300, factor: 2, maxDelayMs: 5000, jitter: 0.2 };
for (const broker of brokers) {
    describe(`retry on ${broker.name}`, () => {
        for (const strategy of ['ttl-queues', 'delayed-exchange']) {
            test(`${strategy}: backs off, does not block the queue, then succeeds`, async (t) => {
                const c = await client(broker.url, t);
                if (strategy === 'delayed-exchange' && !(await c.hasDelayedExchange())) {
                    t.skip(`${broker.name} has no x-delayed-message exchange type`);
                    return;
                }
                const r = await raw(broker.url, t);
                const q = uniqueName(`sdk-retry-${strategy}`);
                r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 300), retryQueueName(q, 600)]);
                const work = await c.workQueue(q);
                const log = [];
                await work.consume((m, ctx) => {
                    log.push({ payload: m.payload, attempt: ctx.attempt, at: Date.now() });
                    if (m.payload === 'flaky' && m.attempt < 3)
                        throw new Error(`transient ${m.attempt}`);
                }, { retry: { ...RETRY, maxAttempts: 5, strategy } });
                await work.publish('flaky', { messageId: 'flaky-1' });
                await waitFor(() => log.length === 1);
                // Published after the failure: handled long before the flaky message's retry.
                await work.publish('other');
                await waitFor(() => log.filter((x) => x.payload === 'flaky').length === 3, 10_000, 'three attempts');
                const flaky = log.filter((x) => x.payload === 'flaky');
                assert.deepEqual(flaky.map((x) => x.attempt), [1, 2, 3]);
                const firstGap = flaky[1].at - flaky[0].at;
                const secondGap = flaky[2].at - flaky[1].at;
                assert.ok(firstGap >= 300 * 0.8 - 20, `first retry after ~300 ms, was ${firstGap}`);
                assert.ok(secondGap >= 600 * 0.8 - 20, `second retry after ~600 ms, was ${secondGap}`);
                const otherIndex = log.findIndex((x) => x.payload === 'other');
                assert.equal(otherIndex, 1, 'the other message did not wait behind the retry');
                assert.equal(c.metrics.counter('retries_total', { queue: q }), 2);
                assert.equal(c.metrics.counter('messages_handled_total', { queue: q, outcome: 'retry' }), 2);
                assert.equal(await r.count(`${q}.dlq`), 0);
            });
        }
        test('after maxAttempts the message goes to the dead-letter queue with the failure', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-retry-max');
            r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 100), retryQueueName(q, 200)]);
            const work = await c.workQueue(q);
            let calls = 0;
            await work.consume(() => {
                calls++;
                throw new Error(`db timeout #${calls}`);
            }, { retry: { initialDelayMs: 100, factor: 2, jitter: 0.2, maxAttempts: 3 } });
            await work.publish({ order: 7 }, { messageId: 'doomed', type: 'order.placed' });
            const d = await r.get(`${q}.dlq`);
            assert.equal(calls, 3);
            const h = d.properties.headers;
            assert.equal(h['x-failure-reason'], 'max-attempts');
            assert.equal(h['x-failure-message'], 'db timeout #3');
            assert.equal(h['x-original-queue'], q);
            assert.equal(h['x-attempt'], 3);
            assert.equal(d.properties.messageId, 'doomed');
            assert.equal(d.properties.type, 'order.placed');
            assert.deepEqual(JSON.parse(d.content.toString()), { order: 7 });
            // Counted on the copy's confirm, which RabbitMQ may send after the copy is readable.
            await waitFor(() => c.metrics.counter('dead_letters_total', { queue: q, reason: 'max-attempts' }) === 1, 5000, 'dead_letters_total = 1');
        });
        test("'auto' picks the delayed exchange when the broker has it, else TTL queues", async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-retry-auto');
            r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 250)]);
            const work = await c.workQueue(q);
            const attempts = [];
            await work.consume((_m, ctx) => {
                attempts.push(ctx.attempt);
                if (ctx.attempt === 1)
                    throw new Error('once');
            }, { retry: { initialDelayMs: 250, maxAttempts: 2 } });
            await work.publish('m');
            await waitFor(() => attempts.length === 2);
            assert.deepEqual(attempts, [1, 2]);
            const delayed = await c.hasDelayedExchange();
            assert.equal(delayed, broker.name === 'wharf', 'Wharf has x-delayed-message, this RabbitMQ does not');
            if (delayed) {
                await r.ch.checkExchange(RETRY_EXCHANGE);
            }
            else {
                const rq = await r.ch.checkQueue(retryQueueName(q, 250));
                assert.equal(rq.messageCount, 0);
            }
        });
        test('retry: false dead-letters on the first failure', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-no-retry');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            let calls = 0;
            await work.consume(() => {
                calls++;
                throw new Error('nope');
            }, { retry: false });
            await work.publish('m');
            const d = await r.get(`${q}.dlq`);
            assert.equal(calls, 1);
            assert.equal(d.properties.headers?.['x-failure-reason'], 'max-attempts');
        });
        test('dead_letters_total counts only dead-letter copies the broker confirmed', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dl-count');
            const dlq = `${q}.dead`;
            r.cleanup(t, [q, dlq]);
            const work = await c.workQueue(q);
            const outcomes = [];
            c.on('handled', (e) => outcomes.push(e.outcome));
            const sub = await work.consume(() => {
                throw new Error('always');
            }, { retry: false, deadLetterQueue: dlq });
            // The dead-letter queue is gone: the copy comes back unroutable, the message is requeued.
            await r.ch.deleteQueue(dlq);
            await work.publish('m', { messageId: 'dl-count' });
            await waitFor(() => outcomes.length >= 1, 10_000, 'a first outcome');
            await sub.cancel();
            assert.equal(outcomes[0], 'requeue');
            assert.equal(c.metrics.counter('dead_letters_total', { queue: q, reason: 'max-attempts' }), 0);
            // With the queue back (the consumer declares it), the same message is dead-lettered and counted.
            outcomes.length = 0;
            await work.consume(() => {
                throw new Error('always');
            }, { retry: false, deadLetterQueue: dlq });
            await waitFor(() => outcomes.includes('dead-letter'), 10_000, 'a dead-letter outcome');
            assert.equal(c.metrics.counter('dead_letters_total', { queue: q, reason: 'max-attempts' }), 1);
            assert.equal((await r.get(dlq)).properties.messageId, 'dl-count');
        });
        test('consuming a dead-letter queue with the defaults: no retry queues, no .dlq.dlq, failures kept', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dlq-consume');
            const dlq = `${q}.dlq`;
            r.cleanup(t, [q, dlq, `${dlq}.dlq`, retryQueueName(dlq, 1000)]);
            await c.declareQueue(dlq);
            await c.publish('', dlq, 'bad', { messageId: 'kept-1' });
            await c.publish('', dlq, 'good', { messageId: 'ok-1' });
            const outcomes = [];
            c.on('handled', (e) => outcomes.push(`${e.messageId}:${e.outcome}`));
            const seen = [];
            const sub = await c.consume(dlq, (m) => {
                seen.push(m.payload);
                if (m.payload === 'bad')
                    throw new Error('still bad');
            });
            await waitFor(() => outcomes.length === 2, 10_000, 'both dead letters dealt with');
            assert.deepEqual(outcomes.sort(), ['kept-1:kept', 'ok-1:ack']);
            await sleep(300);
            assert.deepEqual(seen, ['bad', 'good'], 'the failed one is not redelivered in a loop');
            for (const name of [`${dlq}.dlq`, retryQueueName(dlq, 1000)]) {
                const probe = await r.conn.createChannel();
                probe.on('error', () => { });
                await assert.rejects(probe.checkQueue(name), /404|NOT_FOUND/, `${name} was not declared`);
            }
            await sub.cancel();
            assert.equal(await r.count(dlq), 1, 'the kept message is back in the dead-letter queue');
            assert.equal((await r.get(dlq)).properties.messageId, 'kept-1');
        });
    });
}
//# sourceMappingURL=retry.test.js.map