// Pull reads of one queue (SQS ReceiveMessage, and later XREADGROUP): `receive` takes up
// to `max` ready messages as leases with a deadline, waiting up to `waitMs` for the first
// one. Leases end by ack, by release (now, or when their deadline passes: a visibility
// timeout), or by dead-lettering once a message has been delivered `maxDeliveries` times.
//
// Waiting readers are served fairly with the queue's push consumers (AMQP): while any
// reader waits, the queue holds one extra Consumer (the "port") in its round robin; a
// message dispatched to it goes to the longest-waiting reader, who then takes what else
// is ready up to its `max` at once, so a batch published together comes back together.
//
// Delivery counts: a lease carries how often its message was delivered, this time
// included; the queue's pull states (pull-states.ts) keep the count, the first delivery
// time and the lease's deadline of every message received and not yet acked, by position,
// so a message that comes back (released, expired) keeps its count. For a durable queue
// they are journaled, and a receive is answered only once they are synced: after a
// restart a message keeps its count, and one whose lease had not yet run out is held
// (leased to no one) until its deadline when the reader reaches it. A message the store
// flags as delivered before a restart with no state (delivered over AMQP) starts at 1.
// Only messages in flight or returned have a state, so memory follows them, not the
// queue's depth.
import type { Consumer } from '../queues/consumer.js';
import { ExpiryHeap } from '../queues/expiry-heap.js';
import { LeaseTable } from './leases.js';
import type { DeathReason } from '../messages/message.js';
import type { QueuePullStates } from './pull-states.js';

/** a pull state's deadline when the message was deleted through a receipt from before a restart */
const DELETED = -1;

/** What the pull reader needs of its queue: the queue's own take/ack/requeue. */
export interface PullHost {
  readonly name: string;
  readonly deleted: boolean;
  get(noAck: boolean): PulledRecord | undefined;
  ack(position: number, level: number): void;
  reject(position: number, level: number, requeue: boolean): void;
  /** acks a message that is ready again after its lease ended; false when it is not one */
  ackRequeued(position: number, level: number): boolean;
  /** an unacked message leaves for its dead-letter exchange (or is dropped without one) */
  deadLetterTaken(position: number, level: number, reason: DeathReason): void;
  addConsumer(c: Consumer): void;
  removeConsumer(c: Consumer): void;
  /** the record's timestamp (ms since epoch, stamped on arrival) */
  timestampOf(position: number, level: number): number;
  /** where delivery counts and deadlines are kept (journaled for a durable queue) */
  pullStates(): QueuePullStates;
}

export interface PulledRecord {
  position: number;
  level: number;
  flags: number;
  head: Buffer;
  body: Buffer;
  redelivered: boolean;
  /** arrival time, when the taker knows it without another read */
  timestamp?: number;
}

export interface ReceiveOptions {
  /** how long the messages stay leased (ms); 0 leaves them ready again at once */
  leaseMs: number;
  /** how long to wait for a first message when none is ready (ms; default 0: answer now) */
  waitMs?: number;
  /** aborted when the client goes away: the wait ends with what it has (nothing) */
  signal?: AbortSignal;
  /** who holds the leases (a connection, a consumer name): releaseOwner ends them together */
  owner?: string;
  /**
   * a message already delivered this many times is dead-lettered (reason delivery_limit)
   * instead of delivered again (SQS maxReceiveCount); default: no limit
   */
  maxDeliveries?: number;
  /**
   * told of a message that is still leased from before a restart (its deadline has not
   * passed) as the reader reaches it: it is held, leased to no one, not delivered
   */
  onHeld?: (lease: Lease) => void;
}

/** One message taken by `receive`. Its buffers are the reader's own (copied from the store). */
export interface Lease {
  /** names this delivery: ack/release/extend take it; stale once the lease ends */
  id: number;
  position: number;
  level: number;
  /** deliveries of this message, this one included (1 the first time) */
  deliveryCount: number;
  /** ms since epoch of its first delivery (as far as this process knows) */
  firstDeliveredAt: number;
  /** ms since epoch of its arrival */
  timestamp: number;
  /** ms since epoch when it becomes ready again unless acked or extended */
  deadline: number;
  owner: string | undefined;
  flags: number;
  head: Buffer;
  body: Buffer;
  redelivered: boolean;
}

interface Waiter {
  max: number;
  opts: ReceiveOptions;
  got: Lease[];
  resolve: (leases: Lease[]) => void;
  timer: NodeJS.Timeout | undefined;
  onAbort: (() => void) | undefined;
}

