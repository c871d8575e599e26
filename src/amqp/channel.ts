// Per-channel state: publish assembly (method, header, body frames), consumers and
// their unacked deliveries, prefetch, publisher confirms, transactions and direct
// reply-to. Decoded methods come in through a flat dispatch table (channel-methods.ts).
import { randomBytes } from 'node:crypto';
import {
  type Access,
  DIRECT_REPLY_TO,
  decodeHead,
  type ChannelInfo,
  type Message,
  type PublishTarget,
  PublishReceipts,
  type Queue,
} from '../broker/index.js';
import { CHANNEL_METHODS } from './channel-methods.js';
import * as M from './codec/generated.js';
import {
  BasicFlag,
  decodeProperties,
  deliverFrames,
  getOkFrames,
  newPropertySummary,
  readPropertySummary,
  returnFrames,
} from './codec/index.js';
import type { Connection } from './connection.js';
import { AmqpConsumer } from './consumer.js';
import { type AmqpError, amqpError } from './errors.js';
import { checkUserId, senderSelected } from './publish-properties.js';

interface Unacked {
  queue: Queue;
  position: number;
  level: number;
  /** ms since epoch when delivered, for the consumer acknowledgement timeout */
  at: number;
  /** the timeout that applies (consumer arg, queue arg or the server's) */
  timeout: number;
  consumer: AmqpConsumer | undefined;
}

interface PendingPublish {
  exchange: string;
  routingKey: string;
  mandatory: boolean;
  properties: Buffer;
  bodySize: number;
  /** a body that spans frames is assembled here, sized from the content header */
  body: Buffer | undefined;
  received: number;
}

interface TxState {
  publishes: { msg: Message; mandatory: boolean; extraKeys?: string[] }[];
  acks: { kind: 'ack' | 'nack' | 'reject'; tag: number; multiple: boolean; requeue: boolean }[];
}

export class Channel {
  readonly consumers = new Map<string, AmqpConsumer>();
  readonly unacked = new Map<number, Unacked>();
  private nextTag = 1;
  private pending: PendingPublish | undefined;
  /** basic.qos global=false: prefetch for consumers created after it */
  consumerPrefetch = 0;
  /** basic.qos global=true: shared by every consumer of the channel */
  channelPrefetch = 0;
  /** unacked deliveries of consumers counted against channelPrefetch */
  private consumerUnacked = 0;
  /**
   * Queues whose dispatch found a consumer of this channel out of channel credit: told to
   * deliver again when credit comes back, so an ack schedules these and the acked
   * delivery's own queue, never every consumer of the channel.
   */
  private readonly starved = new Set<Queue>();
  /** publisher confirms: the receipts of this channel's publishes, settled as basic.ack/nack */
  confirms: PublishReceipts | undefined;
  /** the receipts tx.commit waits on (made at the first commit) */
  private txReceipts: PublishReceipts | undefined;
  tx: TxState | undefined;
  /** channel.flow from the client */
  active = true;
  closing = false;
  lastQueue = '';
  replyToSuffix: string | undefined;
  private readonly routedScratch: PublishTarget[] = [];
  private ackTimer: NodeJS.Timeout | undefined;
  /** reused by every publish on this channel: no allocation to read delivery-mode */
  private readonly summary = newPropertySummary();
  /** the user's permissions in this vhost, with this channel's own cache (as RabbitMQ's) */
  readonly access: Access;
  /** RabbitMQ's `impersonator` tag: may publish with any user_id (tags as of channel.open) */
  private readonly impersonator: boolean;

  constructor(
    readonly id: number,
    readonly conn: Connection,
  ) {
    this.access = conn.broker.identity.access(conn.user, conn.vhost.name);
    this.impersonator = conn.broker.identity.users.get(conn.user)?.tags.includes('impersonator') ?? false;
  }

  get vhost() {
    return this.conn.vhost;
  }

