/** Envelope header names the SDK writes and reads (RabbitMQ-safe `x-` names). */
export declare const HEADER: {
    readonly schemaVersion: "x-schema-version";
    readonly attempt: "x-attempt";
    readonly failureReason: "x-failure-reason";
    readonly failureMessage: "x-failure-message";
    readonly originalQueue: "x-original-queue";
    readonly traceparent: "traceparent";
    readonly tracestate: "tracestate";
};
/** A message as a handler sees it: the decoded payload plus its envelope. */
export interface Envelope<T = unknown> {
    /** AMQP message-id; the SDK fills in a UUID when publishing without one. */
    id: string;
    /** AMQP type, e.g. `order.created`. */
    type?: string;
    /** Publish time (AMQP timestamp, second precision on the wire). */
    timestamp?: Date;
    correlationId?: string;
    replyTo?: string;
    /** From the `x-schema-version` header. */
    schemaVersion?: number;
    headers: Record<string, unknown>;
    /** Decoded payload: JSON for `application/json`, a string for `text/*`, else the Buffer. */
    payload: T;
    /** The raw body as received. */
    body: Buffer;
    contentType?: string;
    exchange: string;
    routingKey: string;
    redelivered: boolean;
    /** 1 on first delivery; counts SDK retries (from `x-attempt`). */
    attempt: number;
}
export interface PublishOptions {
    /** Defaults to a new UUID. */
    messageId?: string;
    type?: string;
    correlationId?: string;
    replyTo?: string;
    schemaVersion?: number;
    headers?: Record<string, unknown>;
    /** Default true (delivery mode 2). */
    persistent?: boolean;
    /** Default true: an unroutable message rejects the publish. */
    mandatory?: boolean;
    priority?: number;
    /** Per-message TTL in milliseconds. */
    expirationMs?: number;
    /** Default `application/json` for objects, `text/plain` for strings, `application/octet-stream` for Buffers. */
    contentType?: string;
}
/**
 * What the outbox relay and the examples need from a client: a confirmed publish.
 * Resolves once the broker confirmed; rejects on nack, on an unroutable mandatory
 * message, or when the connection is lost before the confirm.
 */
export interface Publisher {
    publish(exchange: string, routingKey: string, payload: unknown, options?: PublishOptions): Promise<void>;
}
/**
 * What `DedupStore.claim` found for a key:
 * - `'claimed'`: the key was absent or its entry had expired; the caller now holds an
 *   in-progress lease on it and must `complete` or `release` it;
 * - `'processing'`: someone else holds a live lease (a concurrent copy of the message is
 *   being handled, or its holder died and the lease has not run out yet);
 * - `'done'`: a handler completed this key and its entry has not expired.
 */
export type ClaimResult = 'claimed' | 'processing' | 'done';
/**
 * Remembers which message ids are being processed and which were processed, for
 * idempotent consumers. A key is absent, in progress (a lease that ends by itself), or
 * done (for a TTL):
 *
 *     absent ──claim──▶ processing (lease) ──complete──▶ done (TTL)
 *        ▲                 │  │                            │
 *        └─────release─────┘  └──lease expires: claimable  └──TTL expires: claimable
 *
 * `claim` is atomic: of any number of concurrent claims of one key exactly one gets
 * `'claimed'`, the others `'processing'` (or `'done'`). An expired entry, in progress
 * or done, counts as absent. Durations are seconds, may be fractional, and must be
 * positive and finite (else `RangeError`).
 */
export interface DedupStore {
    /** Takes an in-progress lease of `leaseSeconds` on an absent or expired key; else reports what holds it. */
    claim(key: string, leaseSeconds: number): Promise<ClaimResult>;
    /** Marks `key` done for `ttlSeconds` (replacing the lease): later claims get `'done'`. */
    complete(key: string, ttlSeconds: number): Promise<void>;
    /** Drops an in-progress lease (a failed handler's), so the message is processed again; a done key stays done. */
    release(key: string): Promise<void>;
    /**
     * Extends a live in-progress lease to `leaseSeconds` from now; false when the key is
     * no longer in progress (done, released, or its lease ran out). The consumer calls it
     * every third of the lease while the handler runs, so a handler longer than its lease
     * keeps its claim. A store without it is not renewed: its lease must outlast the
     * slowest handler.
     */
    renew?(key: string, leaseSeconds: number): Promise<boolean>;
    close?(): Promise<void>;
}
/** Thrown (or returned via `permanent()`) by a handler: no retry, straight to the dead-letter queue. */
export declare class PermanentError extends Error {
    name: string;
}
/**
 * Raised by `publish` when the broker nacks or returns the message, when the channel
 * or client closes before the confirm, or (`timeout`) when no confirm came in time.
 */
export declare class PublishError extends Error {
    readonly reason: 'nack' | 'unroutable' | 'closed' | 'timeout';
    name: string;
    constructor(message: string, reason: 'nack' | 'unroutable' | 'closed' | 'timeout');
}
