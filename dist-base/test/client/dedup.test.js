// Idempotent consumers on both brokers. With a DedupStore the message id is claimed as a
// lease before the handler and marked done after it resolved (then acked); a done id is
// acked without running the handler; a failed handler's lease is released so the retry
// is processed; a copy whose id someone else leases is held back (not acked, not run)
// until the holder completes (then it is a duplicate), releases, or its lease runs out
// (then it is processed). The crash case with a consumer process SIGKILLed mid-handler
// is test/client/dedup-crash.test.ts.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { MemoryDedupStore, retryQueueName } from '../../src/client/index.js';
import { client, deferred, raw, setupBrokers, sleep, waitFor } from './support.js';
/** A Map-backed store written here against the DedupStore interface only; logs its calls. */
class MapDedupStore {
    entries = new Map();
    calls = [];
    async claim(key, leaseSeconds) {
        const e = this.entries.get(key);
        const result = e && e.until > Date.now() ? e.state : 'claimed';
        if (result === 'claimed')
            this.entries.set(key, { state: 'processing', until: Date.now() + leaseSeconds * 1000 });
        this.calls.push(`claim ${key} ${result}`);
        return result;
    }
    async complete(key, ttlSeconds) {
        this.calls.push(`complete ${key}`);
        this.entries.set(key, { state: 'done', until: Date.now() + ttlSeconds * 1000 });
    }
    async release(key) {
        this.calls.push(`release ${key}`);
        if (this.entries.get(key)?.state === 'processing')
            this.entries.delete(key);
    }
}
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`dedup on ${broker.name}`, () => {
        test('a duplicate message id is acked without running the handler', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const store = new MapDedupStore();
            const handled = [];
            c.on('handled', (e) => handled.push(e));
            const payloads = [];
            await work.consume((m) => void payloads.push(m.payload), { dedup: store, dedupTtlSeconds: 60 });
            await work.publish('first', { messageId: 'order-42' });
            await work.publish('again', { messageId: 'order-42' });
            await work.publish('other', { messageId: 'order-43' });
            await waitFor(() => handled.length === 3);
            assert.deepEqual(payloads, ['first', 'other']);
            assert.deepEqual(handled.map((h) => h.outcome), ['ack', 'duplicate', 'ack']);
            assert.deepEqual(store.calls, [
                'claim order-42 claimed',
                'complete order-42',
                'claim order-42 done',
                'claim order-43 claimed',
                'complete order-43',
            ]);
            assert.equal(c.metrics.counter('messages_handled_total', { queue: q, outcome: 'duplicate' }), 1);
            assert.equal(await r.count(q), 0);
        });
        test('a failed handler releases its lease, so the retry is processed', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup-retry');
            r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 100)]);
            const work = await c.workQueue(q);
            const store = new MapDedupStore();
            const attempts = [];
            await work.consume((m) => {
                attempts.push(m.attempt);
                if (m.attempt === 1)
                    throw new Error('transient');
            }, { dedup: store, retry: { initialDelayMs: 100, maxAttempts: 3, strategy: 'ttl-queues' } });
            await work.publish('m', { messageId: 'pay-1' });
            await waitFor(() => store.calls.length === 4);
            await sleep(100);
            assert.deepEqual(attempts, [1, 2]);
            assert.deepEqual(store.calls, [
                'claim pay-1 claimed',
                'release pay-1',
                'claim pay-1 claimed',
                'complete pay-1',
            ]);
            assert.equal(store.entries.get('pay-1')?.state, 'done');
        });
        test('two consumers get copies of one id at once: one runs it, the other waits and acks it as a duplicate', async (t) => {
            const a = await client(broker.url, t);
            const b = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup-race');
            r.cleanup(t, [q, `${q}.dlq`]);
            const store = new MemoryDedupStore(); // shared by both consumers, as Redis would be
            const handled = [];
            a.on('handled', (e) => handled.push({ ...e, by: 'a' }));
            b.on('handled', (e) => handled.push({ ...e, by: 'b' }));
            const runs = [];
            const both = deferred();
            let started = 0;
            const handler = (by) => async () => {
                runs.push(by);
                if (++started === 1)
                    await Promise.race([both.promise, sleep(2000)]);
            };
            // prefetch 1 each: the broker hands one copy to each consumer.
            const options = { dedup: store, prefetch: 1, dedupLeaseSeconds: 30 };
            await (await a.workQueue(q)).consume(handler('a'), options);
            await (await b.workQueue(q)).consume(handler('b'), options);
            const work = await a.workQueue(q);
            await work.publish('x', { messageId: 'same-id' });
            await work.publish('x', { messageId: 'same-id' });
            // The second copy found the lease of the first and is held back, unacked.
            await waitFor(() => a.metrics.counter('dedup_waits_total', { queue: q }) +
                b.metrics.counter('dedup_waits_total', { queue: q }) >
                0);
            assert.equal(handled.length, 0, 'nothing settled while the first handler runs');
            both.resolve();
            await waitFor(() => handled.length === 2);
            assert.equal(runs.length, 1, `handler ran once (${runs.join(',')})`);
            assert.deepEqual(handled.map((h) => h.outcome).sort(), ['ack', 'duplicate']);
            assert.notEqual(handled[0].by, handled[1].by, 'one copy each');
            assert.equal(await r.count(q), 0);
        });
        test('two consumers, the first copy fails: the held copy is processed, and the retry is a duplicate', async (t) => {
            const a = await client(broker.url, t);
            const b = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup-race-fail');
            r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 300)]);
            const store = new MemoryDedupStore();
            const handled = [];
            a.on('handled', (e) => handled.push(e));
            b.on('handled', (e) => handled.push(e));
            const ok = [];
            let calls = 0;
            const handler = async (m) => {
                if (++calls === 1) {
                    await sleep(300); // long enough for the other copy to find the lease
                    throw new Error('first run fails');
                }
                ok.push(m.attempt);
            };
            const options = {
                dedup: store,
                prefetch: 1,
                retry: { initialDelayMs: 300, maxAttempts: 3, strategy: 'ttl-queues' },
            };
            await (await a.workQueue(q)).consume(handler, options);
            await (await b.workQueue(q)).consume(handler, options);
            const work = await a.workQueue(q);
            await work.publish('x', { messageId: 'flaky-id' });
            await work.publish('x', { messageId: 'flaky-id' });
            await waitFor(() => handled.length === 3, 10_000, 'the failure, the held copy and the retry');
            await sleep(200);
            // Usually the held copy claims the released id first and the retry copy is the
            // duplicate; the other order is as correct. Either way: one successful run.
            assert.equal(ok.length, 1, `one successful run (attempts ${ok.join(',')})`);
            assert.deepEqual(handled.map((h) => h.outcome).sort(), ['ack', 'duplicate', 'retry']);
            assert.ok(a.metrics.counter('dedup_waits_total', { queue: q }) +
                b.metrics.counter('dedup_waits_total', { queue: q }) >
                0);
        });
        test('a handler abandoned at the close() deadline: the redelivery is processed once its lease ran out', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup-abandon');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const store = new MemoryDedupStore();
            const handled = [];
            c.on('handled', (e) => handled.push(e));
            const startedFirst = deferred();
            // The first consumer starts the work and never finishes it (a hung call).
            const first = await work.consume(async (_m, ctx) => {
                startedFirst.resolve();
                await once(ctx.signal, 'abort');
                await new Promise(() => undefined);
            }, { dedup: store, dedupLeaseSeconds: 1 });
            await work.publish('job', { messageId: 'hung-1' });
            await startedFirst.promise;
            const claimedAt = Date.now();
            await first.cancel({ deadlineMs: 100 }); // deadline: aborted and requeued, lease kept
            const ran = [];
            await work.consume(() => void ran.push(Date.now()), { dedup: store, dedupLeaseSeconds: 1 });
            await waitFor(() => ran.length === 1, 10_000, 'the redelivered message to be processed');
            assert.ok(ran[0] - claimedAt >= 900, `processed after the lease (${ran[0] - claimedAt} ms)`);
            await waitFor(() => handled.length === 1);
            assert.equal(handled[0].outcome, 'ack', 'processed, not acked as a duplicate');
            assert.ok(c.metrics.counter('dedup_waits_total', { queue: q }) >= 1, 'it waited for the lease');
            assert.equal(await store.claim('hung-1', 1), 'done');
            assert.equal(await r.count(q), 0);
        });
        test('a handler that gives up at the close() deadline releases its lease: the redelivery runs at once, with no retry copy', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup-abort');
            r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 100)]);
            const work = await c.workQueue(q);
            const store = new MemoryDedupStore();
            const handled = [];
            c.on('handled', (e) => handled.push(e));
            const startedFirst = deferred();
            const retry = { initialDelayMs: 100, maxAttempts: 3, strategy: 'ttl-queues' };
            const first = await work.consume(async (_m, ctx) => {
                startedFirst.resolve();
                await once(ctx.signal, 'abort');
                throw new Error('gave up: shutting down'); // not done: throw (returning would mean done)
            }, { dedup: store, dedupLeaseSeconds: 30, retry });
            await work.publish('job', { messageId: 'gave-up-1' });
            await startedFirst.promise;
            await first.cancel({ deadlineMs: 100 });
            const ran = [];
            const since = Date.now();
            await work.consume((m) => void ran.push(m.attempt), { dedup: store, dedupLeaseSeconds: 30, retry });
            await waitFor(() => ran.length === 1, 5000, 'the redelivery to run without waiting for the 30 s lease');
            await sleep(300);
            assert.ok(Date.now() - since < 5000);
            assert.deepEqual(ran, [1], 'the original delivery, once; no retry copy');
            assert.deepEqual(handled.map((h) => h.outcome), ['requeue', 'ack']);
            assert.equal(c.metrics.counter('retries_total', { queue: q }), 0);
            assert.equal(await r.count(q), 0);
        });
        test('consume refuses dedup durations that are not positive', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-dedup-bad');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const dedup = new MemoryDedupStore();
            await assert.rejects(work.consume(() => { }, { dedup, dedupLeaseSeconds: 0 }), RangeError);
            await assert.rejects(work.consume(() => { }, { dedup, dedupTtlSeconds: -1 }), RangeError);
        });
    });
}
//# sourceMappingURL=dedup.test.js.map