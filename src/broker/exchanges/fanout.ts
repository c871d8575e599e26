import type { Destination } from '../topology/destination.js';
import { DenseSet } from './dense-set.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';

export class FanoutExchange extends Exchange {
  private readonly all = new DenseSet<Binding>();

  route(_routingKey: string, _headers: HeadersOf, out: Set<Destination>): void {
    const list = this.all.items;
    for (let i = 0; i < list.length; i++) out.add(list[i].destination);
  }

  protected override added(b: Binding): void {
    this.all.add(b);
  }

  protected override removed(b: Binding): void {
    this.all.delete(b);
  }
}
