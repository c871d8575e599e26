import type { Destination } from '../topology/destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
import { headersMatch, type MatchMode, matchMode } from './headers-match.js';

export class HeadersExchange extends Exchange {
  private readonly modes = new Map<Binding, MatchMode>();

  route(_routingKey: string, headersOf: HeadersOf, out: Set<Destination>): void {
    if (this.modes.size === 0) return;
    const headers = headersOf();
    for (const [b, mode] of this.modes) if (headersMatch(b.arguments, mode, headers)) out.add(b.destination);
  }

  protected override added(b: Binding): void {
    // invalid x-match values are refused by the vhost before binding
    this.modes.set(b, matchMode(b.arguments) ?? 'all');
  }

  protected override removed(b: Binding): void {
    this.modes.delete(b);
  }
}
