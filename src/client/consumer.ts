// One consumer of one queue: its own channel (prefetch and a channel error stay its
// own), a local buffer, at most `concurrency` handlers at once, and exactly one outcome
// per delivery, taken only after the handler settled:
// - resolved: ack;
// - PermanentError, undecodable or schema-invalid payload: a copy with x-failure-* headers
//   goes to the dead-letter queue (confirmed), then ack;
// - any other error: a copy with x-attempt + 1 is parked for its backoff (retry.ts),
//   confirmed, then ack; after maxAttempts it is dead-lettered instead;
// - a duplicate (dedup store says the id was claimed): ack without running the handler.
// Copy-then-ack means a crash in between delivers the message twice, never zero times.
import { randomUUID } from 'node:crypto';
import type { Channel, ChannelModel, ConsumeMessage, Options } from 'amqplib';
import { attemptOf, PayloadDecodeError, republishProperties, toEnvelope } from './envelope.js';
import { asError, isPermanent } from './errors.js';
import type { HandlerOutcome, TypedEmitter } from './events.js';
import type { ClientMetrics } from './metrics.js';
import type { Publisher } from './publisher.js';
import type { RetryOptions, RetryRoute } from './retry.js';
import { SchemaValidationError, type StandardSchemaV1, validate } from './schema.js';
import type { QueueRef } from './topology.js';
import { childOf, newTrace, parseTraceparent, type TraceContext, type TraceScope } from './tracing.js';
import { type DedupStore, type Envelope, HEADER } from './types.js';

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
  /** Queue for dead letters (declared durable). Default `<queue>.dlq`; false: nack without requeue (the queue's own DLX, if any, takes it). */
  deadLetterQueue?: string | false;
  /** Claim each message id before the handler; duplicates are acked unprocessed. */
  dedup?: DedupStore;
  /** How long a claim lasts. Default 86400 (one day). */
  dedupTtlSeconds?: number;
  /** Exclusive consumer (basic.consume exclusive). */
  exclusive?: boolean;
  /** Consumer priority (`x-priority`). */
  priority?: number;
}

export interface ConsumerDeps {
  events: TypedEmitter;
  metrics: ClientMetrics;
  publisher: Publisher;
  tracing: TraceScope;
  isLost(conn: ChannelModel): boolean;
}

export interface ConsumerSettings<T> {
  prefetch: number;
  concurrency: number;
  schema: StandardSchemaV1<unknown, T> | undefined;
  retry: RetryRoute | undefined;
  maxAttempts: number;
  deadLetterQueue: string | false;
  dedup: DedupStore | undefined;
  dedupTtlSeconds: number;
  exclusive: boolean;
  priority: number | undefined;
  /** Metrics label (stable across reconnects, unlike a server-named queue's name). */
  label: string;
}

interface Delivery {
  ch: Channel;
  msg: ConsumeMessage;
  settled: boolean;
}

const MAX_FAILURE_MESSAGE = 1024;

export class Consumer<T> {
  private ch: Channel | undefined;
  private tag: string | undefined;
  private buffer: Delivery[] = [];
  private readonly running = new Set<Delivery>();
  private cancelled = false;
  private idleWaiters: (() => void)[] = [];
  private readonly shutdown = new AbortController();

  constructor(
    private readonly deps: ConsumerDeps,
    readonly queue: QueueRef,
    private readonly handler: MessageHandler<T>,
    private readonly s: ConsumerSettings<T>,
  ) {}

  get active(): boolean {
    return !this.cancelled;
  }

  /** Restore hook: a channel, the dead-letter and retry queues, prefetch, basic.consume. */
  async attach(conn: ChannelModel): Promise<void> {
    if (this.cancelled) return;
    const ch = await conn.createChannel();
    ch.on('error', (err: Error) =>
      this.deps.events.emit('error', new Error(`consumer of '${this.queue.name}': ${err.message}`)),
    );
    ch.on('close', () => {
      if (this.ch === ch) this.ch = undefined;
      // Buffered deliveries of a closed channel come back from the broker on their own.
      this.buffer = this.buffer.filter((d) => d.ch !== ch);
    });
    if (this.s.deadLetterQueue) await ch.assertQueue(this.s.deadLetterQueue, { durable: true });
    if (this.s.retry) await this.s.retry.declare(ch);
    await ch.prefetch(this.s.prefetch);
    const options: Options.Consume = { noAck: false, exclusive: this.s.exclusive };
    if (this.s.priority !== undefined) options.arguments = { 'x-priority': this.s.priority };
    const ok = await ch.consume(this.queue.name, (msg) => this.onMessage(ch, msg), options);
    this.ch = ch;
    this.tag = ok.consumerTag;
    if (this.cancelled) await this.stopChannel();
  }

