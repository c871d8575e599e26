// What the application declared (exchanges, queues, bindings), remembered so it can be
// declared again, in the same order, on every new connection: a restarted broker may
// have lost non-durable objects, and exclusive queues die with the connection anyway.
// Server-named queues get a new name each time; QueueRef.name follows, and bindings
// and consumers read it at (re)attach time.
import type { Channel, ChannelModel, Options } from 'amqplib';
import type { ConnectionManager } from './connection.js';
import { asError } from './errors.js';
import type { TypedEmitter } from './events.js';

export type ExchangeType = 'direct' | 'fanout' | 'topic' | 'headers' | 'x-delayed-message' | (string & {});

export interface ExchangeOptions {
  /** Default true. */
  durable?: boolean;
  autoDelete?: boolean;
  internal?: boolean;
  alternateExchange?: string;
  arguments?: Record<string, unknown>;
}

export interface QueueOptions {
  /** Default true (false for exclusive queues). */
  durable?: boolean;
  exclusive?: boolean;
  autoDelete?: boolean;
  /** `x-max-priority`: enables priorities 0..maxPriority. */
  maxPriority?: number;
  /** `x-single-active-consumer`: one consumer at a time gets the messages, in order. */
  singleActiveConsumer?: boolean;
  /** `x-queue-type: quorum`. */
  quorum?: boolean;
  /** `x-queue-type: stream`: an append-only log read with `consumeStream` (durable; not exclusive). */
  stream?: boolean;
  /** `x-max-age` of a stream, e.g. `'7D'`, `'12h'`. */
  maxAge?: string;
  /** `x-message-ttl`. */
  messageTtlMs?: number;
  /** `x-expires`: delete the queue after this long unused. */
  expiresMs?: number;
  deadLetterExchange?: string;
  deadLetterRoutingKey?: string;
  maxLength?: number;
  /** Extra `x-` arguments, passed as they are. */
  arguments?: Record<string, unknown>;
}

/** A declared queue. `name` is the broker's name for it on the current connection. */
export class QueueRef {
  name: string;
  constructor(
    readonly requested: string,
    readonly options: QueueOptions,
  ) {
    this.name = requested;
  }

  /** True for queues declared with an empty name (the broker picks one per connection). */
  get serverNamed(): boolean {
    return this.requested === '';
  }

  get exclusive(): boolean {
    return this.options.exclusive === true;
  }
}

interface ExchangeDecl {
  name: string;
  type: ExchangeType;
  options: ExchangeOptions;
}

interface BindingDecl {
  queue: QueueRef;
  exchange: string;
  pattern: string;
  args: Record<string, unknown> | undefined;
}

/** The amqplib arguments of a queue declaration. */
export function queueArguments(o: QueueOptions): Options.AssertQueue {
  const args: Record<string, unknown> = { ...o.arguments };
  if (o.maxPriority !== undefined) args['x-max-priority'] = o.maxPriority;
  if (o.singleActiveConsumer) args['x-single-active-consumer'] = true;
  if (o.quorum) args['x-queue-type'] = 'quorum';
  if (o.stream) args['x-queue-type'] = 'stream';
  if (o.maxAge !== undefined) args['x-max-age'] = o.maxAge;
  if (o.messageTtlMs !== undefined) args['x-message-ttl'] = o.messageTtlMs;
  if (o.expiresMs !== undefined) args['x-expires'] = o.expiresMs;
  if (o.deadLetterExchange !== undefined) args['x-dead-letter-exchange'] = o.deadLetterExchange;
  if (o.deadLetterRoutingKey !== undefined) args['x-dead-letter-routing-key'] = o.deadLetterRoutingKey;
  if (o.maxLength !== undefined) args['x-max-length'] = o.maxLength;
  const exclusive = o.exclusive === true;
  return {
    durable: o.durable ?? !exclusive,
    exclusive,
    autoDelete: o.autoDelete ?? false,
    arguments: args,
  };
}

function exchangeArguments(o: ExchangeOptions): Options.AssertExchange {
  const opts: Options.AssertExchange = {
    durable: o.durable ?? true,
    autoDelete: o.autoDelete ?? false,
    internal: o.internal ?? false,
    arguments: { ...o.arguments },
  };
  if (o.alternateExchange) opts.alternateExchange = o.alternateExchange;
  return opts;
}

export class Topology {
  private readonly exchanges = new Map<string, ExchangeDecl>();
  private readonly queues: QueueRef[] = [];
  private readonly bindings: BindingDecl[] = [];

