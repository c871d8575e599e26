// One running dynamic shovel: an AMQP client (amqplib) of its source and of its
// destination, as RabbitMQ's rabbit_shovel_worker with rabbit_amqp091_shovel. It consumes
// from the source queue (prefetch-count unacked at most), publishes each message to the
// destination, and acknowledges the source according to ack-mode:
// - on-confirm (default): only after the destination confirmed the publish. A message is
//   never lost; it reaches the destination twice only if a connection drops (or Wharf
//   stops) between the destination's confirm and the source's ack: the source then
//   delivers it again, flagged redelivered (counted in duplicatesRisked).
// - on-publish: right after publishing (a message the destination loses is lost).
// - no-ack: the source forgets a message as it is delivered (anything in flight is lost).
// Any failure closes both connections (the source requeues what it had delivered and not
// been acked) and, unless reconnect-delay is 0, starts again after the delay, doubled per
// consecutive failure up to a minute, with jitter. src-delete-after "queue-length" or N
// makes it one-shot: once that many messages moved it stops and asks for its parameter
// to be cleared (RabbitMQ's autodelete).
import type { Channel, ChannelModel, ConfirmChannel, ConsumeMessage, Message, Options } from 'amqplib';
import { connect } from 'amqplib';
import { ConfirmWindow } from './confirm-window.js';
import type { ShovelDefinition } from './definition.js';
import { RateLimit } from './rate-limit.js';
import { connectTarget, parseUri, safeUri } from './uri.js';

export type ShovelState = 'starting' | 'running' | 'terminated';

/** How a shovel reaches the broker it runs in (its own AMQP listener). */
export interface LocalEndpoint {
  host: string;
  port: number;
  credential: string;
}

export interface ShovelHost {
  /** the local listener, or why there is none */
  local(): LocalEndpoint | string;
  /** this broker's name, for the x-shovelled header */
  readonly clusterName: string;
  warn(msg: string): void;
  info(msg: string): void;
  /** a one-shot shovel moved what it had to: clear its parameter */
  completed(): void;
}

/** Progress since this shovel started in this process (kept across its restarts). */
export interface ShovelCounters {
  /** published to the destination (RabbitMQ's "forwarded") */
  forwarded: number;
  /** acknowledged at the source after the destination took them (on-confirm: confirmed) */
  moved: number;
  /** forwarded messages the source had flagged redelivered: each may be a duplicate there */
  duplicatesRisked: number;
  /** times it failed and started again */
  restarts: number;
}

interface Link {
  src?: ChannelModel;
  dest?: ChannelModel;
  srcCh?: Channel;
  destCh?: Channel | ConfirmChannel;
  srcUri?: string;
  destUri?: string;
  queue?: string;
  consumerTag?: string;
  /** the destination sent connection.blocked */
  blocked: boolean;
  /** the destination connection's write buffer is full: wait for 'drain' */
  full: boolean;
  /** no-ack: the consumer was cancelled while too many messages wait (resumed when none do) */
  paused: boolean;
}

const CLOSE_TIMEOUT_MS = 3000;
const MAX_BACKOFF_MS = 60_000;
/** a clean stop waits this long for the destination's confirms of what is in flight */
const STOP_CONFIRM_WAIT_MS = 5000;
/** no-ack: waiting messages past which the consumer pauses */
const PAUSE_AT = 1000;

export class ShovelWorker {
  state: ShovelState = 'starting';
  /** why it is terminated */
  reason: string | undefined;
  /** when the state last changed */
  since = new Date();
  lastError: { message: string; at: Date } | undefined;
  readonly counters: ShovelCounters = { forwarded: 0, moved: 0, duplicatesRisked: 0, restarts: 0 };
  /** messages still to move for a one-shot shovel; Infinity for a continuous one */
  remaining = Infinity;
  /** ... of which not yet published in this run */
  remainingUnacked = Infinity;
  private link: Link | undefined;
  /** bumped whenever the current link is given up: callbacks of an older one do nothing */
  private gen = 0;
  private stopped = false;
  private failures = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private drainTimer: NodeJS.Timeout | undefined;
  private targetKnown = false;
  private readonly window = new ConfirmWindow();
  private pending: ConsumeMessage[] = [];
  private pendingHead = 0;
  private flushQueued = false;
  private readonly limiter: RateLimit | undefined;
  private forwardTable: Record<string, string> | undefined;

