// Observability on both brokers: outcome counters, handler-duration histograms and the
// handled event; W3C trace context created on publish, continued in the handler, and
// carried on by publishes made inside the handler.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { parseTraceparent, PermanentError, } from '../../src/client/index.js';
import { client, raw, setupBrokers, waitFor } from './support.js';
const brokers = await setupBrokers();
/** The smallest DedupStore: no expiry. */
class SetStore {
    states = new Map();
    async claim(key) {
        const state = this.states.get(key);
        if (state)
            return state;
        this.states.set(key, 'processing');
        return 'claimed';
    }
    async complete(key) {
        this.states.set(key, 'done');
    }
    async release(key) {
        if (this.states.get(key) === 'processing')
            this.states.delete(key);
    }
}
for (const broker of brokers) {
    describe(`observability on ${broker.name}`, () => {
        test('counters per outcome, duration histogram, handled events', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-metrics');
            r.cleanup(t, [q, `${q}.dlq`, `${q}.retry.50`]);
            const work = await c.workQueue(q);
            const handled = [];
            c.on('handled', (e) => handled.push(e));
            await work.consume((m) => {
                if (m.payload === 'bad')
                    throw new PermanentError('bad');
                if (m.payload === 'flaky' && m.attempt === 1)
                    throw new Error('flaky');
            }, { dedup: new SetStore(), retry: { initialDelayMs: 50, maxAttempts: 3, strategy: 'ttl-queues' } });
            await work.publish('ok', { messageId: 'id-ok' });
            await work.publish('ok', { messageId: 'id-ok' });
            await work.publish('bad', { messageId: 'id-bad' });
            await work.publish('flaky', { messageId: 'id-flaky' });
            await waitFor(() => handled.length === 5);
            const count = (outcome) => c.metrics.counter('messages_handled_total', { queue: q, outcome });
            assert.equal(count('ack'), 2);
            assert.equal(count('duplicate'), 1);
            assert.equal(count('dead-letter'), 1);
            assert.equal(count('retry'), 1);
            assert.equal(c.metrics.counter('retries_total', { queue: q }), 1);
            assert.equal(c.metrics.counter('published_total'), 4 + 2, 'four by the test, a retry copy and a dead letter');
            const snap = c.metrics.snapshot();
            const hist = snap.histograms.find((h) => h.name === 'handler_duration_ms' && h.labels.queue === q);
            assert.equal(hist.count, 4, 'the duplicate never reached the handler');
            assert.equal(hist.buckets.at(-1).le, Number.POSITIVE_INFINITY);
            assert.equal(hist.buckets.at(-1).count, 4);
            const bad = handled.find((h) => h.messageId === 'id-bad');
            assert.equal(bad.outcome, 'dead-letter');
            assert.equal(bad.error?.message, 'bad');
            assert.ok(bad.durationMs >= 0);
        });
        test('traceparent: new trace on publish, child span in the handler, carried on by inner publishes', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const first = uniqueName('sdk-trace-1');
            const second = uniqueName('sdk-trace-2');
            r.cleanup(t, [first, `${first}.dlq`, second]);
            await c.declareQueue(second);
            const w1 = await c.workQueue(first);
            let handlerTrace;
            let current;
            await w1.consume(async (_m, ctx) => {
                handlerTrace = ctx.trace;
                current = c.currentTrace();
                await c.publish('', second, 'downstream');
            });
            await w1.publish('start');
            const downstream = await r.get(second);
            assert.ok(handlerTrace);
            assert.equal(current, handlerTrace, 'currentTrace() inside the handler');
            const inner = parseTraceparent(downstream.properties.headers?.traceparent);
            assert.equal(inner.traceId, handlerTrace.traceId, 'same trace end to end');
            assert.notEqual(inner.spanId, handlerTrace.spanId);
            assert.ok(handlerTrace.parentSpanId, 'the handler span has the publish span as parent');
            assert.equal(c.currentTrace(), undefined, 'no context outside handlers');
        });
        test('an incoming traceparent (from another system) is continued', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-trace-in');
            r.cleanup(t, [q, `${q}.dlq`]);
            const w = await c.workQueue(q);
            const upstream = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
            const seen = [];
            await w.consume((_m, ctx) => void seen.push(ctx.trace));
            await w.publish('x', { headers: { traceparent: upstream, tracestate: 'vendor=1' } });
            await waitFor(() => seen.length === 1);
            assert.equal(seen[0].traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
            assert.equal(seen[0].parentSpanId, '00f067aa0ba902b7');
            assert.equal(seen[0].tracestate, 'vendor=1');
            assert.match(seen[0].traceparent, /^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
        });
    });
}
//# sourceMappingURL=observability.test.js.map