// Per-channel session state: publish assembly (method, header, body frames), consumers,
// the delivery tags of their unacked deliveries (settled through the engine's Deliveries),
// publisher confirms (the engine's PublishReceipts), transactions and direct reply-to.
// Decoded methods come in through a flat dispatch table (channel-methods.ts).
import { randomBytes } from 'node:crypto';
import {
  type Access,
  DIRECT_REPLY_TO,
  decodeHead,
  narrowNamesEnd,
  narrowNamesStart,
  type ChannelInfo,
  consumerTimeout,
  Deliveries,
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
  deliverFramesRaw,
  getOkFrames,
  newPropertySummary,
  readPropertySummary,
  returnFrames,
} from './codec/index.js';
import type { Connection } from './connection.js';
import { AmqpConsumer } from './consumer.js';
import { type AmqpError, amqpError } from './errors.js';
import { checkUserId, senderSelected } from './publish-properties.js';

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
  /** unacked deliveries, their tags, credit and acknowledgement timeout (the engine's Deliveries) */
  readonly deliveries = new Deliveries<AmqpConsumer>((timeout) => this.ackTimedOut(timeout));
  private pending: PendingPublish | undefined;
  /** basic.qos global=false: prefetch for consumers created after it */
  consumerPrefetch = 0;
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
      // Single-frame body: one copy out of the socket chunk, which is then free; but a body that fills at
      // least half of the memory it is in (a large frame the parser assembled across reads, or most of a
      // read) is kept as it is: Node never reuses that memory, and holding it wastes at most as much again.
      this.completePublish(
        p,
        payload.length * 2 >= payload.buffer.byteLength ? payload : Buffer.from(payload),
      );
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
    const tag =
      !c.noAck && queue
        ? this.deliveries.track(queue, position, level, c, c.ackTimeout)
        : this.deliveries.untracked();
    const start = narrowNamesStart(flags);
    if (start < 0) {
      const h = decodeHead(head, flags);
      const frames = deliverFrames(
        this.id,
        c.tag,
        tag,
        redelivered,
        h.exchange,
        h.routingKey,
        h.properties,
        body,
        this.conn.frameMax,
      );
      for (const buf of frames) this.conn.send(buf);
      return;
    }
    const end = narrowNamesEnd(head, start);
    const properties = head.subarray(end);
    const frames = deliverFramesRaw(
      this.id,
      c.tagBytes,
      tag,
      redelivered,
      head,
      start,
      end,
      properties,
      body,
      this.conn.frameMax,
    );
    for (const buf of frames) this.conn.send(buf);
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
    const tag = a.noAck
      ? this.deliveries.untracked()
      : this.deliveries.track(q, taken.position, taken.level, undefined, this.ackTimeoutFor(q, undefined));
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
    return consumerTimeout(q, consumerArg, this.conn.ctx.consumerTimeoutMs);
  }

  /**
   * A delivery held past its timeout closes the channel with 406, as RabbitMQ does; the
   * channel's unacked messages then go back to their queues.
   */
  private ackTimedOut(timeout: number): void {
    if (this.closing) return;
    this.conn.fail(
      amqpError(
        'PRECONDITION_FAILED',
        `delivery acknowledgement on channel ${this.id} timed out. Timeout value used: ${timeout} ms. ` +
          'This timeout value can be configured, see consumers doc guide to learn more',
      ),
      this.id,
      0,
    );
  }

  // ---- acknowledgements ------------------------------------------------------

  settle(kind: 'ack' | 'nack' | 'reject', tag: number, multiple: boolean, requeue: boolean): void {
    if (this.tx) {
      this.deliveries.check(tag, multiple);
      this.tx.acks.push({ kind, tag, multiple, requeue });
      return;
    }
    this.deliveries.settle(tag, multiple, kind === 'ack', requeue);
  }

  /** The channel can send again (socket drained, channel.flow on): every consumer's queue may deliver. */
  resumeDeliveries(): void {
    this.deliveries.resumed(); // every starved queue is scheduled here (or its consumer is gone)
    for (const c of this.consumers.values()) c.queue?.schedule();
  }

  /** basic.recover: every unacked message goes back to its queue, flagged redelivered. */
  recover(): void {
    this.deliveries.requeueAll();
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
    for (const a of acks) this.deliveries.settle(a.tag, a.multiple, a.kind === 'ack', a.requeue);
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
      unacked: this.deliveries.size,
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
    for (const tag of [...this.consumers.keys()]) this.cancel(tag);
    this.deliveries.release();
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