  constructor(
    readonly vhost: string,
    readonly name: string,
    readonly def: ShovelDefinition,
    /** the user a local connection without credentials logs in as */
    private readonly user: string | undefined,
    private readonly host: ShovelHost,
  ) {
    this.limiter = def.maxPerSecond === undefined ? undefined : new RateLimit(def.maxPerSecond);
    if (typeof def.deleteAfter === 'number') {
      this.remaining = def.deleteAfter;
      this.targetKnown = true;
    }
  }

  get blocked(): boolean {
    return this.link?.blocked ?? false;
  }

  get pendingCount(): number {
    return this.pending.length - this.pendingHead;
  }

  get srcUri(): string | undefined {
    return this.link?.srcUri;
  }

  get destUri(): string | undefined {
    return this.link?.destUri;
  }

  start(): void {
    void this.run();
  }

  /**
   * Stops for good: takes no more messages, waits (a few seconds at most) for the
   * destination to confirm what is in flight and acks it at the source, so a clean stop
   * or restart sends nothing twice; then closes both connections.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.restartTimer);
    clearTimeout(this.drainTimer);
    const link = this.link;
    if (link?.destCh && this.def.ackMode === 'on-confirm' && this.window.size > 0) {
      const confirms = (link.destCh as ConfirmChannel).waitForConfirms();
      await withTimeout(confirms, STOP_CONFIRM_WAIT_MS).catch(() => {});
    }
    this.gen++;
    this.link = undefined;
    await closeLink(link);
  }

  private setState(state: ShovelState, reason?: string): void {
    this.state = state;
    this.reason = reason;
    this.since = new Date();
  }

  private async run(): Promise<void> {
    const gen = ++this.gen;
    const link: Link = { blocked: false, full: false, paused: false };
    this.link = link;
    this.setState('starting');
    const stale = () => gen !== this.gen;
    let step = 'connecting to the source';
    try {
      const src = await this.connect(this.def.srcUris, link, 'src', gen);
      if (stale()) return void closeLink(link);
      step = 'connecting to the destination';
      const dest = await this.connect(this.def.destUris, link, 'dest', gen);
      if (stale()) return void closeLink(link);
      dest.on('blocked', () => (link.blocked = true));
      dest.on('unblocked', () => {
        link.blocked = false;
        this.drainPending(gen);
      });
      step = 'declaring the destination';
      const confirms = this.def.ackMode === 'on-confirm';
      const destCh = confirms ? await dest.createConfirmChannel() : await dest.createChannel();
      link.destCh = destCh;
      this.watchChannel(destCh, gen, 'destination');
      destCh.on('drain', () => {
        link.full = false;
        this.drainPending(gen);
      });
      if (this.def.destQueue !== undefined)
        await ensureQueue(dest, this.def.destQueue, this.def.destQueueArgs, this.def.destPredeclared);
      if (stale()) return void closeLink(link);
      step = 'declaring the source';
      const srcCh = await src.createChannel();
      link.srcCh = srcCh;
      this.watchChannel(srcCh, gen, 'source');
      let queue: string;
      if (this.def.srcQueue !== undefined) {
        queue = this.def.srcQueue;
        await ensureQueue(src, queue, this.def.srcQueueArgs, this.def.srcPredeclared);
      } else {
        queue = (await srcCh.assertQueue('', { exclusive: true })).queue;
        await srcCh.bindQueue(queue, this.def.srcExchange!, this.def.srcExchangeKey);
      }
      link.queue = queue;
      if (this.def.ackMode !== 'no-ack') await srcCh.prefetch(this.def.prefetch);
      if (!this.targetKnown && this.def.deleteAfter === 'queue-length') {
        // what is there when it first starts; a restart moves only what is left of that
        this.remaining = (await srcCh.checkQueue(queue)).messageCount;
        this.targetKnown = true;
      }
      if (stale()) return void closeLink(link);
      this.remainingUnacked = this.remaining;
      if (this.remaining <= 0) return this.complete(gen);
      step = 'consuming from the source';
      link.consumerTag = (await this.consume(gen)).consumerTag;
      if (stale()) return void closeLink(link);
      this.failures = 0;
      this.setState('running');
      this.host.info(
        `shovel '${this.name}' in vhost '${this.vhost}' running: ${link.srcUri} -> ${link.destUri}`,
      );
    } catch (err) {
      this.fail(gen, `${step}: ${(err as Error).message}`);
    }
  }

  private consume(gen: number) {
    const link = this.link!;
    return link.srcCh!.consume(link.queue!, (m) => this.deliver(gen, m), {
      noAck: this.def.ackMode === 'no-ack',
      arguments: this.def.srcConsumerArgs,
    });
  }

  /** Tries the URIs in a random order, as RabbitMQ does, until one connects. */
  private async connect(
    uris: string[],
    link: Link,
    side: 'src' | 'dest',
    gen: number,
  ): Promise<ChannelModel> {
    if (uris.length === 0) throw new Error('no URI to connect to');
    const order = [...uris].sort(() => Math.random() - 0.5);
    let last: Error | undefined;
    for (const uri of order) {
      try {
        const parsed = parseUri(uri);
        let local = { host: '', port: 0, user: this.user, credential: '' };
        if (parsed.local) {
          const endpoint = this.host.local();
          if (typeof endpoint === 'string') throw new Error(endpoint);
          local = { ...endpoint, user: this.user };
        }
        const target = connectTarget(parsed, `Shovel ${this.name}`, local);
        const conn = await connect(target.url, target.socket);
        conn.on('error', () => {}); // the 'close' that follows is handled
        conn.on('close', (err?: Error) =>
          this.fail(
            gen,
            `${side === 'src' ? 'source' : 'destination'} connection closed${err ? `: ${err.message}` : ''}`,
          ),
        );
        if (side === 'src') {
          link.src = conn;
          link.srcUri = safeUri(uri);
        } else {
          link.dest = conn;
          link.destUri = safeUri(uri);
        }
        return conn;
      } catch (err) {
        last = err as Error;
        this.host.warn(
          `shovel '${this.name}' in vhost '${this.vhost}' failed to connect (URI: ${safeUri(uri)}): ${last.message}`,
        );
      }
    }
    throw last!;
  }

