import type { Destination } from '../topology/destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
import { TopicTrie } from './topic-trie.js';

// No cache of routing results: the trie matches in time linear in the key's words, and a
// cache that every bind invalidates let whoever binds and publishes choose its cost.
export class TopicExchange extends Exchange {
  readonly trie = new TopicTrie<Destination, Binding>();

  route(routingKey: string, _headers: HeadersOf, out: Set<Destination>): void {
    this.trie.match(routingKey, out);
  }

  protected override added(b: Binding): void {
    this.trie.add(b.routingKey, b);
  }

  protected override removed(b: Binding): void {
    this.trie.remove(b.routingKey, b);
  }
}
