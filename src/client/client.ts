// The Client: one reconnecting connection with its confirm-channel publisher, consumers,
// request-reply and remembered topology. This file only wires the parts together and
// fills in defaults; each part lives in its own module.
import { randomUUID } from 'node:crypto';
import type { ChannelModel } from 'amqplib';
import { ConnectionManager, DEFAULT_RECONNECT, type ReconnectOptions } from './connection.js';
import { Consumer, type ConsumeOptions, type MessageHandler, type ConsumerSettings } from './consumer.js';
import {
  type ChannelRunner,
  deleteQueue,
  type DeleteQueueOptions,
  purgeQueue,
  queueInfo,
  type QueueInfo,
} from './admin.js';
import {
  replayDeadLetters,
  type ReplayDeadLettersOptions,
  type ReplayDeadLettersResult,
} from './dead-letter-replay.js';
import { checkDelay, type DelayStrategy, DelayRouter } from './delayed-publish.js';
import { buildProperties, encodeBody } from './envelope.js';
import { asError, ClientClosedError } from './errors.js';
import { type ClientEvents, TypedEmitter } from './events.js';
import { Batcher, type BatchHandler } from './batch.js';
import { MessageStream } from './message-stream.js';
import { ClientMetrics } from './metrics.js';
import { Publisher } from './publisher.js';
import { HandlerScope } from './handler-scope.js';
import { loadOtelApi, Telemetry } from './otel.js';
import { loadPromClient, type PromRegistry, PromSink } from './prom-bridge.js';
import { BrokerOffsetStore } from './streams/broker-offset-store.js';
import type { OffsetStore } from './streams/offset-store.js';
import { StreamConsumer, type StreamConsumeOptions, type StreamHandler } from './streams/stream-consumer.js';
import { rateLimiter } from './rate-limit.js';
import {
  checkHoldMs,
  SCHEDULE_HEADER,
  type Schedule,
  type ScheduleOptions,
  scheduleQueueName,
  tickMessageId,
  ticksOf,
} from './schedule/schedule.js';
import { Ticker } from './schedule/ticker.js';
import {
  OrderedQueues,
  PubSub,
  TopicExchange,
  WorkQueue,
  type OrderedQueuesOptions,
  type WorkQueueOptions,
} from './patterns.js';
import { brokerHasDelayedExchange, DEFAULT_RETRY, RetryRoute, type RetryOptions } from './retry.js';
import { replyFor, type RequestOptions, RpcClient } from './rpc.js';
import { type StandardSchemaV1, validate } from './schema.js';
import { installSignalShutdown, type SignalShutdownOptions } from './shutdown.js';
import {
  type ExchangeOptions,
  type ExchangeType,
  type QueueOptions,
  QueueRef,
  Topology,
} from './topology.js';
import { childOf, fromIds, newTrace, type TraceContext, TraceScope } from './tracing.js';
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
  cancel(options?: { deadlineMs?: number }): Promise<void>;
  /** Stops deliveries (basic.cancel), hands back those not started; running handlers finish. Kept across reconnects. */
  pause(): Promise<void>;
  /** Consumes again after pause(). */
  resume(): Promise<void>;
  /** True between pause() and resume(). */
  readonly paused: boolean;
}

export interface RespondOptions<Req> extends Pick<
  ConsumeOptions<Req>,
  'prefetch' | 'concurrency' | 'schema'
> {
  /** Declare the request queue (durable) first. Default true. */
  declare?: boolean;
}

export type Responder<Req, Res> = (
  message: Envelope<Req>,
  ctx: Parameters<MessageHandler<Req>>[1],
) => Res | Promise<Res>;

const NO_SERVER = { address: () => '', port: () => 0 };
/** instrumentation scope version of the tracer */
const SDK_VERSION = '0.1.0';

/** What the client restores on reconnect and stops on close: queue and stream consumers. */
interface Attached {
  readonly queue: QueueRef;
  attach(conn: ChannelModel): Promise<void>;
  cancel(): Promise<void>;
  idle(timeoutMs: number): Promise<boolean>;
  abandon(): number;
  stopChannel(): Promise<void>;
}