  private watchChannel(ch: Channel, gen: number, side: string): void {
    let why = '';
    ch.on('error', (err: Error) => (why = `: ${err.message}`));
    // deferred: when the whole connection closes, amqplib closes its channels first, and
    // the connection's close, which carries the server's reason, should be the one reported
    ch.on('close', () => setImmediate(() => this.fail(gen, `${side} channel closed${why}`)));
  }

  private deliver(gen: number, m: ConsumeMessage | null): void {
    // stopping: what arrives now stays unacked and returns to the source
    if (gen !== this.gen || this.stopped) return;
    if (m === null) return this.fail(gen, 'the source cancelled the consumer (was the queue deleted?)');
    // a one-shot shovel past its count leaves the rest unacked: the source requeues them
    if (this.remainingUnacked <= 0) return;
    this.remainingUnacked--;
    const link = this.link!;
    if (this.pendingCount > 0 || link.blocked || link.full) {
      this.pending.push(m);
      this.pauseIfFlooded(link);
      this.drainPending(gen);
      return;
    }
    const wait = this.limiter?.take() ?? 0;
    if (wait > 0) {
      this.pending.push(m);
      this.pauseIfFlooded(link);
      this.scheduleDrain(gen, wait);
      return;
    }
    this.forward(gen, m);
  }

  /**
   * Without acks, prefetch-count does not bound what the source sends: when messages pile
   * up waiting for the destination or the rate limit, the consumer is cancelled, and
   * started again once they went (drainPending).
   */
  private pauseIfFlooded(link: Link): void {
    if (this.def.ackMode !== 'no-ack' || link.paused || this.pendingCount < PAUSE_AT) return;
    link.paused = true;
    if (link.consumerTag !== undefined) void link.srcCh!.cancel(link.consumerTag).catch(() => {});
  }