  onMethod(key: number, args: unknown): void {
    if (this.closing) {
      // after our channel.close only close/close-ok matter (spec 2.3.5.2 / 4.2.6)
      if (key === M.CHANNEL_CLOSE_OK) this.finishClose();
      else if (key === M.CHANNEL_CLOSE) this.conn.sendMethod(this.id, M.CHANNEL_CLOSE_OK, {});
      return;
    }
    if (this.pending)
      throw amqpError(
        'UNEXPECTED_FRAME',
        `expected content header for class 60, got ${M.METHOD_NAMES[key] ?? key}`,
      );
    const handler = CHANNEL_METHODS.get(key);
    if (!handler) throw amqpError('COMMAND_INVALID', `unexpected method ${M.METHOD_NAMES[key] ?? key}`);
    handler(this, args as never);
  }

  // ---- publishing ------------------------------------------------------------

  startPublish(a: M.BasicPublishArgs): void {
    if (a.immediate) throw amqpError('NOT_IMPLEMENTED', 'immediate=true', true);
    this.pending = {
      exchange: a.exchange,
      routingKey: a.routingKey,
      mandatory: a.mandatory,
      properties: EMPTY,
      bodySize: -1,
      body: undefined,
      received: 0,
    };
  }

  onHeader(classId: number, bodySize: number, properties: Buffer): void {
    if (this.closing) return;
    const p = this.pending;
    if (!p || p.bodySize >= 0) throw amqpError('UNEXPECTED_FRAME', 'content header without basic.publish');
    if (classId !== 60) throw amqpError('UNEXPECTED_FRAME', `content header for class ${classId}`);
    if (bodySize > this.conn.ctx.maxMessageSize) {
      this.pending = undefined;
      throw amqpError(
        'PRECONDITION_FAILED',
        `message size ${bodySize} is larger than configured max size ${this.conn.ctx.maxMessageSize}`,
      );
    }
    // The parser hands out slices of its input; keep our own copy of the small
    // properties block so the socket's chunk can be released.
    p.properties = Buffer.from(properties);
    p.bodySize = bodySize;
    if (bodySize === 0) this.completePublish(p, EMPTY);
  }

  onBody(payload: Buffer): void {
    if (this.closing) return;
    const p = this.pending;
    if (!p || p.bodySize < 0) throw amqpError('UNEXPECTED_FRAME', 'content body without content header');
    const at = p.received;
    p.received += payload.length;
    if (p.received > p.bodySize)
      throw amqpError('FRAME_ERROR', 'content body larger than announced in the header');
    if (at === 0 && p.received === p.bodySize) {
      // single-frame body: one copy out of the socket chunk, which is then free
      this.completePublish(p, Buffer.from(payload));
      return;
    }
    // multi-frame body: each frame is copied once, straight to its place
    p.body ??= Buffer.allocUnsafe(p.bodySize);
    payload.copy(p.body, at);
    if (p.received === p.bodySize) this.completePublish(p, p.body);
  }

  private completePublish(p: PendingPublish, body: Buffer): void {
    this.pending = undefined;
    this.access.publish(p.exchange, p.routingKey, this.vhost.exchanges);
    const summary = this.summary;
    readPropertySummary(p.properties, summary);
    if (!this.impersonator) checkUserId(p.properties, this.conn.user);
    let properties = this.rewriteReplyTo(p.properties);
    const selected = senderSelected(properties);
    if (selected) properties = selected.properties;
    const msg: Message = {
      exchange: p.exchange,
      routingKey: p.routingKey,
      properties,
      body,
      persistent: summary.deliveryMode === 2,
      timestamp: Date.now(),
      ttl: summary.expiration === undefined ? undefined : parseExpiration(summary.expiration),
      priority: summary.priority,
    };
    if (this.tx) {
      // validate now so errors surface at publish time, as RabbitMQ does
      this.vhost.exchange(msg.exchange);
      this.tx.publishes.push({ msg, mandatory: p.mandatory, extraKeys: selected?.keys });
      return;
    }
    this.route(msg, p.mandatory, selected?.keys);
  }

