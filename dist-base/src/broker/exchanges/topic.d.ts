import type { Destination } from '../topology/destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
import { TopicTrie } from './topic-trie.js';
export declare class TopicExchange extends Exchange {
    readonly trie: TopicTrie<Destination, Binding>;
    route(routingKey: string, _headers: HeadersOf, out: Set<Destination>): void;
    protected added(b: Binding): void;
    protected removed(b: Binding): void;
}