  private scheduleDrain(gen: number, ms: number): void {
    if (this.drainTimer !== undefined) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = undefined;
      this.drainPending(gen);
    }, ms);
  }

  /** Forwards waiting messages while the destination takes them and the rate allows. */
  private drainPending(gen: number): void {
    const link = this.link;
    if (gen !== this.gen || !link || this.drainTimer !== undefined || this.stopped) return;
    while (this.pendingCount > 0 && !link.blocked && !link.full && gen === this.gen) {
      const wait = this.limiter?.take() ?? 0;
      if (wait > 0) {
        this.pauseIfFlooded(link);
        return this.scheduleDrain(gen, wait);
      }
      const m = this.pending[this.pendingHead];
      this.pending[this.pendingHead++] = undefined as never;
      this.forward(gen, m);
    }
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingHead);
      this.pendingHead = 0;
    }
    if (link.paused && this.pendingCount === 0 && gen === this.gen) {
      link.paused = false;
      this.consume(gen).then(
        (ok) => (link.consumerTag = ok.consumerTag),
        (err: Error) => this.fail(gen, `consuming from the source: ${err.message}`),
      );
    }
  }

  private forward(gen: number, m: ConsumeMessage): void {
    const link = this.link!;
    const exchange = this.def.destQueue !== undefined ? '' : (this.def.destExchange ?? m.fields.exchange);
    const key = this.def.destQueue ?? this.def.destExchangeKey ?? m.fields.routingKey;
    const options = this.publishOptions(m);
    if (m.fields.redelivered) this.counters.duplicatesRisked++;
    this.counters.forwarded++;
    let ok: boolean;
    if (this.def.ackMode === 'on-confirm') {
      const id = this.window.push(m.fields.deliveryTag);
      ok = (link.destCh as ConfirmChannel).publish(exchange, key, m.content, options, (err) =>
        this.confirmed(gen, id, err),
      );
    } else {
      ok = link.destCh!.publish(exchange, key, m.content, options);
      if (this.def.ackMode === 'on-publish') link.srcCh!.ack(m);
      this.moved(gen, 1);
    }
    if (!ok) link.full = true;
  }

  private confirmed(gen: number, id: number, err: unknown): void {
    // a channel that closed under unconfirmed publishes: the failure path requeues them
    if (gen !== this.gen || (err as Error | undefined)?.message === 'channel closed') return;
    this.window.settle(id, !err);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // one source ack per batch of confirms (a confirm with multiple settles many at once)
    queueMicrotask(() => {
      this.flushQueued = false;
      if (gen === this.gen) this.flush();
    });
  }

  /** Tells the source what the destination settled (on-confirm). */
  private flush(): void {
    const ch = this.link?.srcCh;
    if (!ch || this.def.ackMode !== 'on-confirm') return;
    const gen = this.gen;
    const { acked, nacked } = this.window.drain(
      (tag) => ch.ack(tagOnly(tag), true),
      (tag) => ch.nack(tagOnly(tag), false, true),
    );
    // a nacked message comes back from the source and is forwarded again
    this.remainingUnacked += nacked;
    if (acked > 0) this.moved(gen, acked);
  }

  private moved(gen: number, n: number): void {
    this.counters.moved += n;
    this.remaining -= n;
    if (this.remaining <= 0 && gen === this.gen) this.complete(gen);
  }

  /** A one-shot shovel is done: close cleanly (the acks go first), then clear the parameter. */
  private complete(gen: number): void {
    if (gen !== this.gen || this.stopped) return;
    this.gen++;
    this.stopped = true;
    const link = this.link;
    this.link = undefined;
    this.host.info(
      `shovel '${this.name}' in vhost '${this.vhost}' completed: ${this.counters.moved} message(s) moved`,
    );
    void closeLink(link).then(() => this.host.completed());
  }

  private fail(gen: number, reason: string): void {
    if (gen !== this.gen || this.stopped) return;
    this.flush(); // acks for what the destination confirmed before it went away
    if (this.stopped) return; // those acks completed a one-shot shovel
    this.gen++;
    const link = this.link;
    this.link = undefined;
    // unacked deliveries return to the source when its connection closes
    this.window.clear();
    this.pending = [];
    this.pendingHead = 0;
    clearTimeout(this.drainTimer);
    this.drainTimer = undefined;
    this.lastError = { message: reason, at: new Date() };
    void closeLink(link);
    if (this.def.reconnectDelay <= 0) {
      this.setState('terminated', `${reason} (reconnect-delay 0: not restarted)`);
      this.host.warn(`shovel '${this.name}' in vhost '${this.vhost}' stopped: ${reason}`);
      return;
    }
    this.setState('terminated', reason);
    this.failures++;
    const base = this.def.reconnectDelay * 1000 * 2 ** Math.min(this.failures - 1, 16);
    const delay =
      Math.min(Math.max(this.def.reconnectDelay * 1000, MAX_BACKOFF_MS), base) * (0.8 + 0.4 * Math.random());
    this.host.warn(
      `shovel '${this.name}' in vhost '${this.vhost}' failed (${reason}); restarting in ${Math.round(delay)} ms`,
    );
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopped) return;
      this.counters.restarts++;
      void this.run();
    }, delay);
  }

  private publishOptions(m: ConsumeMessage): Options.Publish {
    const p = m.properties;
    const o: Options.Publish = {
      contentType: p.contentType,
      contentEncoding: p.contentEncoding,
      headers: p.headers,
      deliveryMode: p.deliveryMode,
      priority: p.priority,
      correlationId: p.correlationId,
      replyTo: p.replyTo,
      expiration: p.expiration,
      messageId: p.messageId,
      timestamp: p.timestamp,
      type: p.type,
      userId: p.userId,
      appId: p.appId,
    };
    for (const [k, v] of Object.entries(this.def.publishProperties)) {
      const field = PROPERTY_NAMES[k];
      if (field) (o as Record<string, unknown>)[field] = v;
    }
    if (this.def.addForwardHeaders || this.def.addTimestampHeader) {
      const headers: Record<string, unknown> = { ...(o.headers ?? {}) };
      if (this.def.addForwardHeaders) {
        const before = headers['x-shovelled'];
        headers['x-shovelled'] = [this.forwardHeader(), ...(Array.isArray(before) ? before : [])];
      }
      if (this.def.addTimestampHeader) {
        headers['x-shovelled-timestamp'] = { '!': 'long', value: Math.floor(Date.now() / 1000) };
      }
      o.headers = headers;
    }
    return o;
  }

  /** RabbitMQ's x-shovelled table (rabbit_shovel_util:update_headers): who moved it, from where to where. */
  private forwardHeader(): Record<string, string> {
    if (this.forwardTable && this.link?.srcUri === this.forwardTable['src-uri']) return this.forwardTable;
    const d = this.def;
    const t: Record<string, string> = {
      'shovelled-by': this.host.clusterName,
      'shovel-type': 'dynamic',
      'shovel-name': this.name,
      'shovel-vhost': this.vhost,
      'src-uri': this.link?.srcUri ?? '',
      'dest-uri': this.link?.destUri ?? '',
    };
    if (d.srcQueue !== undefined) t['src-queue'] = d.srcQueue;
    else {
      t['src-exchange'] = d.srcExchange!;
      t['src-exchange-key'] = d.srcExchangeKey;
    }
    if (d.destExchange !== undefined) t['dest-exchange'] = d.destExchange;
    if (d.destExchangeKey !== undefined) t['dest-exchange-key'] = d.destExchangeKey;
    if (d.destQueue !== undefined) t['dest-queue'] = d.destQueue;
    this.forwardTable = t;
    return t;
  }
}

