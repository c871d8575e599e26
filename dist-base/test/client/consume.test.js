// Consuming against both brokers: ack only after the handler resolved, the concurrency
// limit, typed payloads through a Standard Schema (valibot here), and PermanentError or
// an invalid payload going straight to the dead-letter queue with the failure headers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { uniqueName } from '../helpers/brokers.js';
import { PermanentError, permanent } from '../../src/client/index.js';
import { client, deferred, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`consume on ${broker.name}`, () => {
        test('decodes the envelope; acks only after the handler resolves', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-consume');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const gate = deferred();
            const seen = [];
            await work.consume(async (m) => {
                seen.push(m);
                await gate.promise;
            });
            await work.publish({ n: 1 }, { type: 'thing.happened', correlationId: 'c-1', schemaVersion: 2 });
            await waitFor(() => seen.length === 1);
            const m = seen[0];
            assert.deepEqual(m.payload, { n: 1 });
            assert.equal(m.type, 'thing.happened');
            assert.equal(m.correlationId, 'c-1');
            assert.equal(m.schemaVersion, 2);
            assert.equal(m.attempt, 1);
            assert.equal(m.redelivered, false);
            assert.equal(m.routingKey, q);
            assert.ok(m.timestamp instanceof Date);
            // Unacked while the handler runs: a second client's close would requeue it.
            const before = await r.ch.checkQueue(q);
            assert.equal(before.messageCount, 0, 'delivered, not ready');
            gate.resolve();
            await waitFor(() => c.metrics.counter('messages_handled_total', { queue: q, outcome: 'ack' }) === 1);
            // After the ack nothing comes back, even once the consumer is gone.
            await c.close({ deadlineMs: 1000 });
            assert.equal(await r.count(q), 0);
        });
        test('an unfinished handler at close is requeued, not lost', async (t) => {
            const q = uniqueName('sdk-requeue');
            const r = await raw(broker.url, t);
            r.cleanup(t, [q, `${q}.dlq`]);
            const c1 = await client(broker.url, t);
            const work = await c1.workQueue(q);
            const started = deferred();
            let aborted = false;
            await work.consume(async (_m, ctx) => {
                started.resolve();
                await new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
                aborted = true;
            });
            await work.publish('slow');
            await started.promise;
            await c1.close({ deadlineMs: 200 });
            assert.equal(aborted, true, 'the handler saw its signal abort at the deadline');
            const m = await r.get(q);
            assert.equal(m.content.toString(), 'slow');
            assert.equal(m.fields.redelivered, true);
        });
        test('no more than `concurrency` handlers run at once', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-concurrency');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            let running = 0;
            let peak = 0;
            let done = 0;
            await work.consume(async () => {
                running++;
                peak = Math.max(peak, running);
                await sleep(20);
                running--;
                done++;
            }, { concurrency: 3, prefetch: 10 });
            await Promise.all(Array.from({ length: 20 }, (_, i) => work.publish(i)));
            await waitFor(() => done === 20);
            assert.equal(peak, 3);
        });
        test('concurrency 1 keeps queue order', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-order');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            for (let i = 0; i < 50; i++)
                await work.publish(i);
            const got = [];
            await work.consume(async (m) => {
                await sleep(Math.random() * 3);
                got.push(m.payload);
            });
            await waitFor(() => got.length === 50);
            assert.deepEqual(got, Array.from({ length: 50 }, (_, i) => i));
        });
        test('a schema types and checks payloads; invalid ones are dead-lettered', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-typed');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const Order = v.object({ id: v.string(), amount: v.pipe(v.number(), v.minValue(0)) });
            const amounts = [];
            await work.consume((m) => {
                // m.payload is typed { id: string; amount: number } from the schema
                amounts.push(m.payload.amount);
            }, { schema: Order });
            await work.publish({ id: 'a', amount: 3 });
            await work.publish({ id: 'b', amount: 'lots' });
            await c.publish('', q, Buffer.from('{not json'), { contentType: 'application/json' });
            const d1 = await r.get(`${q}.dlq`);
            const d2 = await r.get(`${q}.dlq`);
            assert.deepEqual(amounts, [3]);
            for (const d of [d1, d2]) {
                assert.equal(d.properties.headers?.['x-failure-reason'], 'invalid-payload');
                assert.equal(d.properties.headers?.['x-original-queue'], q);
            }
            assert.match(String(d1.properties.headers?.['x-failure-message']), /amount/);
            assert.match(String(d2.properties.headers?.['x-failure-message']), /JSON/);
        });
        test('PermanentError dead-letters at once with reason and message, keeping the envelope', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-permanent');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const handled = [];
            c.on('handled', (e) => handled.push(e));
            let calls = 0;
            await work.consume((m) => {
                calls++;
                if (m.payload === 'wrap')
                    throw permanent(new Error('wrapped cause'));
                throw new PermanentError('card declined');
            });
            await work.publish('x', { messageId: 'perm-1', type: 'payment.requested' });
            await work.publish('wrap');
            const d = await r.get(`${q}.dlq`);
            const d2 = await r.get(`${q}.dlq`);
            assert.equal(calls, 2, 'no retries');
            const h = d.properties.headers;
            assert.equal(h['x-failure-reason'], 'permanent');
            assert.equal(h['x-failure-message'], 'card declined');
            assert.equal(h['x-original-queue'], q);
            assert.equal(h['x-attempt'], 1);
            assert.equal(d.properties.messageId, 'perm-1');
            assert.equal(d.properties.type, 'payment.requested');
            assert.equal(d2.properties.headers?.['x-failure-message'], 'wrapped cause');
            await waitFor(() => handled.length === 2);
            assert.deepEqual(handled.map((e) => e.outcome), ['dead-letter', 'dead-letter']);
            assert.equal(await r.count(q), 0);
        });
        test("deadLetterQueue: false hands the message to the queue's own dead-letter exchange", async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-own-dlx');
            const dlq = uniqueName('sdk-own-dlx-target');
            r.cleanup(t, [q, dlq]);
            await c.declareQueue(dlq);
            const work = await c.workQueue(q, { deadLetterExchange: '', deadLetterRoutingKey: dlq });
            await work.consume(() => {
                throw new PermanentError('no');
            }, { deadLetterQueue: false });
            await work.publish('m');
            const d = await r.get(dlq);
            assert.equal(d.content.toString(), 'm');
            assert.equal((d.properties.headers?.['x-death'])[0].reason, 'rejected');
        });
    });
}
//# sourceMappingURL=consume.test.js.map