  /**
   * Publishes one message; false when a queue refused it (x-overflow reject-publish). With
   * `receipts` (confirm mode, a commit) it gets a receipt; without, nothing is tracked.
   */
  private route(
    msg: Message,
    mandatory: boolean,
    extraKeys?: string[],
    receipts: PublishReceipts | undefined = this.confirms,
  ): boolean {
    if (msg.exchange === '' && msg.routingKey.startsWith(DIRECT_REPLY_PREFIX)) {
      receipts?.published(msg.body.length);
      const ok = this.vhost.publishReply(msg.routingKey.slice(DIRECT_REPLY_PREFIX.length), msg);
      if (!ok && mandatory) this.sendReturn(msg);
      return true;
    }
    let accepted: boolean;
    let routed: number;
    if (receipts) {
      const o = receipts.publish(this.vhost, msg, extraKeys);
      accepted = o.accepted;
      routed = o.routed;
    } else {
      accepted = this.vhost.publish(msg, this.routedScratch, extraKeys);
      routed = this.routedScratch.length;
    }
    if (routed === 0) {
      if (!accepted) return false;
      if (mandatory) this.sendReturn(msg);
    }
    return accepted;
  }

  private sendReturn(msg: Message): void {
    for (const buf of returnFrames(
      this.id,
      312,
      'NO_ROUTE',
      msg.exchange,
      msg.routingKey,
      msg.properties,
      msg.body,
      this.conn.frameMax,
    )) {
      this.conn.send(buf);
    }
  }

  /**
   * Direct reply-to: a request published with reply_to "amq.rabbitmq.reply-to" gets
   * the channel's own pseudo-queue name instead, as RabbitMQ does.
   */
  private rewriteReplyTo(properties: Buffer): Buffer {
    // cheap pre-checks: the reply-to property is set, and the literal appears at all
    if (properties.length < 2 || (properties.readUInt16BE(0) & BasicFlag.REPLY_TO) === 0) return properties;
    if (properties.indexOf(DIRECT_REPLY_TO_BYTES) < 0) return properties;
    const props = decodeProperties(properties);
    if (props.replyTo !== DIRECT_REPLY_TO) return properties;
    if (this.replyToSuffix === undefined) {
      throw amqpError('PRECONDITION_FAILED', 'fast reply consumer does not exist');
    }
    props.replyTo = `${DIRECT_REPLY_TO}.${this.replyToSuffix}`;
    return this.conn.writer.encodeProperties(props);
  }

  // ---- consuming -------------------------------------------------------------

  consume(a: M.BasicConsumeArgs): string {
    const tag = a.consumerTag || `amq.ctag-${randomBytes(16).toString('base64url')}`;
    if (this.consumers.has(tag))
      throw amqpError('NOT_ALLOWED', `attempt to reuse consumer tag '${tag}'`, true);
    const queueName = a.queue || this.lastQueue;
    if (queueName === DIRECT_REPLY_TO) {
      if (!a.noAck) throw amqpError('PRECONDITION_FAILED', 'reply consumer cannot acknowledge');
      if (this.replyToSuffix !== undefined)
        throw amqpError('PRECONDITION_FAILED', 'reply consumer already set');
      const c = new AmqpConsumer(tag, undefined, this, true, false, 0);
      this.replyToSuffix = `${randomBytes(12).toString('base64url')}.${this.conn.id}.${this.id}`;
      this.vhost.replyTo.set(this.replyToSuffix, c);
      this.consumers.set(tag, c);
      return tag;
    }
    if (!queueName) throw amqpError('NOT_FOUND', 'no previously declared queue');
    this.access.check('read', 'queue', queueName);
    const q = this.vhost.queue(queueName, this.conn.id);
    const prio = a.arguments['x-priority'];
    if (prio !== undefined && !(typeof prio === 'number' && Number.isInteger(prio))) {
      throw amqpError(
        'PRECONDITION_FAILED',
        `invalid arg 'x-priority' for consumer: {unacceptable_type,${typeof prio}}`,
      );
    }
    const c = new AmqpConsumer(
      tag,
      q,
      this,
      a.noAck,
      a.exclusive,
      this.consumerPrefetch,
      (prio as number) ?? 0,
      this.ackTimeoutFor(q, a.arguments['x-consumer-timeout']),
      a.arguments,
    );
    q.addConsumer(c);
    this.consumers.set(tag, c);
    return tag;
  }

