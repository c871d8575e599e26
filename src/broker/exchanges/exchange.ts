// An exchange and its bindings. Routing fills a caller-owned Set so a publish
// allocates no result container; exchange-to-exchange hops are resolved by the vhost.
// Every binding operation is O(1) in the number of bindings (a vhost may hold 100 000s).
import type { Destination } from '../topology/destination.js';
import type { Message } from '../messages/message.js';
import type { PublishTarget } from '../topology/vhost.js';
import { alternateExchange, type Policy } from '../topology/policies.js';

export interface Binding {
  readonly source: Exchange;
  readonly destination: Destination;
  readonly routingKey: string;
  readonly arguments: Record<string, unknown>;
  /** identity of (destination, key, arguments) for dedup and unbind */
  readonly id: string;
}

export interface ExchangeOptions {
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  arguments: Record<string, unknown>;
}

export type HeadersOf = () => Record<string, unknown> | undefined;

/**
 * A front's own deliveries of every message published to an exchange, beside its bindings
 * (SNS: a topic's SQS subscriptions, each with its filter and envelope). It publishes what
 * it derives and pushes where that was stored onto `out`, so the publisher's confirm waits
 * for those syncs too; false when a target refused a message. Set by the front at start
 * and whenever it uses the exchange; not recorded (an exchange declared anew has none).
 */
export type ExchangeTap = (msg: Message, out: PublishTarget[]) => boolean;

export abstract class Exchange {
  readonly kind = 'exchange' as const;
  /**
   * Set when the exchange is deleted. Its sources may still name it in their routing
   * structures for a few event-loop turns while they are cleared (BindingIndex); routing
   * and listings skip it meanwhile.
   */
  deleted = false;
  /**
   * Bindings by destination, then by id (key and arguments): bind and unbind are O(1), and
   * every binding to one destination leaves at once (detach) when that destination goes.
   */
  private readonly byDest = new Map<Destination, Map<string, Binding>>();
  private count = 0;
  /** bindings to other exchanges; routing takes a cheaper path when there are none */
  exchangeBindings = 0;
  /** the policy in effect (the vhost matches it; applyPolicy changes it) */
  policy: Policy | undefined;
  /** where unroutable messages go: the alternate-exchange argument, else the policy's */
  alternateExchange: string | undefined;
  /** a front's deliveries beside the bindings (see ExchangeTap) */
  tap: ExchangeTap | undefined;

  constructor(
    readonly vhost: string,
    readonly name: string,
    readonly type: string,
    readonly options: ExchangeOptions,
  ) {
    this.alternateExchange = alternateExchange(options.arguments, undefined);
  }

  applyPolicy(policy: Policy | undefined): void {
    this.policy = policy;
    // RabbitMQ's default exchange never hands messages to an alternate exchange
    if (this.name !== '')
      this.alternateExchange = alternateExchange(this.options.arguments, policy?.definition);
  }

  abstract route(routingKey: string, headers: HeadersOf, out: Set<Destination>): void;

  get bindingCount(): number {
    return this.count;
  }

  /** Every binding from this exchange (not for the message path). */
  get bindings(): Iterable<Binding> {
    return this.allBindings();
  }

  private *allBindings(): Generator<Binding> {
    for (const group of this.byDest.values()) yield* group.values();
  }

  /** The bindings from this exchange to `dest`. */
  bindingsTo(dest: Destination): Iterable<Binding> {
    return this.byDest.get(dest)?.values() ?? NONE;
  }

  hasBindingsTo(dest: Destination): boolean {
    return this.byDest.has(dest);
  }

  /** Where this exchange has bindings to. */
  destinations(): Iterable<Destination> {
    return this.byDest.keys();
  }

  /** returns false if an identical binding exists */
  bind(binding: Binding): boolean {
    let group = this.byDest.get(binding.destination);
    if (group === undefined) this.byDest.set(binding.destination, (group = new Map()));
    else if (group.has(binding.id)) return false;
    group.set(binding.id, binding);
    this.count++;
    if (binding.destination.kind === 'exchange') this.exchangeBindings++;
    this.added(binding);
    return true;
  }

  unbind(dest: Destination, id: string): Binding | undefined {
    const group = this.byDest.get(dest);
    const b = group?.get(id);
    if (b === undefined) return undefined;
    group!.delete(id);
    if (group!.size === 0) this.byDest.delete(dest);
    this.count--;
    if (dest.kind === 'exchange') this.exchangeBindings--;
    this.removed(b);
    return b;
  }

  /**
   * Takes every binding to `dest` out of this exchange's bookkeeping at once, whatever
   * their number. Routing structures still hold them until `forgetDetached` is called for each
   * (in slices, by the vhost), so the caller must keep `dest` from receiving meanwhile.
   */
  detach(dest: Destination): Iterable<Binding> | undefined {
    const group = this.byDest.get(dest);
    if (group === undefined) return undefined;
    this.byDest.delete(dest);
    this.count -= group.size;
    if (dest.kind === 'exchange') this.exchangeBindings -= group.size;
    return group.values();
  }

  /** Removes a detached binding from the routing structures. */
  forgetDetached(b: Binding): void {
    this.removed(b);
  }

  protected added(_b: Binding): void {}
  protected removed(_b: Binding): void {}
}

const NONE: Iterable<Binding> = [];

export function bindingId(dest: Destination, routingKey: string, args: Record<string, unknown>): string {
  const argKey = Object.keys(args).length ? stableStringify(args) : '';
  return `${dest.kind}\u0000${dest.name}\u0000${routingKey}\u0000${argKey}`;
}

function stableStringify(v: unknown): string {
  if (v === null || typeof v !== 'object')
    return typeof v === 'bigint' ? `${v}n` : (JSON.stringify(v) ?? 'null');
  if (Buffer.isBuffer(v)) return `b:${v.toString('hex')}`;
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
    .join(',')}}`;
}