export class Client implements PublisherContract {
  readonly metrics = new ClientMetrics();
  private readonly events = new TypedEmitter();
  private readonly tracing = new TraceScope();
  private telemetry = new Telemetry(undefined, NO_SERVER, '');
  private readonly scope = new HandlerScope(this.tracing, () => this.telemetry);
  private readonly options: ClientOptions;
  private readonly connection: ConnectionManager;
  private readonly topology: Topology;
  private readonly publisher: Publisher;
  private readonly rpc: RpcClient;
  private readonly consumers = new Set<Attached>();
  private readonly streams = new Set<MessageStream<unknown>>();
  private delayedExchange: Promise<boolean> | undefined;
  private readonly delays: DelayRouter;
  private closing: Promise<void> | undefined;
  private closed = false;

  /** Use connect(); the constructor does not connect. */
  constructor(urls: string[], options: ClientOptions = {}) {
    if (urls.length === 0) throw new Error('connect: no URL given');
    this.options = options;
    this.connection = new ConnectionManager(
      {
        urls,
        reconnect: options.reconnect === false ? false : { ...DEFAULT_RECONNECT, ...options.reconnect },
        initialAttempts: options.initialAttempts ?? 5,
        heartbeatSeconds: options.heartbeatSeconds ?? 10,
        connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
        ...(options.connectionName ? { connectionName: options.connectionName } : {}),
      },
      this.events,
    );
    this.topology = new Topology(this.connection, this.events);
    const delayStrategy = options.delayStrategy ?? 'auto';
    this.delays = new DelayRouter(
      async () =>
        delayStrategy !== 'auto'
          ? delayStrategy
          : (await this.hasDelayedExchange())
            ? 'delayed-exchange'
            : 'ttl-queues',
      (fn) => this.topology.withChannel(fn),
    );
    this.publisher = new Publisher(
      {
        maxInFlight: options.maxInFlight ?? 1000,
        publishTimeoutMs: options.publishTimeoutMs ?? 30_000,
        republishOnReconnect: options.republishOnReconnect ?? true,
      },
      this.events,
      this.metrics,
    );
    this.rpc = new RpcClient(this.events, this.tracing, () => this.connection.whenOpen());
    // Order matters: declarations first, then publishes resume, then request-reply and consumers.
    this.connection.onRestore((conn, reconnect) =>
      reconnect ? this.topology.restore(conn) : Promise.resolve(),
    );
    this.connection.onRestore((conn) => this.publisher.attach(conn));
    this.connection.onRestore((conn) => this.rpc.restore(conn));
    this.connection.onRestore(async (conn) => {
      for (const c of this.consumers) {
        try {
          await c.attach(conn);
        } catch (err) {
          if (this.connection.isLost(conn)) throw err;
          this.events.emit(
            'error',
            new Error(`re-attaching the consumer of '${c.queue.name}' failed: ${asError(err).message}`),
          );
        }
      }
    });
    this.connection.onLost(() => {
      this.publisher.detach();
      this.rpc.detach();
    });
    this.events.on('reconnecting', () => this.metrics.inc('reconnects_total'));
    this.events.on('returned', () => this.metrics.inc('returned_total'));
  }

  /** @internal connect() calls this. */
  async start(): Promise<void> {
    if (this.options.metricsRegistry)
      this.metrics.sink = new PromSink(await loadPromClient(), this.options.metricsRegistry);
    if (this.options.openTelemetry !== false) {
      const api = await loadOtelApi();
      if (api) this.telemetry = new Telemetry(api, this.serverOf(), SDK_VERSION);
    }
    await this.connection.start();
  }

  on<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this {
    this.events.on(event, listener);
    return this;
  }

  once<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this {
    this.events.once(event, listener);
    return this;
  }

  off<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this {
    this.events.off(event, listener);
    return this;
  }

  /** server.address / server.port of the current connection, for span attributes (parsed once per URL). */
  private serverOf(): { address: () => string; port: () => number } {
    let url = '';
    let parsed = { address: '', port: 0 };
    const current = () => {
      const now = this.connection.currentUrl;
      if (now !== url) {
        url = now;
        try {
          const u = new URL(now);
          parsed = { address: u.hostname, port: Number(u.port || (u.protocol === 'amqps:' ? 5671 : 5672)) };
        } catch {
          parsed = { address: '', port: 0 };
        }
      }
      return parsed;
    };
    return { address: () => current().address, port: () => current().port };
  }