  cancel(tag: string): void {
    const c = this.consumers.get(tag);
    if (!c) return;
    this.consumers.delete(tag);
    if (c.queue) c.queue.removeConsumer(c);
    else if (this.replyToSuffix !== undefined) {
      this.vhost.replyTo.delete(this.replyToSuffix);
      this.replyToSuffix = undefined;
    }
  }

  /** The queue was deleted: tell the client if it understands basic.cancel from the server. */
  serverCancel(c: AmqpConsumer): void {
    this.consumers.delete(c.tag);
    if (this.conn.capabilities.consumer_cancel_notify === true) {
      this.conn.sendMethod(this.id, M.BASIC_CANCEL, { consumerTag: c.tag, nowait: true });
    }
  }

  canDeliver(): boolean {
    return this.active && !this.closing && this.conn.writable;
  }

  /** True when `c` may take one more delivery under basic.qos global; else its queue waits for an ack. */
  hasChannelCredit(c: AmqpConsumer): boolean {
    if (this.channelPrefetch === 0 || this.consumerUnacked < this.channelPrefetch) return true;
    if (c.queue) this.starved.add(c.queue);
    return false;
  }

  deliver(
    c: AmqpConsumer,
    queue: Queue | undefined,
    position: number,
    level: number,
    head: Buffer,
    flags: number,
    body: Buffer,
    redelivered: boolean,
  ): void {
    const tag = this.nextTag++;
    if (!c.noAck && queue) {
      this.unacked.set(tag, { queue, position, level, consumer: c, at: Date.now(), timeout: c.ackTimeout });
      this.armAckTimeout();
      c.unacked++;
      this.consumerUnacked++;
    }
    const h = decodeHead(head, flags);
    for (const buf of deliverFrames(
      this.id,
      c.tag,
      tag,
      redelivered,
      h.exchange,
      h.routingKey,
      h.properties,
      body,
      this.conn.frameMax,
    )) {
      this.conn.send(buf);
    }
  }

  get(a: M.BasicGetArgs): void {
    const name = a.queue || this.lastQueue;
    this.access.check('read', 'queue', name);
    const q = this.vhost.queue(name, this.conn.id);
    const taken = q.get(a.noAck);
    if (!taken) {
      this.conn.sendMethod(this.id, M.BASIC_GET_EMPTY, { clusterId: '' });
      return;
    }
    const tag = this.nextTag++;
    if (!a.noAck) {
      this.unacked.set(tag, {
        queue: q,
        position: taken.position,
        level: taken.level,
        consumer: undefined,
        at: Date.now(),
        timeout: this.ackTimeoutFor(q, undefined),
      });
      this.armAckTimeout();
    }
    const h = decodeHead(taken.head, taken.flags);
    for (const buf of getOkFrames(
      this.id,
      tag,
      taken.redelivered,
      h.exchange,
      h.routingKey,
      q.ready,
      h.properties,
      taken.body,
      this.conn.frameMax,
    )) {
      this.conn.send(buf);
    }
  }

  // ---- consumer acknowledgement timeout -----------------------------------------

  /** x-consumer-timeout of the consumer, else of the queue, else the server's consumerTimeout. */
  ackTimeoutFor(q: Queue, consumerArg: unknown): number {
    const n = (v: unknown) => (typeof v === 'number' && v > 0 ? v : undefined);
    return n(consumerArg) ?? n(q.options.arguments['x-consumer-timeout']) ?? this.conn.ctx.consumerTimeoutMs;
  }

  private armAckTimeout(): void {
    if (this.ackTimer || this.unacked.size === 0) return;
    let due = Number.POSITIVE_INFINITY;
    for (const u of this.unacked.values()) due = Math.min(due, u.at + u.timeout);
    this.ackTimer = setTimeout(this.checkAckTimeout, Math.max(0, due - Date.now()) + 5);
    this.ackTimer.unref();
  }

