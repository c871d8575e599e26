import type { Destination } from '../destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';

export class DirectExchange extends Exchange {
  private readonly byKey = new Map<string, Binding[]>();

  route(routingKey: string, _headers: HeadersOf, out: Set<Destination>): void {
    const list = this.byKey.get(routingKey);
    if (list) for (let i = 0; i < list.length; i++) out.add(list[i].destination);
  }

  protected override added(b: Binding): void {
    const list = this.byKey.get(b.routingKey);
    if (list) list.push(b);
    else this.byKey.set(b.routingKey, [b]);
  }

  protected override removed(b: Binding): void {
    const list = this.byKey.get(b.routingKey);
    if (!list) return;
    const i = list.indexOf(b);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byKey.delete(b.routingKey);
  }
}
