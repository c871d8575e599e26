import { type ReconnectOptions } from './connection.js';
import { type ConsumeOptions, type MessageHandler } from './consumer.js';
import { type DeleteQueueOptions, type QueueInfo } from './admin.js';
import { type ReplayDeadLettersOptions, type ReplayDeadLettersResult } from './dead-letter-replay.js';
import { type DelayStrategy } from './delayed-publish.js';
import { type ClientEvents } from './events.js';
import { type BatchHandler } from './batch.js';
import { MessageStream } from './message-stream.js';
import { ClientMetrics } from './metrics.js';
import { type PromRegistry } from './prom-bridge.js';
import type { OffsetStore } from './streams/offset-store.js';
import { type StreamConsumeOptions, type StreamHandler } from './streams/stream-consumer.js';
import { type Schedule, type ScheduleOptions } from './schedule/schedule.js';
import { OrderedQueues, PubSub, TopicExchange, WorkQueue, type OrderedQueuesOptions, type WorkQueueOptions } from './patterns.js';
import { type RequestOptions } from './rpc.js';
import { type StandardSchemaV1 } from './schema.js';
import { type SignalShutdownOptions } from './shutdown.js';
import { type ExchangeOptions, type ExchangeType, type QueueOptions, QueueRef } from './topology.js';
import { type TraceContext } from './tracing.js';
import type { Envelope, PublishOptions, Publisher as PublisherContract } from './types.js';
export interface ClientOptions {
    /** Reconnect policy after a lost connection; false: stay closed. Defaults: 100 ms doubling to 10 s, jitter 0.5, forever. */
    reconnect?: Partial<ReconnectOptions> | false;
    /** Connection attempts (over all URLs, with the same backoff) before connect() rejects. Default 5. */
    initialAttempts?: number;
    /** AMQP heartbeat (s), unless the URL sets one. Default 10. */
    heartbeatSeconds?: number;
    /** TCP connect timeout (ms). Default 10000. */
    connectTimeoutMs?: number;
    /** Shown by the broker's management (client property connection_name). */
    connectionName?: string;
    /** Publishes waiting or awaiting a confirm at once; further publish() calls wait. Default 1000. */
    maxInFlight?: number;
    /** A publish not confirmed by then rejects with PublishError('timeout'). Default 30000. */
    publishTimeoutMs?: number;
    /** Re-send unconfirmed publishes after a reconnect (true), or reject them with 'closed'. Default true. */
    republishOnReconnect?: boolean;
    /**
     * How `publish(..., { delay })` holds messages: 'delayed-exchange' (Wharf, or RabbitMQ
     * with the delayed-message plugin), 'ttl-queues' (any RabbitMQ), or 'auto' (asks the
     * broker once, as retries do). Default 'auto'.
     */
    delayStrategy?: DelayStrategy;
    /**
     * OpenTelemetry spans for publish and process through `@opentelemetry/api` (optional
     * peer dependency; without it, or without an SDK registered, nothing is recorded and
     * the SDK's own W3C trace ids are used). Default true.
     */
    openTelemetry?: boolean;
    /**
     * A prom-client `Registry`: the SDK's counters and histograms are registered there as
     * `wharf_client_*` (needs the prom-client package). Default: none (`client.metrics` only).
     */
    metricsRegistry?: PromRegistry;
}
export interface ClientPublishOptions<T = unknown> extends PublishOptions {
    /** Validate the payload before it is encoded; a failure rejects with SchemaValidationError. */
    schema?: StandardSchemaV1<unknown, T>;
    /**
     * Milliseconds the broker holds the message before routing it (see delayed-publish.ts
     * and ClientOptions.delayStrategy). The publish resolves once the broker holds it;
     * `mandatory` does not apply (routing happens at release). Default: none.
     */
    delay?: number;
}
export interface PublishItem {
    exchange: string;
    routingKey: string;
    payload: unknown;
    options?: ClientPublishOptions;
}
export interface Subscription {
    /** The queue's name on the current connection (server-named queues change on reconnect). */
    readonly queue: string;
    /** Stops this consumer: no new deliveries, waits up to `deadlineMs` for running handlers. */
    cancel(options?: {
        deadlineMs?: number;
    }): Promise<void>;
    /** Stops deliveries (basic.cancel), hands back those not started; running handlers finish. Kept across reconnects. */
    pause(): Promise<void>;
    /** Consumes again after pause(). */
    resume(): Promise<void>;
    /** True between pause() and resume(). */
    readonly paused: boolean;
}
export interface RespondOptions<Req> extends Pick<ConsumeOptions<Req>, 'prefetch' | 'concurrency' | 'schema'> {
    /** Declare the request queue (durable) first. Default true. */
    declare?: boolean;
}
export type Responder<Req, Res> = (message: Envelope<Req>, ctx: Parameters<MessageHandler<Req>>[1]) => Res | Promise<Res>;
export declare class Client implements PublisherContract {
    readonly metrics: ClientMetrics;
    private readonly events;
    private readonly tracing;
    private telemetry;
    private readonly scope;
    private readonly options;
    private readonly connection;
    private readonly topology;
    private readonly publisher;
    private readonly rpc;
    private readonly consumers;
    private readonly streams;
    private delayedExchange;
    private readonly delays;
    private closing;
    private closed;
    /** Use connect(); the constructor does not connect. */
    constructor(urls: string[], options?: ClientOptions);
    /** @internal connect() calls this. */
    start(): Promise<void>;
    on<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this;
    once<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this;
    off<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this;
    /** server.address / server.port of the current connection, for span attributes (parsed once per URL). */
    private serverOf;
    /** True while a connection is open. */
    get connected(): boolean;
    /** URL of the current connection, credentials removed ('' while disconnected before the first connect). */
    get url(): string;
    /** True while the broker blocks publishing on this connection (connection.blocked). */
    get blocked(): boolean;
    /** Publishes waiting or awaiting a confirm. */
    get pendingPublishes(): number;
    /** The trace context of the handler running in this async flow, if any. */
    currentTrace(): TraceContext | undefined;
    /**
     * Publishes and resolves once the broker confirmed. Rejects with PublishError
     * (nack, unroutable, closed, timeout) or SchemaValidationError.
     */
    publish<T = unknown>(exchange: string, routingKey: string, payload: T, options?: ClientPublishOptions<T>): Promise<void>;
    /** Publishes many at once (all in flight together, within maxInFlight); one settled result per item, in order. */
    publishMany(items: PublishItem[]): Promise<PromiseSettledResult<void>[]>;
    /** Declares an exchange now and again after each reconnect. */
    declareExchange(name: string, type: ExchangeType, options?: ExchangeOptions): Promise<void>;
    /** Declares a queue now and again after each reconnect; '' for a server-named one. */
    declareQueue(name: string, options?: QueueOptions): Promise<QueueRef>;
    /** Binds a queue now and again after each reconnect. */
    bindQueue(queue: QueueRef | string, exchange: string, pattern?: string, args?: Record<string, unknown>): Promise<void>;
    /** A durable work queue (competing consumers), optionally with priorities or a single active consumer. */
    workQueue(name: string, options?: WorkQueueOptions): Promise<WorkQueue>;
    /** A fanout exchange: every subscriber gets every message. */
    pubsub(exchange: string, options?: ExchangeOptions): Promise<PubSub>;
    /** A topic exchange: subscribers bind with patterns such as `orders.*` or `#.payment`. */
    topic(exchange: string, options?: ExchangeOptions): Promise<TopicExchange>;
    /** N partition queues with single active consumers; a key always goes to the same one. */
    orderedQueues(name: string, options: OrderedQueuesOptions): Promise<OrderedQueues>;
    private refOf;
    /** Consumes a queue; the handler's promise decides ack, retry or dead-letter (see ConsumeOptions). */
    consume<T = unknown>(queue: QueueRef | string, handler: MessageHandler<T>, options?: ConsumeOptions<T>): Promise<Subscription>;
    /**
     * Consumes in batches (kafkajs's eachBatch): the handler gets up to `batchSize`
     * messages (default 100), or fewer once `maxWaitMs` (default 1000) passed since the
     * first. Resolving acks every message not settled yet; throwing retries or
     * dead-letters each of them; `msg.ack()` / `msg.fail(err)` settle one message alone.
     */
    consumeBatch<T = unknown>(queue: QueueRef | string, handler: BatchHandler<T>, options?: Omit<ConsumeOptions<T>, 'concurrency'> & {
        batchSize?: number;
        maxWaitMs?: number;
    }): Promise<Subscription>;
    /** @internal also used by the patterns, with a label that survives server-named queues. */
    addConsumer<T>(ref: QueueRef, handler: MessageHandler<T>, options: ConsumeOptions<T>, label: string | undefined, onBrokerCancel?: (err: Error) => void): Promise<Subscription>;
    /**
     * Consumes a stream (a queue declared with `stream: true`) from `from` ('first',
     * 'last', 'next' (default), an offset or a Date), or after the offset stored under
     * `offsets.name`; see StreamConsumeOptions and docs/client.md#streams.
     */
    consumeStream<T = unknown>(stream: QueueRef | string, handler: StreamHandler<T>, options?: StreamConsumeOptions<T>): Promise<Subscription>;
    /**
     * An OffsetStore held by the broker: a durable one-message queue per consumer name
     * (`wharf.offsets.<name>`, max-length 1), written with confirms.
     */
    brokerOffsetStore(): OffsetStore;
    /** Whether the broker has `x-delayed-message` (asked once per client, on a separate connection). */
    hasDelayedExchange(): Promise<boolean>;
    /**
     * The messages of a queue as an async iterable: `for await (const msg of
     * client.messages('q'))`. Each message is acked when the loop asks for the next one
     * (or on msg.ack()); msg.fail(err) retries or dead-letters it; leaving the loop
     * requeues an unsettled message. Back-pressure is `prefetch` (default 10). close()
     * ends the loop after its current body.
     */
    messages<T = unknown>(queue: QueueRef | string, options?: Omit<ConsumeOptions<T>, 'concurrency'>): MessageStream<T>;
    /**
     * Takes part in a schedule: each tick of `cron` (UTC) or `every` ms publishes one job
     * (`payload`, message id `<name>@<tick ISO>`, headers SCHEDULE_HEADER) to the queue
     * `queue` (default `name`), once however many workers call this with the same name.
     * The broker holds the schedule (queue `wharf.schedule.<name>`); consume the jobs with
     * consume(). See docs/client.md#scheduled-and-repeatable-jobs.
     */
    schedule<T = unknown>(name: string, options: ScheduleOptions<T>): Promise<Schedule>;
    /** Attaches something the client restores on reconnect; resolves to its stop function. */
    private attachTracked;
    /** Message and consumer counts of a queue (passive declare), or null when it does not exist. */
    queueInfo(queue: string): Promise<QueueInfo | null>;
    /** Removes a queue's ready messages (queue.purge); resolves to how many. */
    purgeQueue(queue: string): Promise<number>;
    /** Deletes a queue (and stops re-declaring it after reconnects); resolves to the messages it held. */
    deleteQueue(queue: string, options?: DeleteQueueOptions): Promise<number>;
    /**
     * Moves messages of a dead-letter queue back to the queues they came from, each
     * published with a confirm before it is acked (see ReplayDeadLettersOptions).
     */
    replayDeadLetters(queue: string, options?: ReplayDeadLettersOptions): Promise<ReplayDeadLettersResult>;
    private readonly runChannel;
    /** Sends a request to `queue` and resolves with the reply (direct reply-to). */
    request<R = unknown>(queue: string, payload: unknown, options?: RequestOptions<R>): Promise<R>;
    /** Answers requests on `queue`: the handler's result (or error) goes back to the requester. */
    respond<Req = unknown, Res = unknown>(queue: string, handler: Responder<Req, Res>, options?: RespondOptions<Req>): Promise<Subscription>;
    /**
     * Graceful close: cancel consumers, let running handlers finish within `deadlineMs`
     * (then requeue what they hold), wait for publish confirms in the time left, close.
     */
    close(options?: {
        deadlineMs?: number;
    }): Promise<void>;
    private doClose;
    /** Closes the client on SIGTERM/SIGINT (see SignalShutdownOptions); returns a function that removes the handlers. */
    shutdownOnSignals(options?: SignalShutdownOptions): () => void;
}
/** Connects to the first reachable URL and resolves with a Client once the connection is open. */
export declare function connect(url: string | string[], options?: ClientOptions): Promise<Client>;
