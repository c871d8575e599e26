// Exchange type x-delayed-message, as RabbitMQ's delayed-message plugin defines it:
// argument x-delayed-type names the routing behaviour; a message whose x-delay header is
// an integer in (0, 2^32-1] ms is held and routed that much later, with x-delay set to
// -delay so it is not held again; anything else routes at once.
//
// Held messages live in the exchange's own log (durable for a durable exchange), with
// the due time as the record timestamp, and a typed-array heap orders them: thousands
// of distinct delays cost one timer. On restart the log is read back into the heap.
//
// A held copy goes only once every durable queue the released message reached has synced
// it. A release that throws, or whose queues fail to sync, keeps the held copy and tries
// again later (backoff doubling from RETRY_FIRST_MS up to RETRY_MAX_MS, each failure
// logged), so a confirmed delayed message is never lost; it may reach a queue twice
// (at-least-once) when a retry follows a partial release. stop() is called before the
// queues close at shutdown, so nothing is released into a closing queue.
import type { Log } from '../../store/index.js';
import type { Destination } from './destination.js';
import { ExpiryHeap } from '../queues/expiry-heap.js';
import { Exchange, type ExchangeOptions, type HeadersOf } from '../exchanges/exchange.js';
import type { Binding } from '../exchanges/index.js';
import { FLAG_PERSISTENT, type Message } from '../messages/message.js';
import { encodeHead, headFlags } from '../messages/record.js';

/** Record flag bit 2 (held messages only): the message itself is persistent. */
export const FLAG_MESSAGE_PERSISTENT = 4;
const MAX_DELAY = 4294967295;

/** Something a released message was stored in, which must be synced before the held copy goes. */
export interface Syncable {
  sync(cb: (err?: Error) => void): void;
}

export interface DelayHost {
  /**
   * Routes a released message through the exchange's own type (never held again);
   * pushes the durable places it was stored in onto `stored`. Throws if it could not be
   * stored everywhere it routes to.
   */
  release(ex: DelayedExchange, head: Buffer, flags: number, body: Buffer, stored: Syncable[]): void;
  onError(err: Error): void;
}

/** First retry of a failed release after this long; each further failure doubles it. */
export const RETRY_FIRST_MS = 1000;
/** Retries of a failed release are never further apart than this. */
export const RETRY_MAX_MS = 60_000;

/** One release waiting for its queues' syncs before its held copy may go. */
interface InFlight {
  pos: number;
  stored: Syncable[];
}

export class DelayedExchange extends Exchange {
  private readonly heap = new ExpiryHeap();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private stopped = false;
  /** the log is closed or destroyed: nothing more is written to it */
  private detached = false;
  /** failed releases so far, per held position; only positions that failed are here */
  private readonly attempts = new Map<number, number>();
  private readonly fire = () => {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    this.releaseDue();
  };

  constructor(
    vhost: string,
    name: string,
    options: ExchangeOptions,
    readonly inner: Exchange,
    /** held messages; also the confirm target (durable/sync) of a held publish */
    readonly store: Log,
    private readonly host: DelayHost,
  ) {
    super(vhost, name, 'x-delayed-message', options);
    for (let r = store.shift(); r; r = store.shift()) this.heap.push(r.timestamp, store.lastPosition);
    this.arm();
  }

  get held(): number {
    return this.heap.size;
  }

  route(routingKey: string, headers: HeadersOf, out: Set<Destination>): void {
    this.inner.route(routingKey, headers, out);
  }

  protected override added(b: Binding): void {
    this.inner.bind(b);
  }

  protected override removed(b: Binding): void {
    this.inner.unbind(b.destination, b.id);
  }

  /** The delay to apply, or 0 to route now. */
  static delayOf(headers: Record<string, unknown> | undefined): number {
    const v = headers?.['x-delay'];
    let n: number;
    if (typeof v === 'number') n = Math.trunc(v);
    else if (typeof v === 'bigint') n = Number(v);
    else if (typeof v === 'string' && /^-?\d+$/.test(v)) n = Number(v);
    else return 0;
    return n > 0 && n <= MAX_DELAY ? n : 0;
  }

  hold(msg: Message, delay: number): void {
    const dueAt = msg.timestamp + delay;
    // held messages survive a restart, as in the plugin
    let flags = FLAG_PERSISTENT | headFlags(msg);
    if (msg.persistent) flags |= FLAG_MESSAGE_PERSISTENT;
    const pos = this.store.append(flags, dueAt, encodeHead(msg), msg.body);
    this.heap.push(dueAt, pos);
    this.arm();
  }

