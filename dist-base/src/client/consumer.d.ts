import type { ChannelModel, ConsumeMessage } from 'amqplib';
import type { TypedEmitter } from './events.js';
import type { ClientMetrics } from './metrics.js';
import type { Publisher } from './publisher.js';
import type { RateLimit, RateLimiter } from './rate-limit.js';
import type { RetryOptions, RetryRoute } from './retry.js';
import { type StandardSchemaV1 } from './schema.js';
import type { QueueRef } from './topology.js';
import type { TraceContext } from './tracing.js';
import { type DedupStore, type Envelope } from './types.js';
/** Why a message was dead-lettered (`x-failure-reason`). */
export type FailureReason = 'permanent' | 'max-attempts' | 'invalid-payload';
export interface MessageContext {
    /** The queue the message was consumed from. */
    queue: string;
    /** 1 on the first delivery, raised by each SDK retry. */
    attempt: number;
    /** This handler's span; publishes made inside the handler continue it. */
    trace: TraceContext;
    /** Aborted when close() reaches its deadline with this handler still running. */
    signal: AbortSignal;
}
export type MessageHandler<T> = (message: Envelope<T>, ctx: MessageContext) => unknown;
export interface ConsumeOptions<T = unknown> {
    /** Unacked deliveries the broker may send ahead. Default max(10, 2 x concurrency). */
    prefetch?: number;
    /** Handlers running at once. Default 1 (in queue order). */
    concurrency?: number;
    /** Standard Schema (zod, valibot, ...) for the payload; invalid payloads are dead-lettered. */
    schema?: StandardSchemaV1<unknown, T>;
    /** Retry policy; false: the first failure dead-letters. Default DEFAULT_RETRY. */
    retry?: Partial<RetryOptions> | false;
    /**
     * Queue for dead letters (declared durable). Default `<queue>.dlq`; false: nack without
     * requeue (the queue's own DLX, if any, takes it). For a queue whose name ends in
     * `.dlq` the default is none: a failed message stays in it (nack with requeue), and
     * `retry` defaults to false there.
     */
    deadLetterQueue?: string | false;
    /** Claim each message id before the handler; ids already done are acked unprocessed. */
    dedup?: DedupStore;
    /** How long a completed id is remembered (seconds). Default 86400 (one day). */
    dedupTtlSeconds?: number;
    /**
     * How long a claim holds (seconds). Default 60. While the handler runs the lease is
     * renewed every third of this (stores with `renew`, all of the SDK's), so a slow
     * handler keeps its claim; after a crash the message is processed elsewhere once the
     * last renewal ran out.
     */
    dedupLeaseSeconds?: number;
    /** Exclusive consumer (basic.consume exclusive). */
    exclusive?: boolean;
    /** Consumer priority (`x-priority`). */
    priority?: number;
    /**
     * At most `max` handler starts in any `intervalMs` window, for this consumer or, with
     * `group`, for every consumer of the group in any process (the broker holds the budget;
     * see rate-limit.ts). Deliveries wait, unacked, within the prefetch. Default: none.
     */
    rateLimit?: RateLimit;
}
export interface ConsumerDeps {
    events: TypedEmitter;
    metrics: ClientMetrics;
    publisher: Publisher;
    /** Runs a handler in its trace (and OpenTelemetry span): handler-scope.ts. */
    runHandler(msg: ConsumeMessage, queue: string, attempt: number, signal: AbortSignal, fn: (ctx: MessageContext) => unknown): Promise<unknown>;
    isLost(conn: ChannelModel): boolean;
}
export interface ConsumerSettings<T> {
    prefetch: number;
    concurrency: number;
    schema: StandardSchemaV1<unknown, T> | undefined;
    retry: RetryRoute | undefined;
    maxAttempts: number;
    /** null: a failure leaves the message in the queue (consumers of a dead-letter queue). */
    deadLetterQueue: string | false | null;
    dedup: DedupStore | undefined;
    dedupTtlSeconds: number;
    dedupLeaseSeconds: number;
    exclusive: boolean;
    priority: number | undefined;
    /** Metrics label (stable across reconnects, unlike a server-named queue's name). */
    label: string;
    rateLimiter?: RateLimiter | undefined;
    /** Told when the broker cancels the consumer (its queue was deleted): a `for await` loop ends. */
    onBrokerCancel?: ((err: Error) => void) | undefined;
}
export declare class Consumer<T> {
    private readonly deps;
    readonly queue: QueueRef;
    private readonly handler;
    private readonly s;
    private ch;
    private tag;
    private buffer;
    private readonly running;
    /** Deliveries whose id another holder leases, each with the timer that claims it again. */
    private readonly waiting;
    /** Failed deliveries of a dead-letter queue, kept unacked until the consumer stops. */
    private readonly kept;
    private cancelled;
    private paused;
    private idleWaiters;
    private readonly shutdown;
    /** Aborted by cancel(): ends waits for a rate-limit slot. */
    private readonly stopping;
    constructor(deps: ConsumerDeps, queue: QueueRef, handler: MessageHandler<T>, s: ConsumerSettings<T>);
    get active(): boolean;
    /** Restore hook: a channel, the dead-letter and retry queues, prefetch, basic.consume. */
    attach(conn: ChannelModel): Promise<void>;
    private startConsuming;
    get isPaused(): boolean;
    /**
     * Stops deliveries (basic.cancel) and hands back the ones no handler started; running
     * handlers finish. Stays paused across reconnects until resume().
     */
    pause(): Promise<void>;
    /** Consumes again after pause(). */
    resume(): Promise<void>;
    private onMessage;
    private pump;
    private process;
    private report;
    /**
     * Sets aside a delivery whose id someone else leases, unacked, and queues it for
     * another claim after a pause: 100 ms, doubling, at most a quarter of the lease (and
     * 5 s), so a live holder's completion is seen soon and a dead holder's lease is
     * noticed shortly after it ran out. Returns true when set aside (no outcome yet), false
     * when the consumer is cancelled and the delivery went back to the broker.
     */
    private wait;
    private fail;
    private retry;
    private deadLetter;
    /**
     * A dead-letter queue's consumer failed on `d`: requeueing would hand it straight back
     * (a loop), rejecting would drop it, so it stays unacked, holding one prefetch slot,
     * until cancel() or close() puts it back in the queue.
     */
    private keep;
    /** Acks, requeues or rejects once; false when the channel is gone (the broker redelivers). */
    private settle;
    /** Stops new deliveries (basic.cancel) and hands buffered ones back to the broker. */
    cancel(): Promise<void>;
    private stopChannelConsumer;
    /** Resolves when no handler runs, or after `timeoutMs`; true if idle. */
    idle(timeoutMs: number): Promise<boolean>;
    /** Deadline passed: abort the handlers' signals and requeue what they hold. */
    abandon(): number;
    /** Closes the channel (after cancel and drain). */
    stopChannel(): Promise<void>;
}
