// An exchange and its bindings. Routing fills a caller-owned Set so a publish
// allocates no result container; exchange-to-exchange hops are resolved by the vhost.
import type { Destination } from '../destination.js';
import { alternateExchange, type Policy } from '../policies.js';

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

export abstract class Exchange {
  readonly kind = 'exchange' as const;
  readonly bindings: Binding[] = [];
  /** bindings where this exchange is the destination (e2e), for cleanup on delete */
  readonly inbound = new Set<Binding>();
  /** bindings to other exchanges; routing takes a cheaper path when there are none */
  exchangeBindings = 0;
  /** the policy in effect (the vhost matches it; applyPolicy changes it) */
  policy: Policy | undefined;
  /** where unroutable messages go: the alternate-exchange argument, else the policy's */
  alternateExchange: string | undefined;

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

  /** returns false if an identical binding exists */
  bind(binding: Binding): boolean {
    if (this.bindings.some((b) => b.id === binding.id)) return false;
    this.bindings.push(binding);
    if (binding.destination.kind === 'exchange') this.exchangeBindings++;
    this.added(binding);
    return true;
  }

  unbind(id: string): Binding | undefined {
    const i = this.bindings.findIndex((b) => b.id === id);
    if (i < 0) return undefined;
    const [b] = this.bindings.splice(i, 1);
    if (b.destination.kind === 'exchange') this.exchangeBindings--;
    this.removed(b);
    return b;
  }

  removeDestination(dest: Destination): Binding[] {
    const gone = this.bindings.filter((b) => b.destination === dest);
    for (const b of gone) this.unbind(b.id);
    return gone;
  }

  protected added(_b: Binding): void {}
  protected removed(_b: Binding): void {}
}

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