  /** True while a connection is open. */
  get connected(): boolean {
    return this.connection.isOpen;
  }

  /** URL of the current connection, credentials removed ('' while disconnected before the first connect). */
  get url(): string {
    return this.connection.currentUrl;
  }

  /** True while the broker blocks publishing on this connection (connection.blocked). */
  get blocked(): boolean {
    return this.connection.blocked;
  }

  /** Publishes waiting or awaiting a confirm. */
  get pendingPublishes(): number {
    return this.publisher.pending;
  }

  /** The trace context of the handler running in this async flow, if any. */
  currentTrace(): TraceContext | undefined {
    return this.tracing.current();
  }

  // ---- publishing -------------------------------------------------------------------

  /**
   * Publishes and resolves once the broker confirmed. Rejects with PublishError
   * (nack, unroutable, closed, timeout) or SchemaValidationError.
   */
  async publish<T = unknown>(
    exchange: string,
    routingKey: string,
    payload: T,
    options: ClientPublishOptions<T> = {},
  ): Promise<void> {
    // While close() drains, handlers may still publish; the publisher refuses once it is closed.
    if (this.closed) throw new ClientClosedError();
    let value: unknown = payload;
    if (options.schema) value = await validate(options.schema, payload, 'payload');
    const delay = options.delay === undefined ? undefined : checkDelay(options.delay);
    if (delay !== undefined && options.expirationMs !== undefined)
      throw new RangeError(
        'delay and expirationMs cannot be combined (a wait queue would use the expiration)',
      );
    const { body, contentType } = encodeBody(value, options.contentType);
    const messageId = options.messageId ?? randomUUID();
    const span = this.telemetry.publishSpan({
      exchange,
      routingKey,
      messageId,
      correlationId: options.correlationId,
      bodySize: body.length,
    });
    try {
      const parent = this.tracing.current();
      const trace = span.ids ? fromIds(span.ids, parent?.spanId) : parent ? childOf(parent) : newTrace();
      const props = buildProperties({ ...options, messageId }, contentType, trace);
      if (delay === undefined) {
        await this.publisher.send(exchange, routingKey, body, props);
        return;
      }
      const route = await this.delays.route(exchange, routingKey, delay);
      props.headers = { ...props.headers, ...route.headers };
      props.mandatory = false;
      await this.publisher.send(route.exchange, route.routingKey, body, props);
    } catch (err) {
      span.fail(err);
      throw err;
    } finally {
      span.end();
    }
  }

  /** Publishes many at once (all in flight together, within maxInFlight); one settled result per item, in order. */
  publishMany(items: PublishItem[]): Promise<PromiseSettledResult<void>[]> {
    return Promise.allSettled(items.map((i) => this.publish(i.exchange, i.routingKey, i.payload, i.options)));
  }

  // ---- declarations -----------------------------------------------------------------

  /** Declares an exchange now and again after each reconnect. */
  async declareExchange(name: string, type: ExchangeType, options: ExchangeOptions = {}): Promise<void> {
    await this.topology.exchange(name, type, options);
  }

  /** Declares a queue now and again after each reconnect; '' for a server-named one. */
  declareQueue(name: string, options: QueueOptions = {}): Promise<QueueRef> {
    return this.topology.queue(name, options);
  }

  /** Binds a queue now and again after each reconnect. */
  async bindQueue(
    queue: QueueRef | string,
    exchange: string,
    pattern = '',
    args?: Record<string, unknown>,
  ): Promise<void> {
    await this.topology.bind(this.refOf(queue), exchange, pattern, args);
  }

  /** A durable work queue (competing consumers), optionally with priorities or a single active consumer. */
  async workQueue(name: string, options: WorkQueueOptions = {}): Promise<WorkQueue> {
    return new WorkQueue(this, await this.declareQueue(name, options));
  }

  /** A fanout exchange: every subscriber gets every message. */
  async pubsub(exchange: string, options: ExchangeOptions = {}): Promise<PubSub> {
    await this.declareExchange(exchange, 'fanout', options);
    return new PubSub(this, exchange);
  }

