/** The parts of @opentelemetry/api this module uses. */
interface SpanContext {
    traceId: string;
    spanId: string;
    traceFlags: number;
    isRemote?: boolean;
    traceState?: {
        serialize(): string;
    };
}
interface Span {
    spanContext(): SpanContext;
    isRecording(): boolean;
    setAttribute(key: string, value: string | number | boolean): unknown;
    setStatus(status: {
        code: number;
        message?: string;
    }): unknown;
    recordException(err: Error): unknown;
    end(): void;
}
type Attributes = Record<string, string | number | boolean>;
interface Tracer {
    startSpan(name: string, options: {
        kind: number;
        attributes: Attributes;
        links?: {
            context: SpanContext;
        }[];
    }, context: unknown): Span;
}
interface OtelApi {
    trace: {
        getTracer(name: string, version?: string): Tracer;
        setSpan(context: unknown, span: Span): unknown;
        setSpanContext(context: unknown, spanContext: SpanContext): unknown;
        isSpanContextValid(spanContext: SpanContext): boolean;
    };
    context: {
        active(): unknown;
    };
    createTraceState(raw?: string): {
        serialize(): string;
    };
    ROOT_CONTEXT: unknown;
    SpanKind: {
        PRODUCER: number;
        CONSUMER: number;
    };
    SpanStatusCode: {
        ERROR: number;
    };
}
/** The API when it is installed, else undefined. */
export declare function loadOtelApi(): Promise<OtelApi | undefined>;
export interface PublishSpanInfo {
    exchange: string;
    routingKey: string;
    messageId: string;
    correlationId?: string | undefined;
    bodySize: number;
}
export interface ProcessSpanInfo extends PublishSpanInfo {
    queue: string;
    traceparent: {
        traceId: string;
        spanId: string;
        flags: number;
        tracestate?: string;
    } | null;
    redelivered: boolean;
}
/** The W3C trace context a span gives a message, when the span is a real one. */
export interface SpanIds {
    traceId: string;
    spanId: string;
    flags: number;
    tracestate?: string;
}
export interface ActiveSpan {
    /** Ids for headers and ctx.trace; undefined for a no-op span. */
    ids: SpanIds | undefined;
    fail(err: unknown): void;
    end(): void;
}
export declare class Telemetry {
    private readonly api;
    private readonly server;
    private readonly current;
    private readonly tracer;
    constructor(api: OtelApi | undefined, server: {
        address: () => string;
        port: () => number;
    }, version: string);
    get enabled(): boolean;
    private attributes;
    private ids;
    private wrap;
    /** A producer span, child of the handler's span or of the caller's active context. */
    publishSpan(i: PublishSpanInfo): ActiveSpan;
    /**
     * A consumer span for one handler run, child of the producer's span (from the
     * message's traceparent) and linked to it; `fn` runs with it as the parent of
     * publishes made inside.
     */
    processSpan<R>(i: ProcessSpanInfo, fn: (span: ActiveSpan) => R): R;
}
export {};