  private onMessage(ch: Channel, msg: ConsumeMessage | null): void {
    if (msg === null) {
      // basic.cancel from the broker: the queue was deleted (or a failover).
      if (this.ch === ch) this.ch = undefined;
      this.deps.events.emit('error', new Error(`the broker cancelled the consumer of '${this.queue.name}'`));
      return;
    }
    const d: Delivery = { ch, msg, settled: false };
    if (this.cancelled) {
      this.settle(d, 'requeue');
      return;
    }
    this.buffer.push(d);
    this.pump();
  }

  private pump(): void {
    while (this.running.size < this.s.concurrency && this.buffer.length > 0 && !this.cancelled) {
      const d = this.buffer.shift()!;
      this.running.add(d);
      void this.process(d).finally(() => {
        this.running.delete(d);
        if (this.running.size === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const w of waiters) w();
        }
        this.pump();
      });
    }
  }

  private async process(d: Delivery): Promise<void> {
    const { msg } = d;
    const headers = (msg.properties.headers ?? {}) as Record<string, unknown>;
    const attempt = attemptOf(headers);
    const id = msg.properties.messageId === undefined ? '' : String(msg.properties.messageId);
    let outcome: HandlerOutcome = 'requeue';
    let error: Error | undefined;
    let durationMs = 0;
    try {
      let env: Envelope<T>;
      try {
        env = toEnvelope(msg) as Envelope<T>;
        if (this.s.schema)
          env.payload = await validate(this.s.schema, env.payload, `message '${id}' on '${this.queue.name}'`);
      } catch (err) {
        if (!(err instanceof PayloadDecodeError || err instanceof SchemaValidationError)) throw err;
        error = err;
        outcome = await this.deadLetter(d, 'invalid-payload', err, attempt);
        return;
      }
      const dedup = this.s.dedup && id ? this.s.dedup : undefined;
      let claimed = false;
      try {
        if (dedup) {
          if (!(await dedup.claim(id, this.s.dedupTtlSeconds))) {
            outcome = this.settle(d, 'ack') ? 'duplicate' : 'requeue';
            return;
          }
          claimed = true;
        }
        const parent = parseTraceparent(headers[HEADER.traceparent], headers[HEADER.tracestate]);
        const trace = parent ? childOf(parent) : newTrace();
        const ctx: MessageContext = { queue: this.queue.name, attempt, trace, signal: this.shutdown.signal };
        const started = performance.now();
        try {
          await this.deps.tracing.run(trace, () => this.handler(env, ctx));
        } finally {
          durationMs = performance.now() - started;
          this.deps.metrics.observe('handler_duration_ms', { queue: this.s.label }, durationMs);
        }
        outcome = this.settle(d, 'ack') ? 'ack' : 'requeue';
      } catch (err) {
        error = asError(err);
        if (claimed) {
          // The message will be seen again (retry or replay): it must not look like a duplicate then.
          await dedup!.release(id).catch((e: unknown) => this.deps.events.emit('error', asError(e)));
        }
        outcome = await this.fail(d, attempt, error);
      }
    } catch (err) {
      // Only the SDK's own steps land here (e.g. a dedup store outage in release()).
      error = asError(err);
      this.deps.events.emit('error', error);
      this.settle(d, 'requeue');
      outcome = 'requeue';
    } finally {
      const o = outcome;
      this.deps.metrics.inc('messages_handled_total', { queue: this.s.label, outcome: o });
      this.deps.events.emit('handled', {
        queue: this.queue.name,
        messageId: id,
        outcome: o,
        durationMs,
        attempt,
        ...(error ? { error } : {}),
      });
    }
  }

  private async fail(d: Delivery, attempt: number, err: Error): Promise<HandlerOutcome> {
    if (isPermanent(err)) return this.deadLetter(d, 'permanent', err, attempt);
    if (this.s.retry && attempt < this.s.maxAttempts) return this.retry(d, attempt, err);
    return this.deadLetter(d, 'max-attempts', err, attempt);
  }

  private async retry(d: Delivery, attempt: number, err: Error): Promise<HandlerOutcome> {
    const target = this.s.retry!.target(attempt);
    const props = republishProperties(d.msg, { ...target.headers, [HEADER.attempt]: attempt + 1 });
    if (target.expiration !== undefined) props.expiration = target.expiration;
    props.mandatory = target.mandatory;
    try {
      await this.deps.publisher.send(target.exchange, target.routingKey, d.msg.content, withId(props));
    } catch (publishErr) {
      this.deps.events.emit(
        'error',
        new Error(
          `retry of '${this.queue.name}' message failed (${asError(publishErr).message}); requeued. Handler error: ${err.message}`,
        ),
      );
      this.settle(d, 'requeue');
      return 'requeue';
    }
    this.deps.metrics.inc('retries_total', { queue: this.s.label });
    return this.settle(d, 'ack') ? 'retry' : 'requeue';
  }

  private async deadLetter(
    d: Delivery,
    reason: FailureReason,
    err: Error,
    attempt: number,
  ): Promise<HandlerOutcome> {
    this.deps.metrics.inc('dead_letters_total', { queue: this.s.label, reason });
    if (this.s.deadLetterQueue === false) {
      return this.settle(d, 'reject') ? 'dead-letter' : 'requeue';
    }
    const props = republishProperties(d.msg, {
      [HEADER.failureReason]: reason,
      [HEADER.failureMessage]: err.message.slice(0, MAX_FAILURE_MESSAGE),
      [HEADER.originalQueue]: this.queue.name,
      [HEADER.attempt]: attempt,
    });
    try {
      await this.deps.publisher.send('', this.s.deadLetterQueue, d.msg.content, withId(props));
    } catch (publishErr) {
      this.deps.events.emit(
        'error',
        new Error(
          `dead-lettering a '${this.queue.name}' message failed (${asError(publishErr).message}); requeued`,
        ),
      );
      this.settle(d, 'requeue');
      return 'requeue';
    }
    return this.settle(d, 'ack') ? 'dead-letter' : 'requeue';
  }

  /** Acks, requeues or rejects once; false when the channel is gone (the broker redelivers). */
  private settle(d: Delivery, how: 'ack' | 'requeue' | 'reject'): boolean {
    if (d.settled) return false;
    d.settled = true;
    try {
      if (how === 'ack') d.ch.ack(d.msg);
      else d.ch.nack(d.msg, false, how === 'requeue');
      return true;
    } catch {
      return false;
    }
  }

  /** Stops new deliveries (basic.cancel) and hands buffered ones back to the broker. */
  async cancel(): Promise<void> {
    if (this.cancelled) return;
    this.cancelled = true;
    await this.stopChannelConsumer();
    const buffered = this.buffer;
    this.buffer = [];
    for (const d of buffered) this.settle(d, 'requeue');
  }

  private async stopChannelConsumer(): Promise<void> {
    const ch = this.ch;
    const tag = this.tag;
    if (ch && tag) await ch.cancel(tag).catch(() => {});
  }

  /** Resolves when no handler runs, or after `timeoutMs`; true if idle. */
  async idle(timeoutMs: number): Promise<boolean> {
    if (this.running.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true))),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs)))),
    ]);
    clearTimeout(timer);
    return done;
  }

  /** Deadline passed: abort the handlers' signals and requeue what they hold. */
  abandon(): number {
    this.shutdown.abort(new Error('shutdown deadline reached'));
    let n = 0;
    for (const d of this.running) if (this.settle(d, 'requeue')) n++;
    return n;
  }

  /** Closes the channel (after cancel and drain). */
  async stopChannel(): Promise<void> {
    const ch = this.ch;
    this.ch = undefined;
    if (ch) await ch.close().catch(() => {});
  }
}

function withId(props: Options.Publish): Options.Publish & { messageId: string } {
  return { ...props, messageId: props.messageId ?? randomUUID() };
}