  /** A topic exchange: subscribers bind with patterns such as `orders.*` or `#.payment`. */
  async topic(exchange: string, options: ExchangeOptions = {}): Promise<TopicExchange> {
    await this.declareExchange(exchange, 'topic', options);
    return new TopicExchange(this, exchange);
  }

  /** N partition queues with single active consumers; a key always goes to the same one. */
  async orderedQueues(name: string, options: OrderedQueuesOptions): Promise<OrderedQueues> {
    const refs: QueueRef[] = [];
    for (let i = 0; i < options.partitions; i++) {
      refs.push(
        await this.declareQueue(OrderedQueues.partitionName(name, i), {
          ...options.queue,
          singleActiveConsumer: true,
        }),
      );
    }
    return new OrderedQueues(this, name, refs);
  }

  private refOf(queue: QueueRef | string): QueueRef {
    if (queue instanceof QueueRef) return queue;
    // A queue declared elsewhere is consumed as it is; the client does not declare it.
    return new QueueRef(queue, {});
  }

  // ---- consuming --------------------------------------------------------------------

  /** Consumes a queue; the handler's promise decides ack, retry or dead-letter (see ConsumeOptions). */
  async consume<T = unknown>(
    queue: QueueRef | string,
    handler: MessageHandler<T>,
    options: ConsumeOptions<T> = {},
  ): Promise<Subscription> {
    return this.addConsumer(this.refOf(queue), handler, options, undefined);
  }

  /**
   * Consumes in batches (kafkajs's eachBatch): the handler gets up to `batchSize`
   * messages (default 100), or fewer once `maxWaitMs` (default 1000) passed since the
   * first. Resolving acks every message not settled yet; throwing retries or
   * dead-letters each of them; `msg.ack()` / `msg.fail(err)` settle one message alone.
   */
  async consumeBatch<T = unknown>(
    queue: QueueRef | string,
    handler: BatchHandler<T>,
    options: Omit<ConsumeOptions<T>, 'concurrency'> & { batchSize?: number; maxWaitMs?: number } = {},
  ): Promise<Subscription> {
    const { batchSize = 100, maxWaitMs = 1000, ...consume } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new RangeError('batchSize must be a positive integer');
    if (!(maxWaitMs >= 0)) throw new RangeError('maxWaitMs must be a number of milliseconds');
    const batcher = new Batcher<T>(batchSize, maxWaitMs, handler, (e) => this.events.emit('error', e));
    return this.addConsumer(
      this.refOf(queue),
      batcher.handle,
      { prefetch: batchSize * 2, ...consume, concurrency: batchSize },
      undefined,
    );
  }

