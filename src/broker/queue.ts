// A queue: a Log (durable segments or memory) read in order from its cursor, plus
// the few positions that depart from that order: requeued ones (kept sorted, so a
// requeued message goes back to its original place, as RabbitMQ's classic queues do)
// and a count of unacked ones (the channels own the unacked positions themselves).
import type { Log, RecordView } from '../store/index.js';
import type { Consumer } from './consumer.js';
import { BrokerError } from './errors.js';
import { type DeathReason, FLAG_PERSISTENT, type Message } from './message.js';
import { encodeHead } from './record.js';

export interface QueueOptions {
  durable: boolean;
  exclusive: boolean;
  autoDelete: boolean;
  arguments: Record<string, unknown>;
  /** connection that owns an exclusive queue */
  owner?: string;
}

export interface QueueHooks {
  /** the last consumer of an auto-delete queue went away */
  autoDelete(queue: Queue): void;
  /** a message leaves the queue for a reason other than an ack (dead-lettering) */
  deadLetter(queue: Queue, record: RecordView, reason: DeathReason): void;
}

/** One message taken from the queue (basic.get). */
export interface Taken {
  position: number;
  head: Buffer;
  body: Buffer;
  redelivered: boolean;
}

// Deliveries per dispatch run before yielding to I/O, so one busy queue cannot starve
// sockets and timers.
const DISPATCH_BUDGET = 4096;

export class Queue {
  readonly kind = 'queue' as const;
  readonly consumers: Consumer[] = [];
  unacked = 0;
  deleted = false;
  private rr = 0;
  private hadConsumer = false;
  private readonly requeued: number[] = [];
  private scheduled = false;
  private readonly runDispatch = () => this.dispatch();
  /** x-dead-letter-exchange, when set */
  readonly deadLetterExchange: string | undefined;

  constructor(
    readonly vhost: string,
    readonly name: string,
    readonly options: QueueOptions,
    readonly log: Log,
    private readonly hooks: QueueHooks,
  ) {
    const dlx = options.arguments['x-dead-letter-exchange'];
    this.deadLetterExchange = typeof dlx === 'string' ? dlx : undefined;
  }

  get ready(): number {
    return this.log.count - this.unacked;
  }

  /** true when the message must be synced before it may be confirmed */
  publish(msg: Message, head: Buffer = encodeHead(msg)): boolean {
    const flags = msg.persistent ? FLAG_PERSISTENT : 0;
    this.log.append(flags, msg.timestamp, head, msg.body);
    if (this.consumers.length > 0) this.schedule();
    return msg.persistent && this.log.durable;
  }

  schedule(): void {
    if (this.scheduled || this.deleted || this.consumers.length === 0) return;
    this.scheduled = true;
    queueMicrotask(this.runDispatch);
  }

  private dispatch(): void {
    this.scheduled = false;
    if (this.deleted) return;
    for (let budget = DISPATCH_BUDGET; budget > 0; budget--) {
      if (this.ready <= 0) return;
      const c = this.nextConsumer();
      if (!c) return;
      if (!this.take(c.noAck, c, undefined)) return;
    }
    this.scheduled = true;
    setImmediate(this.runDispatch);
  }

  private nextConsumer(): Consumer | undefined {
    const list = this.consumers;
    const n = list.length;
    for (let i = 0; i < n; i++) {
      const c = list[(this.rr + i) % n];
      if (c.canAccept()) {
        this.rr = (this.rr + i + 1) % n;
        return c;
      }
    }
    return undefined;
  }

  /** Takes the next message and hands it to `c` or copies it into `out`. */
  private take(noAck: boolean, c: Consumer | undefined, out: Taken | undefined): boolean {
    let pos: number;
    let redelivered: boolean;
    let head: Buffer;
    let body: Buffer;
    if (this.requeued.length > 0) {
      pos = this.requeued.shift()!;
      const rec = this.log.read(pos);
      head = rec.head;
      body = rec.body;
      redelivered = true;
    } else {
      const rec = this.log.shift();
      if (!rec) return false;
      pos = this.log.lastPosition;
      head = rec.head;
      body = rec.body;
      redelivered = this.log.isDelivered(pos);
    }
    if (noAck) this.log.ack(pos);
    else this.unacked++;
    if (c) c.deliver(this, pos, head, body, redelivered);
    if (out) {
      out.position = pos;
      out.head = head;
      out.body = body;
      out.redelivered = redelivered;
    }
    return true;
  }

  get(noAck: boolean): Taken | undefined {
    if (this.ready <= 0) return undefined;
    const out: Taken = { position: 0, head: EMPTY, body: EMPTY, redelivered: false };
    return this.take(noAck, undefined, out) ? out : undefined;
  }

  ack(position: number): void {
    this.unacked--;
    this.log.ack(position);
  }

  /** requeue=false dead-letters the message (when the queue has a dead-letter exchange) */
  reject(position: number, requeue: boolean): void {
    if (!requeue || this.deleted) {
      if (!this.deleted && this.deadLetterExchange !== undefined) {
        this.hooks.deadLetter(this, this.log.read(position), 'rejected');
      }
      this.ack(position);
      return;
    }
    this.unacked--;
    insertSorted(this.requeued, position);
    this.schedule();
  }

  addConsumer(c: Consumer): void {
    const first = this.consumers[0];
    if (first?.exclusive || (c.exclusive && this.consumers.length > 0)) {
      throw new BrokerError(
        'ACCESS_REFUSED',
        `queue '${this.name}' in vhost '${this.vhost}' in exclusive use`,
      );
    }
    this.consumers.push(c);
    this.hadConsumer = true;
    this.schedule();
  }

  removeConsumer(c: Consumer): void {
    const i = this.consumers.indexOf(c);
    if (i < 0) return;
    this.consumers.splice(i, 1);
    if (this.rr > i) this.rr--;
    if (this.consumers.length === 0 && this.options.autoDelete && this.hadConsumer && !this.deleted) {
      this.hooks.autoDelete(this);
    }
  }

  /** Removes ready messages (unacked ones stay with their channels), returns how many. */
  purge(): number {
    const n = this.ready;
    if (this.unacked === 0) {
      this.requeued.length = 0;
      this.log.purge();
      return n;
    }
    for (const pos of this.requeued) this.log.ack(pos);
    this.requeued.length = 0;
    while (this.log.shift()) this.log.ack(this.log.lastPosition);
    return n;
  }

  /** Marks the queue deleted and tells its consumers; the vhost destroys the log. */
  markDeleted(): Consumer[] {
    this.deleted = true;
    const cs = this.consumers.splice(0);
    for (const c of cs) c.cancelledByServer(this);
    return cs;
  }
}

const EMPTY = Buffer.alloc(0);

function insertSorted(list: number[], v: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, v);
}