  /**
   * A delivery held past its timeout closes the channel with 406, as RabbitMQ does; the
   * channel's unacked messages then go back to their queues.
   */
  private readonly checkAckTimeout = (): void => {
    this.ackTimer = undefined;
    if (this.closing) return;
    const now = Date.now();
    for (const u of this.unacked.values()) {
      if (now >= u.at + u.timeout) {
        this.conn.fail(
          amqpError(
            'PRECONDITION_FAILED',
            `delivery acknowledgement on channel ${this.id} timed out. Timeout value used: ${u.timeout} ms. ` +
              'This timeout value can be configured, see consumers doc guide to learn more',
          ),
          this.id,
          0,
        );
        return;
      }
    }
    this.armAckTimeout();
  };

  // ---- acknowledgements ------------------------------------------------------

  settle(kind: 'ack' | 'nack' | 'reject', tag: number, multiple: boolean, requeue: boolean): void {
    if (this.tx) {
      this.checkTags(tag, multiple);
      this.tx.acks.push({ kind, tag, multiple, requeue });
      return;
    }
    this.settleNow(kind, tag, multiple, requeue);
  }

  private checkTags(tag: number, multiple: boolean): void {
    if (multiple && tag === 0) return;
    if (!this.unacked.has(tag) && !(multiple && this.hasTagBelow(tag))) {
      throw amqpError('PRECONDITION_FAILED', `unknown delivery tag ${tag}`);
    }
  }

  private hasTagBelow(tag: number): boolean {
    for (const t of this.unacked.keys()) if (t <= tag) return true;
    return false;
  }

  private settleNow(kind: 'ack' | 'nack' | 'reject', tag: number, multiple: boolean, requeue: boolean): void {
    if (multiple) {
      // tag 0 with multiple: everything outstanding (spec 1.8.3.13)
      const upTo = tag === 0 ? Number.POSITIVE_INFINITY : tag;
      if (tag !== 0 && !this.unacked.has(tag)) {
        throw amqpError('PRECONDITION_FAILED', `unknown delivery tag ${tag}`);
      }
      for (const [t, u] of this.unacked) {
        if (t > upTo) break;
        this.settleOne(t, u, kind === 'ack', requeue);
      }
      return;
    }
    const u = this.unacked.get(tag);
    if (!u) throw amqpError('PRECONDITION_FAILED', `unknown delivery tag ${tag}`);
    this.settleOne(tag, u, kind === 'ack', requeue);
  }

  /**
   * Settles one delivery and gives its credit back: the consumer's queue may deliver
   * again, and so may the queues that waited for channel credit. O(1) per delivery.
   */
  private settleOne(tag: number, u: Unacked, ack: boolean, requeue: boolean): void {
    this.unacked.delete(tag);
    if (ack) u.queue.ack(u.position, u.level);
    else u.queue.reject(u.position, u.level, requeue);
    const c = u.consumer;
    if (!c) return; // basic.get: no consumer credit involved
    c.unacked--;
    this.consumerUnacked--;
    c.queue?.schedule();
    if (this.starved.size > 0 && this.hasChannelCredit(c)) {
      for (const q of this.starved) q.schedule();
      this.starved.clear();
    }
  }

  /** The channel can send again (socket drained, channel.flow on): every consumer's queue may deliver. */
  resumeDeliveries(): void {
    this.starved.clear(); // every one of them is scheduled here (or its consumer is gone)
    for (const c of this.consumers.values()) c.queue?.schedule();
  }

  /** basic.recover: every unacked message goes back to its queue, flagged redelivered. */
  recover(): void {
    for (const [t, u] of this.unacked) this.settleOne(t, u, false, true);
  }

  // ---- transactions ------------------------------------------------------------

  txSelect(): void {
    if (this.confirms) throw amqpError('PRECONDITION_FAILED', 'cannot switch from confirm to tx mode');
    this.tx ??= { publishes: [], acks: [] };
  }