  /** @internal also used by the patterns, with a label that survives server-named queues. */
  async addConsumer<T>(
    ref: QueueRef,
    handler: MessageHandler<T>,
    options: ConsumeOptions<T>,
    label: string | undefined,
    onBrokerCancel?: (err: Error) => void,
  ): Promise<Subscription> {
    if (this.closing) throw new ClientClosedError();
    const concurrency = Math.max(1, options.concurrency ?? 1);
    // A dead-letter queue (the SDK names them `<queue>.dlq`) is consumed to inspect or
    // repair what failed: no retry queues and no `<queue>.dlq.dlq` unless asked for, and
    // a handler that throws leaves the message where it is.
    const isDeadLetterQueue = (label ?? ref.requested).endsWith('.dlq');
    const retry = options.retry ?? (isDeadLetterQueue ? false : undefined);
    const retryOptions: RetryOptions | undefined =
      retry === false ? undefined : { ...DEFAULT_RETRY, ...retry };
    let route: RetryRoute | undefined;
    if (retryOptions && retryOptions.maxAttempts > 1) {
      let strategy = retryOptions.strategy;
      if (strategy === 'auto')
        strategy = (await this.hasDelayedExchange()) ? 'delayed-exchange' : 'ttl-queues';
      route = new RetryRoute(strategy, ref, retryOptions);
    }
    const settings: ConsumerSettings<T> = {
      prefetch: options.prefetch ?? Math.max(10, concurrency * 2),
      concurrency,
      schema: options.schema,
      retry: route,
      maxAttempts: retryOptions?.maxAttempts ?? 1,
      deadLetterQueue:
        options.deadLetterQueue === false
          ? false
          : (options.deadLetterQueue ??
            (isDeadLetterQueue
              ? null
              : `${label ?? (ref.serverNamed ? 'wharf.unnamed' : ref.requested)}.dlq`)),
      dedup: options.dedup,
      dedupTtlSeconds: positiveSeconds('dedupTtlSeconds', options.dedupTtlSeconds ?? 86_400),
      dedupLeaseSeconds: positiveSeconds('dedupLeaseSeconds', options.dedupLeaseSeconds ?? 60),
      exclusive: options.exclusive ?? false,
      priority: options.priority,
      label: label ?? ref.requested,
      rateLimiter: options.rateLimit ? rateLimiter(options.rateLimit, this.publisher) : undefined,
      onBrokerCancel,
    };
    const consumer = new Consumer<T>(
      {
        events: this.events,
        metrics: this.metrics,
        publisher: this.publisher,
        runHandler: (msg, queue, attempt, signal, fn) => this.scope.run(msg, queue, attempt, signal, fn),
        isLost: (c) => this.connection.isLost(c),
      },
      ref,
      handler,
      settings,
    );
    const stop = await this.attachTracked(consumer);
    return {
      get queue() {
        return ref.name;
      },
      get paused() {
        return consumer.isPaused;
      },
      pause: () => consumer.pause(),
      resume: () => consumer.resume(),
      cancel: async (o) => {
        await stop(o);
        if (ref.exclusive) this.topology.forget(ref);
      },
    };
  }

  /**
   * Consumes a stream (a queue declared with `stream: true`) from `from` ('first',
   * 'last', 'next' (default), an offset or a Date), or after the offset stored under
   * `offsets.name`; see StreamConsumeOptions and docs/client.md#streams.
   */
  async consumeStream<T = unknown>(
    stream: QueueRef | string,
    handler: StreamHandler<T>,
    options: StreamConsumeOptions<T> = {},
  ): Promise<Subscription> {
    if (this.closing) throw new ClientClosedError();
    const ref = this.refOf(stream);
    const consumer = new StreamConsumer<T>(
      {
        events: this.events,
        metrics: this.metrics,
        publisher: this.publisher,
        runHandler: (msg, queue, attempt, signal, fn) => this.scope.run(msg, queue, attempt, signal, fn),
      },
      ref,
      handler,
      options,
    );
    const cancel = await this.attachTracked(consumer);
    return {
      get queue() {
        return ref.name;
      },
      get paused() {
        return consumer.isPaused;
      },
      pause: () => consumer.pause(),
      resume: () => consumer.resume(),
      cancel,
    };
  }

  /**
   * An OffsetStore held by the broker: a durable one-message queue per consumer name
   * (`wharf.offsets.<name>`, max-length 1), written with confirms.
   */
  brokerOffsetStore(): OffsetStore {
    return new BrokerOffsetStore({
      withChannel: (fn) => this.topology.withChannel(fn),
      publish: (queue, offset) =>
        this.publisher.send('', queue, Buffer.from(String(offset)), {
          messageId: `${queue}:${offset}`,
          persistent: true,
          mandatory: true,
          contentType: 'text/plain',
        }),
    });
  }

  /** Whether the broker has `x-delayed-message` (asked once per client, on a separate connection). */
  hasDelayedExchange(): Promise<boolean> {
    this.delayedExchange ??= this.connection
      .whenOpen()
      .then(() => brokerHasDelayedExchange(this.connection.rawUrl));
    return this.delayedExchange;
  }

  /**
   * The messages of a queue as an async iterable: `for await (const msg of
   * client.messages('q'))`. Each message is acked when the loop asks for the next one
   * (or on msg.ack()); msg.fail(err) retries or dead-letters it; leaving the loop
   * requeues an unsettled message. Back-pressure is `prefetch` (default 10). close()
   * ends the loop after its current body.
   */
  messages<T = unknown>(
    queue: QueueRef | string,
    options: Omit<ConsumeOptions<T>, 'concurrency'> = {},
  ): MessageStream<T> {
    const stream: MessageStream<T> = new MessageStream<T>(
      (handler, onCancelled) => {
        if (this.closing) return Promise.reject(new ClientClosedError());
        const ref = this.refOf(queue);
        return this.addConsumer(ref, handler, { ...options, concurrency: 1 }, undefined, onCancelled);
      },
      () => this.streams.delete(stream as MessageStream<unknown>),
    );
    this.streams.add(stream as MessageStream<unknown>);
    return stream;
  }

