import type { Destination } from '../topology/destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
export declare class DirectExchange extends Exchange {
    private readonly byKey;
    route(routingKey: string, _headers: HeadersOf, out: Set<Destination>): void;
    protected added(b: Binding): void;
    protected removed(b: Binding): void;
}