export class PullReader {
  private readonly leases = new LeaseTable();
  private readonly deadlines = new ExpiryHeap();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  /** delivery count, first delivery and deadline of messages received and not acked, by position key */
  private readonly states: QueuePullStates;
  /** leases restored from before a restart (see toLease), by position key: found again by key and count */
  private readonly heldIds = new Map<number, number>();
  private readonly waiters: Waiter[] = [];
  private portAttached = false;
  private readonly port: Consumer;

  constructor(private readonly queue: PullHost) {
    this.states = queue.pullStates();
    const tag = `pull:${queue.name}`;
    this.port = {
      tag,
      noAck: false,
      exclusive: false,
      priority: 0,
      prefetch: 0,
      canAccept: () => this.waiters.length > 0,
      deliver: (_q, position, level, head, flags, body, redelivered) =>
        this.deliverToWaiter({ position, level, head, flags, body, redelivered }),
      cancelledByServer: () => this.close(),
    };
  }

  /** live leases (in flight) */
  get inFlight(): number {
    return this.leases.size;
  }

  /** readers waiting for a message */
  get waiting(): number {
    return this.waiters.length;
  }

  receive(max: number, opts: ReceiveOptions): Promise<Lease[]> {
    // leases whose deadline passed end now, not when their timer gets its turn: a receive
    // right after a zero visibility timeout sees the message again (and dead-letters it
    // when over maxReceiveCount), however busy the event loop is
    if (this.deadlines.size > 0 && this.deadlines.peekTime() <= Date.now()) {
      if (this.timer) clearTimeout(this.timer);
      this.expire();
    }
    const got: Lease[] = [];
    this.fill(got, max, opts);
    const waitMs = opts.waitMs ?? 0;
    if (got.length > 0 || waitMs <= 0 || this.queue.deleted || opts.signal?.aborted) {
      return new Promise((resolve) => this.answer(got, resolve));
    }
    return new Promise((resolve) => {
      const w: Waiter = { max, opts, got, resolve, timer: undefined, onAbort: undefined };
      w.timer = setTimeout(() => this.finish(w), waitMs);
      if (opts.signal) {
        w.onAbort = () => this.finish(w);
        opts.signal.addEventListener('abort', w.onAbort, { once: true });
      }
      this.waiters.push(w);
      this.attachPort();
    });
  }

  /** Ends a lease with an ack (the message is gone). False when the id names no live lease. */
  ack(id: number): boolean {
    const slot = this.leases.slotOf(id);
    if (slot < 0) return false;
    const pos = this.leases.positionOf(slot);
    const level = this.leases.levelOf(slot);
    this.leases.free(slot);
    this.states.delete(pos * 256 + level);
    this.queue.ack(pos, level);
    return true;
  }

  /**
   * Acks the delivery named by its message's position key and delivery count, when that
   * delivery's lease was taken before a restart and runs on (its id is from the earlier run):
   * a client that received the message then may still delete it. A message the reader has
   * not reached since the restart is marked, and acked when reached. False when that
   * delivery is not in flight.
   */
  ackDelivery(key: number, count: number): boolean {
    const id = this.heldIds.get(key);
    if (id !== undefined && this.leases.slotOf(id) >= 0)
      return this.leases.countOf(this.leases.slotOf(id)) === count && this.ack(id);
    const s = this.states.get(key);
    if (!s || s.count !== count || s.deadline === DELETED) return false;
    if (s.deadline > Date.now()) {
      this.states.set(key, { ...s, deadline: DELETED });
      return true;
    }
    // The lease ended and no one took the message since (its count would have grown): the
    // most recent delivery may still delete it, as SQS deletes with the latest receipt handle
    // after the visibility timeout.
    if (!this.queue.ackRequeued(Math.floor(key / 256), key % 256)) return false;
    this.states.delete(key);
    return true;
  }

  /** extend() for a delivery named as ackDelivery names it. */
  extendDelivery(key: number, count: number, ms: number): boolean {
    const id = this.heldIds.get(key);
    if (id !== undefined && this.leases.slotOf(id) >= 0)
      return this.leases.countOf(this.leases.slotOf(id)) === count && this.extend(id, ms);
    const s = this.states.get(key);
    if (!s || s.count !== count || s.deadline <= Date.now()) return false;
    this.states.set(key, { ...s, deadline: ms <= 0 ? 0 : Date.now() + ms });
    return true;
  }

