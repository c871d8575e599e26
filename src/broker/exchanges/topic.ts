import type { Destination } from '../destination.js';
import { type Binding, Exchange, type HeadersOf } from './exchange.js';
import { topicMatches, topicWords } from './topic-match.js';

// Routing results are cached per routing key (most systems publish with few distinct
// keys); any bind or unbind clears the cache. The cache is bounded.
const CACHE_LIMIT = 4096;

export class TopicExchange extends Exchange {
  private readonly patterns = new Map<Binding, string[]>();
  private readonly cache = new Map<string, Destination[]>();

  route(routingKey: string, _headers: HeadersOf, out: Set<Destination>): void {
    let dests = this.cache.get(routingKey);
    if (!dests) {
      dests = [];
      const words = topicWords(routingKey);
      for (const [b, pattern] of this.patterns) if (topicMatches(pattern, words)) dests.push(b.destination);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(routingKey, dests);
    }
    for (let i = 0; i < dests.length; i++) out.add(dests[i]);
  }

  protected override added(b: Binding): void {
    this.patterns.set(b, topicWords(b.routingKey));
    this.cache.clear();
  }

  protected override removed(b: Binding): void {
    this.patterns.delete(b);
    this.cache.clear();
  }
}