/** publish-properties keys (AMQP names, as RabbitMQ takes them) to amqplib's option names. */
const PROPERTY_NAMES: Record<string, keyof Options.Publish> = {
  content_type: 'contentType',
  content_encoding: 'contentEncoding',
  delivery_mode: 'deliveryMode',
  priority: 'priority',
  correlation_id: 'correlationId',
  reply_to: 'replyTo',
  expiration: 'expiration',
  message_id: 'messageId',
  timestamp: 'timestamp',
  type: 'type',
  user_id: 'userId',
  app_id: 'appId',
};

/** ack/nack take a message but read only its delivery tag. */
const tagOnly = (deliveryTag: number) => ({ fields: { deliveryTag } }) as Message;

/**
 * RabbitMQ's ensure_queue: a passive declare on a channel of its own; when the queue is
 * missing (404), a durable declare with the given arguments. Predeclared: passive only.
 */
async function ensureQueue(
  conn: ChannelModel,
  queue: string,
  args: Record<string, unknown>,
  predeclared: boolean,
): Promise<void> {
  const probe = await conn.createChannel();
  probe.on('error', () => {});
  try {
    await probe.checkQueue(queue);
    await probe.close().catch(() => {});
    return;
  } catch (err) {
    if ((err as { code?: number }).code !== 404 || predeclared) throw err;
  }
  const ch = await conn.createChannel();
  ch.on('error', () => {});
  try {
    await ch.assertQueue(queue, { durable: true, arguments: args });
  } finally {
    await ch.close().catch(() => {});
  }
}

async function closeLink(link: Link | undefined): Promise<void> {
  if (!link) return;
  // The source channel first, on its own: amqplib writes a channel's frames in order but
  // may put a connection.close (channel 0) ahead of acks still queued on channel 1, and
  // those acks must reach the source, or it would send the messages again.
  if (link.srcCh) await withTimeout(link.srcCh.close(), CLOSE_TIMEOUT_MS).catch(() => {});
  await closeConnection(link.src);
  await closeConnection(link.dest);
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function closeConnection(conn: ChannelModel | undefined): Promise<void> {
  if (!conn) return;
  try {
    await withTimeout(conn.close(), CLOSE_TIMEOUT_MS);
  } catch {
    // already closed, or the peer does not answer: drop the socket
    (conn as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}