  /**
   * Moves a lease's deadline to `ms` from now; 0 releases the message now (ready again,
   * its delivery count kept). False when the id names no live lease.
   */
  extend(id: number, ms: number): boolean {
    const slot = this.leases.slotOf(id);
    if (slot < 0) return false;
    if (ms <= 0) {
      this.releaseSlot(slot);
      return true;
    }
    const at = Date.now() + ms;
    this.leases.setDeadline(slot, at);
    this.setState(slot, at);
    this.deadlines.push(at, id);
    this.arm(at);
    return true;
  }

  /** Releases a lease now (SQS ChangeMessageVisibility 0, AMQP-style requeue). */
  release(id: number): boolean {
    return this.extend(id, 0);
  }

  /**
   * Gives a lease back as if it had never been taken: ready again in its place, its
   * delivery count as before (a reader that must skip a message, e.g. of a FIFO message
   * group that is held). False when the id names no live lease.
   */
  putBack(id: number): boolean {
    const slot = this.leases.slotOf(id);
    if (slot < 0) return false;
    const pos = this.leases.positionOf(slot);
    const level = this.leases.levelOf(slot);
    const before = this.leases.countOf(slot) - 1;
    // kept even at 0: the queue flags a requeued message redelivered, which would count as 1
    this.states.set(pos * 256 + level, { count: before, firstAt: this.leases.firstAtOf(slot), deadline: 0 });
    this.leases.free(slot);
    this.queue.reject(pos, level, true);
    return true;
  }

  /** The live lease named by id: its message's position key (position * 256 + level), delivery count and deadline. */
  lease(
    id: number,
  ): { key: number; deliveryCount: number; deadline: number; owner: string | undefined } | undefined {
    const slot = this.leases.slotOf(id);
    if (slot < 0) return undefined;
    return {
      key: this.leases.positionOf(slot) * 256 + this.leases.levelOf(slot),
      deliveryCount: this.leases.countOf(slot),
      deadline: this.leases.deadlineOf(slot),
      owner: this.leases.ownerOf(slot),
    };
  }

  /** Releases every lease `owner` holds (its connection went away). Returns how many. */
  releaseOwner(owner: string): number {
    let n = 0;
    for (const slot of [...this.leases.live()]) {
      if (this.leases.ownerOf(slot) === owner) {
        this.releaseSlot(slot);
        n++;
      }
    }
    return n;
  }

  /** The queue was deleted: waiting readers get nothing, timers stop. */
  close(): void {
    for (const w of this.waiters.splice(0)) this.settle(w);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    this.portAttached = false;
  }

  /** Ready messages were purged: states kept for them are forgotten (those of live leases stay). */
  purged(): void {
    const leased = new Set<number>();
    for (const slot of this.leases.live())
      leased.add(this.leases.positionOf(slot) * 256 + this.leases.levelOf(slot));
    this.states.clear((key) => leased.has(key));
  }

  /** Takes ready messages as leases into `got` until it holds `max` or none is ready. */
  private fill(got: Lease[], max: number, opts: ReceiveOptions): void {
    while (got.length < max && !this.queue.deleted) {
      const rec = this.queue.get(false);
      if (!rec) return;
      const lease = this.toLease(rec, opts);
      if (lease) got.push(lease);
    }
  }

  /**
   * A taken record becomes a lease, or is dead-lettered when over its delivery limit, or is
   * held (leased to no one, undefined returned) when its lease from before a restart runs on.
   */
  private toLease(rec: PulledRecord, opts: ReceiveOptions): Lease | undefined {
    const key = rec.position * 256 + rec.level;
    const prior = this.states.get(key);
    if (prior?.deadline === DELETED) {
      // deleted through a receipt from before the restart (ackDelivery)
      this.states.delete(key);
      this.queue.ack(rec.position, rec.level);
      return undefined;
    }
    const now = Date.now();
    // a live lease's message is never ready: a deadline ahead is one that a restart interrupted
    const held = prior !== undefined && prior.deadline > now;
    const before = held ? prior.count - 1 : (prior?.count ?? (rec.redelivered ? 1 : 0));
    if (!held && opts.maxDeliveries !== undefined && before >= opts.maxDeliveries) {
      this.states.delete(key);
      this.queue.deadLetterTaken(rec.position, rec.level, 'delivery_limit');
      return undefined;
    }
    const firstAt = prior?.firstAt ?? now;
    const count = before + 1;
    const deadline = held ? prior.deadline : now + Math.max(0, opts.leaseMs);
    const owner = held ? undefined : opts.owner;
    // copied: the store reuses its read buffers, and the caller answers on a later tick
    const head = Buffer.from(rec.head);
    const body = Buffer.from(rec.body);
    const timestamp = rec.timestamp ?? this.queue.timestampOf(rec.position, rec.level);
    const id = this.leases.take(rec.position, rec.level, count, firstAt, deadline, owner);
    this.deadlines.push(deadline, id);
    this.arm(deadline);
    if (!held) this.states.set(key, { count, firstAt, deadline });
    const lease: Lease = {
      id,
      position: rec.position,
      level: rec.level,
      deliveryCount: count,
      firstDeliveredAt: firstAt,
      timestamp,
      deadline,
      owner,
      flags: rec.flags,
      head,
      body,
      redelivered: rec.redelivered,
    };
    if (!held) {
      this.heldIds.delete(key);
      return lease;
    }
    this.heldIds.set(key, id);
    opts.onHeld?.(lease);
    return undefined;
  }