  // ---- schedules ----------------------------------------------------------------------

  /**
   * Takes part in a schedule: each tick of `cron` (UTC) or `every` ms publishes one job
   * (`payload`, message id `<name>@<tick ISO>`, headers SCHEDULE_HEADER) to the queue
   * `queue` (default `name`), once however many workers call this with the same name.
   * The broker holds the schedule (queue `wharf.schedule.<name>`); consume the jobs with
   * consume(). See docs/client.md#scheduled-and-repeatable-jobs.
   */
  async schedule<T = unknown>(name: string, options: ScheduleOptions<T>): Promise<Schedule> {
    if (this.closing) throw new ClientClosedError();
    if (!name) throw new TypeError('schedule: a name is needed');
    const ticks = ticksOf(options);
    const holdMs = checkHoldMs(options.holdMs ?? 60_000);
    const target =
      options.queue instanceof QueueRef ? options.queue : await this.declareQueue(options.queue ?? name, {});
    const ref = await this.declareQueue(scheduleQueueName(name), {
      durable: true,
      singleActiveConsumer: true,
    });
    const payload = options.payload ?? null;
    const ticker = new Ticker(
      {
        events: this.events,
        publishJob: (tick) => {
          const at = new Date(tick).toISOString();
          return this.publish('', target.name, payload, {
            messageId: tickMessageId(name, tick),
            headers: { [SCHEDULE_HEADER.name]: name, [SCHEDULE_HEADER.tick]: at },
            persistent: true,
          });
        },
        publishCursor: (cursor) =>
          this.publisher.send('', ref.name, Buffer.from(JSON.stringify(cursor)), {
            messageId: randomUUID(),
            persistent: true,
            mandatory: true,
            contentType: 'application/json',
          }),
      },
      ref,
      ticks,
      holdMs,
    );
    const stop = await this.attachTracked(ticker);
    return {
      name,
      get queue() {
        return target.name;
      },
      nextTick: (after = new Date()) => {
        const t = ticks.after(after.getTime());
        return t === undefined ? undefined : new Date(t);
      },
      stop,
      remove: async () => {
        await stop();
        await this.deleteQueue(ref.name);
      },
    };
  }

  /** Attaches something the client restores on reconnect; resolves to its stop function. */
  private async attachTracked(item: Attached): Promise<(o?: { deadlineMs?: number }) => Promise<void>> {
    const conn = await this.connection.whenOpen();
    this.consumers.add(item);
    try {
      await item.attach(conn);
    } catch (err) {
      // A lost connection re-attaches it on reconnect; anything else is the caller's error.
      if (!this.connection.isLost(conn)) {
        this.consumers.delete(item);
        await item.stopChannel();
        throw err;
      }
    }
    return async ({ deadlineMs = 10_000 } = {}) => {
      await item.cancel();
      if (!(await item.idle(deadlineMs))) item.abandon();
      await item.stopChannel();
      this.consumers.delete(item);
    };
  }

  // ---- administration -----------------------------------------------------------------

  /** Message and consumer counts of a queue (passive declare), or null when it does not exist. */
  queueInfo(queue: string): Promise<QueueInfo | null> {
    return queueInfo(this.runChannel, queue);
  }

  /** Removes a queue's ready messages (queue.purge); resolves to how many. */
  purgeQueue(queue: string): Promise<number> {
    return purgeQueue(this.runChannel, queue);
  }

  /** Deletes a queue (and stops re-declaring it after reconnects); resolves to the messages it held. */
  async deleteQueue(queue: string, options: DeleteQueueOptions = {}): Promise<number> {
    const n = await deleteQueue(this.runChannel, queue, options);
    this.topology.forgetName(queue);
    return n;
  }

