import type { Destination } from '../topology/destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
export declare class FanoutExchange extends Exchange {
    private readonly all;
    route(_routingKey: string, _headers: HeadersOf, out: Set<Destination>): void;
    protected added(b: Binding): void;
    protected removed(b: Binding): void;
}
