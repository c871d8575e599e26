export interface TraceContext {
    /** 32 lowercase hex digits. */
    traceId: string;
    /** This span: 16 lowercase hex digits. */
    spanId: string;
    /** The span this one continues, when there is one. */
    parentSpanId?: string;
    /** Trace flags byte; bit 0 is `sampled`. */
    flags: number;
    tracestate?: string;
    /** `00-<traceId>-<spanId>-<flags>`, ready for a header. */
    traceparent: string;
}
/** Parses a `traceparent` header; null when it is missing or malformed (then a new trace starts). */
export declare function parseTraceparent(value: unknown, tracestate?: unknown): TraceContext | null;
/** A new root span (sampled). */
export declare function newTrace(): TraceContext;
/** A child span of `parent`: same trace, new span id. */
export declare function childOf(parent: TraceContext): TraceContext;
/** The TraceContext of a span made elsewhere (an OpenTelemetry span), with its parent's id. */
export declare function fromIds(ids: {
    traceId: string;
    spanId: string;
    flags: number;
    tracestate?: string;
}, parentSpanId?: string): TraceContext;
/** Per-client holder of the trace context active in the current async flow. */
export declare class TraceScope {
    private readonly storage;
    current(): TraceContext | undefined;
    run<R>(ctx: TraceContext, fn: () => R): R;
}