  /**
   * Moves messages of a dead-letter queue back to the queues they came from, each
   * published with a confirm before it is acked (see ReplayDeadLettersOptions).
   */
  replayDeadLetters(queue: string, options: ReplayDeadLettersOptions = {}): Promise<ReplayDeadLettersResult> {
    if (this.closing) return Promise.reject(new ClientClosedError());
    return this.topology.withChannel((ch) => replayDeadLetters(ch, this.publisher, queue, options));
  }

  private readonly runChannel: ChannelRunner = (fn) => this.topology.withChannel(fn);

  // ---- request-reply ----------------------------------------------------------------

  /** Sends a request to `queue` and resolves with the reply (direct reply-to). */
  request<R = unknown>(queue: string, payload: unknown, options: RequestOptions<R> = {}): Promise<R> {
    if (this.closing) return Promise.reject(new ClientClosedError());
    return this.rpc.request<R>(queue, payload, options);
  }

  /** Answers requests on `queue`: the handler's result (or error) goes back to the requester. */
  async respond<Req = unknown, Res = unknown>(
    queue: string,
    handler: Responder<Req, Res>,
    options: RespondOptions<Req> = {},
  ): Promise<Subscription> {
    const ref = options.declare === false ? this.refOf(queue) : await this.declareQueue(queue, {});
    const wrapped: MessageHandler<Req> = async (message, ctx) => {
      let result: { ok: true; value: unknown } | { ok: false; error: unknown };
      try {
        result = { ok: true, value: await handler(message, ctx) };
      } catch (error) {
        result = { ok: false, error };
      }
      if (!message.replyTo) return; // a request nobody waits for
      const reply = replyFor(result);
      await this.publish('', message.replyTo, reply.payload, {
        ...(message.correlationId !== undefined ? { correlationId: message.correlationId } : {}),
        headers: reply.headers,
        persistent: false,
        // The requester may have gone: a lost reply is not the responder's failure.
        mandatory: false,
      });
    };
    const consumeOptions: ConsumeOptions<Req> = {
      retry: false,
      deadLetterQueue: false,
      concurrency: options.concurrency ?? 1,
    };
    if (options.prefetch !== undefined) consumeOptions.prefetch = options.prefetch;
    if (options.schema) consumeOptions.schema = options.schema;
    return this.addConsumer(ref, wrapped, consumeOptions, undefined);
  }

  // ---- shutdown ---------------------------------------------------------------------

  /**
   * Graceful close: cancel consumers, let running handlers finish within `deadlineMs`
   * (then requeue what they hold), wait for publish confirms in the time left, close.
   */
  close(options: { deadlineMs?: number } = {}): Promise<void> {
    this.closing ??= this.doClose(options.deadlineMs ?? 10_000);
    return this.closing;
  }

  private async doClose(deadlineMs: number): Promise<void> {
    const deadline = Date.now() + deadlineMs;
    const left = () => Math.max(0, deadline - Date.now());
    for (const s of this.streams) s.end();
    this.streams.clear();
    const consumers = [...this.consumers];
    await Promise.all(consumers.map((c) => c.cancel()));
    const idle = await Promise.all(consumers.map((c) => c.idle(left())));
    if (idle.some((ok) => !ok)) for (const c of consumers) c.abandon();
    await this.publisher.drain(left());
    await this.rpc.close();
    await this.publisher.close();
    for (const c of consumers) await c.stopChannel();
    this.consumers.clear();
    await this.connection.close();
    this.closed = true;
    this.events.emit('closed');
  }

  /** Closes the client on SIGTERM/SIGINT (see SignalShutdownOptions); returns a function that removes the handlers. */
  shutdownOnSignals(options: SignalShutdownOptions = {}): () => void {
    return installSignalShutdown((o) => this.close(o), options);
  }
}

/** Connects to the first reachable URL and resolves with a Client once the connection is open. */
export async function connect(url: string | string[], options: ClientOptions = {}): Promise<Client> {
  const client = new Client(Array.isArray(url) ? url : [url], options);
  await client.start();
  return client;
}

/** A dedup duration option, checked at consume() rather than on every claim. */
function positiveSeconds(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite number of seconds, got ${String(value)}`);
  }
  return value;
}
