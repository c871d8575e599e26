import type { Destination } from '../destination.js';
import { Exchange, type HeadersOf } from './exchange.js';

export class FanoutExchange extends Exchange {
  route(_routingKey: string, _headers: HeadersOf, out: Set<Destination>): void {
    const list = this.bindings;
    for (let i = 0; i < list.length; i++) out.add(list[i].destination);
  }
}
