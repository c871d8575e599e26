// W3C trace context (https://www.w3.org/TR/trace-context/) carried in the `traceparent`
// and `tracestate` headers. A publish outside any handler starts a new trace; a publish
// from inside a handler continues the handler's trace (found through AsyncLocalStorage,
// one store per client, so two clients in one process never see each other's context).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
function format(traceId, spanId, flags) {
    return `00-${traceId}-${spanId}-${flags.toString(16).padStart(2, '0')}`;
}
function newSpanId() {
    return randomBytes(8).toString('hex');
}
/** Parses a `traceparent` header; null when it is missing or malformed (then a new trace starts). */
export function parseTraceparent(value, tracestate) {
    const text = Buffer.isBuffer(value) ? value.toString() : value;
    if (typeof text !== 'string')
        return null;
    const m = TRACEPARENT.exec(text.trim());
    if (!m)
        return null;
    const [, version, traceId, spanId, flagsHex, rest] = m;
    // Version ff is invalid; version 00 has nothing after the flags.
    if (version === 'ff' || (version === '00' && rest))
        return null;
    if (/^0+$/.test(traceId) || /^0+$/.test(spanId))
        return null;
    const flags = parseInt(flagsHex, 16);
    const state = Buffer.isBuffer(tracestate) ? tracestate.toString() : tracestate;
    return {
        traceId: traceId,
        spanId: spanId,
        flags,
        ...(typeof state === 'string' && state ? { tracestate: state } : {}),
        traceparent: format(traceId, spanId, flags),
    };
}
/** A new root span (sampled). */
export function newTrace() {
    const traceId = randomBytes(16).toString('hex');
    const spanId = newSpanId();
    return { traceId, spanId, flags: 1, traceparent: format(traceId, spanId, 1) };
}
/** A child span of `parent`: same trace, new span id. */
export function childOf(parent) {
    const spanId = newSpanId();
    return {
        traceId: parent.traceId,
        spanId,
        parentSpanId: parent.spanId,
        flags: parent.flags,
        ...(parent.tracestate ? { tracestate: parent.tracestate } : {}),
        traceparent: format(parent.traceId, spanId, parent.flags),
    };
}
/** The TraceContext of a span made elsewhere (an OpenTelemetry span), with its parent's id. */
export function fromIds(ids, parentSpanId) {
    return {
        traceId: ids.traceId,
        spanId: ids.spanId,
        ...(parentSpanId ? { parentSpanId } : {}),
        flags: ids.flags,
        ...(ids.tracestate ? { tracestate: ids.tracestate } : {}),
        traceparent: format(ids.traceId, ids.spanId, ids.flags),
    };
}
/** Per-client holder of the trace context active in the current async flow. */
export class TraceScope {
    storage = new AsyncLocalStorage();
    current() {
        return this.storage.getStore();
    }
    run(ctx, fn) {
        return this.storage.run(ctx, fn);
    }
}
//# sourceMappingURL=tracing.js.map