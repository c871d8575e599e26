// Exchange type x-delayed-message, as RabbitMQ's delayed-message plugin defines it:
// argument x-delayed-type names the routing behaviour; a message whose x-delay header is
// an integer in (0, 2^32-1] ms is held and routed that much later, with x-delay set to
// -delay so it is not held again; anything else routes at once.
//
// Held messages live in the exchange's own log (durable for a durable exchange), with
// the due time as the record timestamp, and a typed-array heap orders them: thousands
// of distinct delays cost one timer. On restart the log is read back into the heap.
import type { Log } from '../store/index.js';
import type { Destination } from './destination.js';
import { ExpiryHeap } from './expiry-heap.js';
import { Exchange, type ExchangeOptions, type HeadersOf } from './exchanges/exchange.js';
import type { Binding } from './exchanges/index.js';
import { FLAG_PERSISTENT, type Message } from './message.js';
import { encodeHead, FLAG_TTL } from './record.js';

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
   * adds the durable places it was stored in to `stored`.
   */
  release(ex: DelayedExchange, head: Buffer, flags: number, body: Buffer, stored: Set<Syncable>): void;
  onError(err: Error): void;
}

export class DelayedExchange extends Exchange {
  private readonly heap = new ExpiryHeap();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
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
    let flags = FLAG_PERSISTENT; // held messages survive a restart, as in the plugin
    if (msg.persistent) flags |= FLAG_MESSAGE_PERSISTENT;
    if (msg.ttl !== undefined) flags |= FLAG_TTL;
    const pos = this.store.append(flags, dueAt, encodeHead(msg), msg.body);
    this.heap.push(dueAt, pos);
    this.arm();
  }

  private arm(): void {
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
    const now = Date.now();
    const released: number[] = [];
    const stored = new Set<Syncable>();
    while (this.heap.size > 0 && this.heap.peekTime() <= now) {
      const pos = this.heap.pop();
      try {
        const rec = this.store.read(pos);
        this.host.release(this, rec.head, rec.flags, rec.body, stored);
      } catch (err) {
        this.host.onError(err as Error);
      }
      released.push(pos);
    }
    this.arm();
    if (released.length === 0) return;
    const forget = () => {
      for (const pos of released) this.store.ack(pos);
      this.store.sync(() => {}); // push the acks out now rather than on the background timer
    };
    let pending = stored.size;
    if (pending === 0) return forget();
    for (const s of stored) s.sync(() => --pending === 0 && forget());
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