  constructor(
    private readonly connection: ConnectionManager,
    private readonly events: TypedEmitter,
  ) {}

  /** Declares now (waiting for a connection if needed) and remembers for reconnects. */
  async exchange(name: string, type: ExchangeType, options: ExchangeOptions = {}): Promise<void> {
    const decl: ExchangeDecl = { name, type, options };
    await this.withChannel((ch) => this.declareExchange(ch, decl));
    this.exchanges.set(name, decl);
  }

  /** Declares a queue (name '' for a server-named one) and remembers it; returns its ref. */
  async queue(name: string, options: QueueOptions = {}): Promise<QueueRef> {
    const existing = name ? this.queues.find((q) => q.requested === name) : undefined;
    const ref = existing ?? new QueueRef(name, options);
    await this.withChannel((ch) => this.declareQueue(ch, ref));
    if (!existing) this.queues.push(ref);
    return ref;
  }

  async bind(
    queue: QueueRef,
    exchange: string,
    pattern: string,
    args?: Record<string, unknown>,
  ): Promise<void> {
    const decl: BindingDecl = { queue, exchange, pattern, args };
    await this.withChannel((ch) => ch.bindQueue(queue.name, exchange, pattern, args));
    const same = this.bindings.some(
      (b) =>
        b.queue === queue &&
        b.exchange === exchange &&
        b.pattern === pattern &&
        JSON.stringify(b.args) === JSON.stringify(args),
    );
    if (!same) this.bindings.push(decl);
  }

  /** Forgets the queue declared under `name`, if any (it was deleted). */
  forgetName(name: string): void {
    for (const q of this.queues.filter((r) => r.name === name || r.requested === name)) this.forget(q);
  }

  /** Forgets a queue (and its bindings) so reconnects do not declare it again. */
  forget(queue: QueueRef): void {
    const i = this.queues.indexOf(queue);
    if (i >= 0) this.queues.splice(i, 1);
    for (let j = this.bindings.length - 1; j >= 0; j--)
      if (this.bindings[j]!.queue === queue) this.bindings.splice(j, 1);
  }

  private async declareExchange(ch: Channel, d: ExchangeDecl): Promise<void> {
    await ch.assertExchange(d.name, d.type, exchangeArguments(d.options));
  }

  private async declareQueue(ch: Channel, ref: QueueRef): Promise<void> {
    const ok = await ch.assertQueue(ref.requested, queueArguments(ref.options));
    ref.name = ok.queue;
  }

  /** Runs `fn` on a short-lived channel of the open connection. */
  async withChannel<R>(fn: (ch: Channel) => Promise<R>): Promise<R> {
    const conn = await this.connection.whenOpen();
    const ch = await conn.createChannel();
    let failed: Error | undefined;
    ch.on('error', (err: Error) => (failed = err));
    try {
      return await fn(ch);
    } catch (err) {
      throw failed ?? asError(err);
    } finally {
      await ch.close().catch(() => {});
    }
  }

  /** Restore hook: declares everything again on a new connection, in declaration order. */
  async restore(conn: ChannelModel): Promise<void> {
    let ch: Channel | undefined;
    const channel = async () => {
      if (!ch) {
        const fresh = await conn.createChannel();
        // A failed declaration closes the channel; the next one gets a fresh channel.
        fresh.on('error', () => {});
        fresh.on('close', () => {
          if (ch === fresh) ch = undefined;
        });
        ch = fresh;
      }
      return ch;
    };
    const attempt = async (what: string, fn: (c: Channel) => Promise<unknown>) => {
      try {
        await fn(await channel());
      } catch (err) {
        if (this.connection.isLost(conn)) throw asError(err);
        this.events.emit('error', new Error(`re-declaring ${what} failed: ${asError(err).message}`));
      }
    };
    for (const d of this.exchanges.values())
      await attempt(`exchange '${d.name}'`, (c) => this.declareExchange(c, d));
    for (const q of this.queues)
      await attempt(`queue '${q.requested || '(server-named)'}'`, (c) => this.declareQueue(c, q));
    for (const b of this.bindings) {
      await attempt(`binding '${b.exchange}' -> '${b.queue.name}'`, (c) =>
        c.bindQueue(b.queue.name, b.exchange, b.pattern, b.args),
      );
    }
    const last = ch as Channel | undefined;
    if (last) await last.close().catch(() => {});
  }
}
