import { Exchange } from './exchange.js';
import { TopicTrie } from './topic-trie.js';
// No cache of routing results: the trie matches in time linear in the key's words, and a
// cache that every bind invalidates let whoever binds and publishes choose its cost.
export class TopicExchange extends Exchange {
    trie = new TopicTrie();
    route(routingKey, _headers, out) {
        this.trie.match(routingKey, out);
    }
    added(b) {
        this.trie.add(b.routingKey, b);
    }
    removed(b) {
        this.trie.remove(b.routingKey, b);
    }
}
//# sourceMappingURL=topic.js.map