  /** The queue dispatched a message to the port: the longest-waiting reader gets it. */
  private deliverToWaiter(rec: PulledRecord): void {
    const w = this.waiters[0];
    if (!w) {
      // no one waits any more (cannot happen: canAccept is false then): back it goes
      this.queue.reject(rec.position, rec.level, true);
      return;
    }
    const lease = this.toLease(rec, w.opts);
    if (!lease) return; // dead-lettered or held; the reader keeps waiting
    w.got.push(lease);
    this.fill(w.got, w.max, w.opts);
    this.waiters.shift();
    this.settle(w);
    if (this.waiters.length === 0) this.detachPort();
  }

  private finish(w: Waiter): void {
    const i = this.waiters.indexOf(w);
    if (i < 0) return;
    this.waiters.splice(i, 1);
    this.settle(w);
    if (this.waiters.length === 0) this.detachPort();
  }

  private settle(w: Waiter): void {
    if (w.timer) clearTimeout(w.timer);
    if (w.onAbort) w.opts.signal?.removeEventListener('abort', w.onAbort);
    this.answer(w.got, w.resolve);
  }

  /**
   * Hands leases to their reader once their states are on disk (a durable queue's journal
   * sync, shared by every receive meanwhile): a count a client was told survives a crash.
   * A failed sync still answers: the messages are safe in the log, only the counts may be
   * lower after a crash.
   */
  private answer(got: Lease[], resolve: (leases: Lease[]) => void): void {
    if (got.length === 0 || !this.states.durable) return resolve(got);
    this.states.sync(() => resolve(got));
  }

  /** The state of a live lease, as it now stands. */
  private setState(slot: number, deadline: number): void {
    this.states.set(this.leases.positionOf(slot) * 256 + this.leases.levelOf(slot), {
      count: this.leases.countOf(slot),
      firstAt: this.leases.firstAtOf(slot),
      deadline,
    });
  }

  private attachPort(): void {
    if (this.portAttached) return;
    this.portAttached = true;
    try {
      this.queue.addConsumer(this.port);
    } catch (err) {
      // an exclusive consumer holds the queue: the readers wait on their timers alone
      this.portAttached = false;
      void err;
    }
  }

  private detachPort(): void {
    if (!this.portAttached) return;
    this.portAttached = false;
    // after the dispatch run that called us, so the queue's consumer list is not changed under it
    queueMicrotask(() => {
      if (!this.portAttached && !this.queue.deleted) this.queue.removeConsumer(this.port);
    });
  }

  private releaseSlot(slot: number): void {
    const pos = this.leases.positionOf(slot);
    const level = this.leases.levelOf(slot);
    this.setState(slot, 0);
    this.leases.free(slot);
    this.queue.reject(pos, level, true);
  }

  private arm(at: number): void {
    if (at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(this.expire, Math.max(0, at - Date.now() + 1));
    this.timer.unref();
  }

  /** Deadlines that passed: those leases end, their messages ready again. */
  private readonly expire = (): void => {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (this.queue.deleted) return;
    const now = Date.now();
    const heap = this.deadlines;
    while (heap.size > 0 && heap.peekTime() <= now) {
      const at = heap.peekTime();
      const id = heap.pop();
      const slot = this.leases.slotOf(id);
      // entries of finished leases, or deadlines since moved, are stale: skipped
      if (slot >= 0 && this.leases.deadlineOf(slot) === at) this.releaseSlot(slot);
    }
    if (heap.size > 0) this.arm(heap.peekTime());
  };
}