  /**
   * Routes the transaction's publishes and settles its acks; `done` (tx.commit-ok) once
   * every durable queue it published to has synced. A queue that refused a message, or
   * a sync that failed, fails the commit the way RabbitMQ does (rabbit_channel's
   * complete_tx): channel error 406 "partial tx completion" on tx.commit. What did reach
   * other queues stays there, as in RabbitMQ: transactions span queues non-atomically.
   */
  txCommit(done: () => void): void {
    if (!this.tx) throw amqpError('PRECONDITION_FAILED', 'channel is not transactional');
    const { publishes, acks } = this.tx;
    this.tx = { publishes: [], acks: [] };
    for (const a of acks) this.settleNow(a.kind, a.tag, a.multiple, a.requeue);
    // the commit's own receipts: its publishes are all in the batch open now
    const receipts = (this.txReceipts ??= new PublishReceipts());
    let refused = false;
    for (const p of publishes) if (!this.route(p.msg, p.mandatory, p.extraKeys, receipts)) refused = true;
    receipts.whenSynced((err) => {
      // the channel may have closed (and its number been reused) while the syncs ran
      if (this.closing || this.conn.channels.get(this.id) !== this) return;
      const failure = refused
        ? 'a queue refused a message'
        : err
          ? `a queue failed to write it to disk (${err.message})`
          : undefined;
      if (failure === undefined) done();
      else
        this.conn.fail(
          amqpError('PRECONDITION_FAILED', `partial tx completion: ${failure}`),
          this.id,
          M.TX_COMMIT,
        );
    });
  }

  txRollback(): void {
    if (!this.tx) throw amqpError('PRECONDITION_FAILED', 'channel is not transactional');
    this.tx = { publishes: [], acks: [] };
  }

  confirmSelect(): void {
    if (this.tx) throw amqpError('PRECONDITION_FAILED', 'cannot switch from tx to confirm mode');
    const latency = this.conn.broker.latency.confirm;
    this.confirms ??= new PublishReceipts({
      settled: (seq, multiple, ack) => {
        // A confirm whose sync completes after this channel closed (an error, or the
        // client's close) must not go out: the channel number may already be reused.
        if (this.closing || this.conn.channels.get(this.id) !== this) return;
        this.conn.sendMethod(this.id, ack ? M.BASIC_ACK : M.BASIC_NACK, {
          deliveryTag: seq,
          multiple,
          requeue: false,
        });
      },
      observe: latency.observe.bind(latency),
      account: this.conn.accountUnconfirmed,
    });
  }

  /** For management: a snapshot of this channel. */
  info(): ChannelInfo {
    return {
      number: this.id,
      consumers: this.consumers.size,
      unacked: this.unacked.size,
      prefetch: this.consumerPrefetch,
      confirm: this.confirms !== undefined,
      transactional: this.tx !== undefined,
    };
  }

  // ---- closing ---------------------------------------------------------------

  /** Client-initiated channel.close. */
  clientClose(): void {
    this.release();
    this.conn.channels.delete(this.id);
    this.conn.sendMethod(this.id, M.CHANNEL_CLOSE_OK, {});
  }

  /** Soft error: channel.close to the client, then wait for close-ok. */
  closeWithError(e: AmqpError): void {
    if (this.closing) return;
    this.conn.sendMethod(this.id, M.CHANNEL_CLOSE, {
      replyCode: e.replyCode,
      replyText: e.text.slice(0, 255),
      classId: e.classId,
      methodId: e.methodId,
    });
    this.closing = true;
    this.pending = undefined;
    this.release();
  }

  private finishClose(): void {
    this.conn.channels.delete(this.id);
  }

  /** Gives everything back: consumers cancelled, unacked messages requeued in order. */
  release(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    for (const tag of [...this.consumers.keys()]) this.cancel(tag);
    for (const [t, u] of this.unacked) this.settleOne(t, u, false, true);
    this.tx = undefined;
  }
}

/** RabbitMQ accepts only a string of a non-negative integer of milliseconds. */
function parseExpiration(v: string): number {
  if (!/^\d+$/.test(v)) throw amqpError('PRECONDITION_FAILED', `invalid expiration '${v}': no_integer`);
  return Number(v);
}

const EMPTY = Buffer.alloc(0);
const DIRECT_REPLY_TO_BYTES = Buffer.from(DIRECT_REPLY_TO);
const DIRECT_REPLY_PREFIX = `${DIRECT_REPLY_TO}.`;
