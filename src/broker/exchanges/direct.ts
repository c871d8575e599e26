import type { Destination } from '../topology/destination.js';
import { DenseSet } from './dense-set.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';

export class DirectExchange extends Exchange {
  // a set per key: one key may bind thousands of queues, and unbinding one stays O(1)
  private readonly byKey = new Map<string, DenseSet<Binding>>();

  route(routingKey: string, _headers: HeadersOf, out: Set<Destination>): void {
    const set = this.byKey.get(routingKey);
    if (set === undefined) return;
    const list = set.items;
    for (let i = 0; i < list.length; i++) out.add(list[i].destination);
  }

  protected override added(b: Binding): void {
    let set = this.byKey.get(b.routingKey);
    if (set === undefined) this.byKey.set(b.routingKey, (set = new DenseSet()));
    set.add(b);
  }

  protected override removed(b: Binding): void {
    const set = this.byKey.get(b.routingKey);
    if (set === undefined) return;
    set.delete(b);
    if (set.size === 0) this.byKey.delete(b.routingKey);
  }
}
