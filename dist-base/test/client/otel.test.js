// OpenTelemetry and prom-client on both brokers, with the real OpenTelemetry SDK
// (sdk-trace-base's in-memory exporter) and a real prom-client registry: publish and
// process spans after the messaging semantic conventions, the process span a child of
// the producer span and linked to it, a publish inside a handler a child of the process
// span, and the SDK's counters and histograms registered in the application's registry.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, } from '@opentelemetry/sdk-trace-base';
import { Registry } from 'prom-client';
import { uniqueName } from '../helpers/brokers.js';
import { parseTraceparent, PermanentError } from '../../src/client/index.js';
import { client, raw, setupBrokers, waitFor } from './support.js';
const exporter = new InMemorySpanExporter();
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
const brokers = await setupBrokers();
function parentOf(s) {
    return s.parentSpanContext?.spanId;
}
for (const broker of brokers) {
    describe(`OpenTelemetry and prom-client on ${broker.name}`, () => {
        test('publish → process → publish inside the handler → process, with links', async (t) => {
            exporter.reset();
            const registry = new Registry();
            const c = await client(broker.url, t, { metricsRegistry: registry });
            const r = await raw(broker.url, t);
            const q1 = uniqueName('sdk-otel-a');
            const q2 = uniqueName('sdk-otel-b');
            r.cleanup(t, [q1, `${q1}.dlq`, q2, `${q2}.dlq`]);
            await c.declareQueue(q1);
            await c.declareQueue(q2);
            const seen = [];
            await c.consume(q1, async (m, ctx) => {
                seen.push({ traceparent: m.headers.traceparent, ctxTrace: ctx.trace.traceparent });
                await c.publish('', q2, { from: m.id });
            });
            let second;
            await c.consume(q2, (m, ctx) => {
                second = ctx.trace.traceId;
                if (m.payload)
                    throw new PermanentError('to the dead-letter queue');
            }, { retry: false });
            await c.publish('', q1, { n: 1 }, { messageId: 'm-1', correlationId: 'c-1' });
            await waitFor(() => exporter.getFinishedSpans().filter((s) => s.name.startsWith('process')).length === 2);
            const spans = exporter.getFinishedSpans();
            const byName = (n) => spans.filter((s) => s.name === n);
            const [pub1] = byName(`publish ${q1}`);
            const [proc1] = byName(`process ${q1}`);
            const [pub2] = byName(`publish ${q2}`);
            const [proc2] = byName(`process ${q2}`);
            assert.ok(pub1 && proc1 && pub2 && proc2, spans.map((s) => s.name).join(', '));
            assert.equal(pub1.kind, SpanKind.PRODUCER);
            assert.equal(proc1.kind, SpanKind.CONSUMER);
            assert.equal(pub1.attributes['messaging.system'], 'rabbitmq');
            assert.equal(pub1.attributes['messaging.operation.type'], 'send');
            assert.equal(pub1.attributes['messaging.destination.name'], 'amq.default');
            assert.equal(pub1.attributes['messaging.rabbitmq.destination.routing_key'], q1);
            assert.equal(pub1.attributes['messaging.message.id'], 'm-1');
            assert.equal(pub1.attributes['messaging.message.conversation_id'], 'c-1');
            assert.equal(pub1.attributes['server.address'], '127.0.0.1');
            assert.equal(proc1.attributes['messaging.operation.type'], 'process');
            assert.equal(proc1.attributes['messaging.destination.subscription.name'], q1);
            // The message carries the producer span; the process span is its child and links to it.
            const carried = parseTraceparent(seen[0].traceparent);
            assert.equal(carried.traceId, pub1.spanContext().traceId);
            assert.equal(carried.spanId, pub1.spanContext().spanId);
            assert.equal(parentOf(proc1), pub1.spanContext().spanId);
            assert.equal(proc1.links.length, 1);
            assert.equal(proc1.links[0].context.spanId, pub1.spanContext().spanId);
            assert.equal(parseTraceparent(seen[0].ctxTrace).spanId, proc1.spanContext().spanId, 'ctx.trace is the span');
            // Published inside the handler: a child of the process span, in the same trace.
            assert.equal(parentOf(pub2), proc1.spanContext().spanId);
            assert.equal(parentOf(proc2), pub2.spanContext().spanId);
            assert.equal(second, pub1.spanContext().traceId);
            for (const s of [pub1, proc1, pub2, proc2])
                assert.equal(s.spanContext().traceId, pub1.spanContext().traceId);
            assert.equal(proc2.status.code, SpanStatusCode.ERROR, 'a failed handler marks its span');
            assert.equal(proc1.status.code, SpanStatusCode.UNSET);
            // prom-client: the SDK's metrics in the application's registry.
            await waitFor(async () => {
                const m = (await registry.getSingleMetric('wharf_client_messages_handled_total')?.get())?.values ?? [];
                return m.some((v) => v.labels.outcome === 'dead-letter');
            });
            const text = await registry.metrics();
            assert.match(text, /wharf_client_published_total \d+/);
            assert.match(text, new RegExp(`wharf_client_messages_handled_total\\{queue="${q1}",outcome="ack"\\} 1`));
            assert.match(text, new RegExp(`wharf_client_handler_duration_seconds_count\\{queue="${q1}"\\} 1`));
            assert.match(text, /wharf_client_publish_confirm_seconds_bucket\{le="0.001"\}/);
        });
        test('a failed publish ends its span with an error', async (t) => {
            exporter.reset();
            const c = await client(broker.url, t);
            await assert.rejects(c.publish('', uniqueName('sdk-otel-nowhere'), 1), /unroutable/);
            const [span] = exporter.getFinishedSpans();
            assert.ok(span);
            assert.equal(span.status.code, SpanStatusCode.ERROR);
        });
    });
}
//# sourceMappingURL=otel.test.js.map