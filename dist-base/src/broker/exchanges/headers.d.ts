import type { Destination } from '../topology/destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
export declare class HeadersExchange extends Exchange {
    private readonly modes;
    route(_routingKey: string, headersOf: HeadersOf, out: Set<Destination>): void;
    protected added(b: Binding): void;
    protected removed(b: Binding): void;
}
