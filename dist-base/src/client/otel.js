// OpenTelemetry spans for publish and process, after the messaging semantic conventions
// (https://opentelemetry.io/docs/specs/semconv/messaging/rabbitmq/), through
// `@opentelemetry/api`, an optional peer dependency. It is loaded at connect() with a
// dynamic import of a name TypeScript does not follow, and only the few shapes used are
// declared here, so the SDK's declarations never name its types and a project without
// it type-checks and runs (no spans). With the API but no SDK registered (or a span the
// sampler dropped), spans do not record: then the SDK's own W3C trace ids are used.
//
// A producer span's context goes out in `traceparent`/`tracestate`; the process span of
// the consumer is a child of it and links to it, and publishes made inside the handler
// are children of the process span (kept in an AsyncLocalStorage of this client, so no
// context manager has to be registered).
import { AsyncLocalStorage } from 'node:async_hooks';
const API = '@opentelemetry/api';
/** The API when it is installed, else undefined. */
export async function loadOtelApi() {
    try {
        const name = API;
        const mod = (await import(name));
        return mod.trace ? mod : mod.default;
    }
    catch {
        return undefined;
    }
}
const NONE = { ids: undefined, fail: () => { }, end: () => { } };
export class Telemetry {
    api;
    server;
    current = new AsyncLocalStorage();
    tracer;
    constructor(api, server, version) {
        this.api = api;
        this.server = server;
        this.tracer = api?.trace.getTracer('wharfmq', version);
    }
    get enabled() {
        return this.tracer !== undefined;
    }
    attributes(op, i) {
        const a = {
            'messaging.system': 'rabbitmq',
            'messaging.operation.name': op,
            'messaging.operation.type': op === 'publish' ? 'send' : 'process',
            'messaging.destination.name': i.exchange === '' ? 'amq.default' : i.exchange,
            'messaging.rabbitmq.destination.routing_key': i.routingKey,
            'messaging.message.id': i.messageId,
            'messaging.message.body.size': i.bodySize,
        };
        if (i.correlationId !== undefined)
            a['messaging.message.conversation_id'] = i.correlationId;
        const address = this.server.address();
        if (address) {
            a['server.address'] = address;
            a['server.port'] = this.server.port();
        }
        return a;
    }
    ids(span) {
        // A no-op tracer's span carries its parent's context (or none): not a span of its own.
        if (!span.isRecording())
            return undefined;
        const sc = span.spanContext();
        if (!this.api.trace.isSpanContextValid(sc))
            return undefined;
        const tracestate = sc.traceState?.serialize();
        return {
            traceId: sc.traceId,
            spanId: sc.spanId,
            flags: sc.traceFlags,
            ...(tracestate ? { tracestate } : {}),
        };
    }
    wrap(span) {
        const api = this.api;
        return {
            ids: this.ids(span),
            fail: (err) => {
                const e = err instanceof Error ? err : new Error(String(err));
                span.recordException(e);
                span.setStatus({ code: api.SpanStatusCode.ERROR, message: e.message });
            },
            end: () => span.end(),
        };
    }
    /** A producer span, child of the handler's span or of the caller's active context. */
    publishSpan(i) {
        if (!this.tracer)
            return NONE;
        const parent = this.current.getStore() ?? this.api.context.active();
        const name = `publish ${i.exchange === '' ? i.routingKey : i.exchange}`;
        const span = this.tracer.startSpan(name, { kind: this.api.SpanKind.PRODUCER, attributes: this.attributes('publish', i) }, parent);
        return this.wrap(span);
    }
    /**
     * A consumer span for one handler run, child of the producer's span (from the
     * message's traceparent) and linked to it; `fn` runs with it as the parent of
     * publishes made inside.
     */
    processSpan(i, fn) {
        if (!this.tracer)
            return fn(NONE);
        const api = this.api;
        let parent = api.ROOT_CONTEXT;
        const links = [];
        if (i.traceparent) {
            const producer = {
                traceId: i.traceparent.traceId,
                spanId: i.traceparent.spanId,
                traceFlags: i.traceparent.flags,
                isRemote: true,
                ...(i.traceparent.tracestate ? { traceState: api.createTraceState(i.traceparent.tracestate) } : {}),
            };
            parent = api.trace.setSpanContext(api.ROOT_CONTEXT, producer);
            links.push({ context: producer });
        }
        const attributes = this.attributes('process', i);
        attributes['messaging.destination.subscription.name'] = i.queue;
        if (i.redelivered)
            attributes['messaging.rabbitmq.message.redelivered'] = true;
        const span = this.tracer.startSpan(`process ${i.queue}`, { kind: api.SpanKind.CONSUMER, attributes, links }, parent);
        return this.current.run(api.trace.setSpan(parent, span), () => fn(this.wrap(span)));
    }
}
//# sourceMappingURL=otel.js.map