  private arm(): void {
    if (this.stopped) return;
    const at = this.heap.peekTime();
    if (at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    if (at === Number.POSITIVE_INFINITY) return;
    this.timer = setTimeout(this.fire, Math.max(0, at - Date.now()));
    this.timer.unref();
  }

  /**
   * Releases what is due. The held copies are removed only after the queues that got
   * the messages have synced them, so a crash never loses a released message; a crash
   * inside that window releases it again (at-least-once).
   */
  private releaseDue(): void {
    if (this.stopped) return;
    const now = Date.now();
    const batch: InFlight[] = [];
    const failed: number[] = [];
    let cause: Error | undefined;
    while (this.heap.size > 0 && this.heap.peekTime() <= now) {
      const pos = this.heap.pop();
      let rec;
      try {
        rec = this.store.read(pos);
      } catch (err) {
        if (err instanceof RangeError) {
          // the store has no such record (it drops a corrupt one itself): nothing to retry
          this.host.onError(err);
          this.forget(pos);
        } else {
          cause ??= err as Error; // a read that failed (I/O): the record is still there
          failed.push(pos);
        }
        continue;
      }
      const stored: Syncable[] = [];
      try {
        this.host.release(this, rec.head, rec.flags, rec.body, stored);
      } catch (err) {
        cause ??= err as Error;
        failed.push(pos);
        continue;
      }
      batch.push({ pos, stored });
    }
    if (failed.length > 0) this.retryLater(failed, cause!);
    this.arm();
    if (batch.length > 0) this.settle(batch);
  }

  /** Waits for every queue the batch reached to sync, then drops the held copies it covers. */
  private settle(batch: InFlight[]): void {
    const outcome = new Map<Syncable, Error | undefined>();
    for (const r of batch) for (const s of r.stored) outcome.set(s, undefined);
    let pending = outcome.size;
    const done = () => {
      const failed: number[] = [];
      let cause: Error | undefined;
      for (const r of batch) {
        const err = r.stored.map((s) => outcome.get(s)).find((e) => e !== undefined);
        if (err === undefined) this.forget(r.pos);
        else {
          cause ??= err;
          failed.push(r.pos);
        }
      }
      if (failed.length > 0) this.retryLater(failed, cause!);
      if (!this.detached) this.flushAcks();
    };
    if (pending === 0) return done();
    for (const s of outcome.keys()) {
      s.sync((err) => {
        if (err) outcome.set(s, err);
        if (--pending === 0) done();
      });
    }
  }

  /** The release of pos is durable in its queues: the held copy goes (durably at the next commit). */
  private forget(pos: number): void {
    this.attempts.delete(pos);
    // once the log is closed the held copy stays and comes back once (at-least-once)
    if (!this.detached) this.store.ack(pos);
  }

  /** Pushes the acks out now rather than on the log's background timer. */
  private flushAcks(): void {
    this.store.sync((err) => {
      // the held copies then come back after a restart and are released again: duplicates, not loss
      if (err)
        this.host.onError(
          new Error(`delayed exchange '${this.name}': held copies not removed: ${err.message}`),
        );
    });
  }

  /** Keeps the held copies of failed releases and tries them again later, backing off. */
  private retryLater(positions: number[], cause: Error): void {
    if (this.stopped) return;
    let attempt = 0;
    for (const pos of positions) {
      const n = (this.attempts.get(pos) ?? 0) + 1;
      this.attempts.set(pos, n);
      attempt = Math.max(attempt, n);
    }
    const base = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(attempt - 1, 16));
    // jitter, so many failing exchanges do not retry in step
    const wait = Math.round(base * (0.75 + Math.random() * 0.25));
    const at = Date.now() + wait;
    for (const pos of positions) this.heap.push(at, pos);
    this.host.onError(
      new Error(
        `delayed exchange '${this.name}' in vhost '${this.vhost}': ${positions.length} message(s) ` +
          `could not be released (${cause.message}); kept, retrying in ${wait} ms (attempt ${attempt})`,
      ),
    );
    this.arm();
  }

  /** Messages whose release failed and waits for a retry (for tests and metrics). */
  get retrying(): number {
    return this.attempts.size;
  }

  /**
   * Stops releasing: the broker is closing. Releases still waiting for their queues'
   * syncs drop their held copies when those complete (the queues close first), or keep
   * them when they fail. Held messages stay in the log for the next start.
   */
  stopReleasing(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  /** Stops everything: the exchange is deleted and its log goes with it. */
  stop(): void {
    this.stopReleasing();
    this.detached = true;
  }

  /** Stops and closes the log (flushing acks of finished releases): after the queues closed. */
  close(): Promise<void> {
    this.stop();
    return this.store.close();
  }
}
