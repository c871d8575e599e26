// Topic bindings as a trie of pattern words, as RabbitMQ keeps them
// (rabbit_exchange_type_topic): one edge per literal word plus a '*' and a '#' edge per
// node, the bindings at the node where their pattern ends. Matching runs the trie as an
// automaton over the routing key, one layer of live nodes per word with each node at
// most once per layer, so a key of w words costs at most (w + 1) × nodes steps whatever
// the patterns. (Backtracking over '#' instead is exponential: `#.a.#.a.#.a.#.b` and the
// like froze the broker for minutes on a long key.)
import { DenseSet } from './dense-set.js';
/**
 * Words split on '.'. The empty routing key has no words at all (RabbitMQ's split of
 * <<>> is []), so '#' matches it and '*' does not; "a." is two words, the second empty.
 */
export function topicWords(key) {
    return key === '' ? [] : key.split('.');
}
function node(parent, word) {
    const isHash = parent !== undefined && word === '#';
    return {
        parent,
        word,
        isHash,
        words: undefined,
        star: undefined,
        hash: undefined,
        values: undefined,
        seen: 0,
    };
}
// Routing keys repeat, so their split words are kept (words of a key never change, so
// nothing invalidates this, unlike a cache of routing results). Bounded; cleared when full.
const WORDS_CACHE_LIMIT = 4096;
export class TopicTrie {
    root = node(undefined, '');
    wordsCache = new Map();
    // the two layers of a match, reused so a publish allocates nothing here
    layer = [];
    spare = [];
    stamp = 0;
    /** nodes in the trie, the root included */
    nodeCount = 1;
    /** states (node, word position) visited by all matches so far: lets tests check the bound */
    steps = 0;
    /** false when `value` was already bound with this pattern */
    add(pattern, value) {
        let n = this.root;
        for (const w of topicWords(pattern))
            n = this.childOrNew(n, w);
        n.values ??= new DenseSet();
        return n.values.add(value);
    }
    /** false when `value` was not bound with this pattern; prunes nodes left empty */
    remove(pattern, value) {
        let n = this.root;
        for (const w of topicWords(pattern)) {
            n = w === '*' ? n.star : w === '#' ? n.hash : n.words?.get(w);
            if (!n)
                return false;
        }
        if (!n.values?.delete(value))
            return false;
        if (n.values.size === 0)
            n.values = undefined;
        while (n.parent !== undefined && isEmpty(n)) {
            const p = n.parent;
            if (n.word === '*')
                p.star = undefined;
            else if (n.word === '#')
                p.hash = undefined;
            else {
                p.words.delete(n.word);
                if (p.words.size === 0)
                    p.words = undefined;
            }
            this.nodeCount--;
            n = p;
        }
        return true;
    }
    /** Adds the destination of every value whose pattern matches `routingKey` to `out`. */
    match(routingKey, out) {
        const words = this.wordsOf(routingKey);
        // lengths are kept apart from the arrays: truncating an array frees its store, and
        // the next push would allocate it again, on every publish
        let layer = this.layer;
        let next = this.spare;
        let size = this.enter(this.root, layer, 0, ++this.stamp);
        let steps = 0;
        for (let i = 0; i < words.length && size > 0; i++) {
            const w = words[i];
            const stamp = ++this.stamp;
            let nextSize = 0;
            for (let j = 0; j < size; j++) {
                const n = layer[j];
                steps++;
                if (n.isHash)
                    nextSize = this.enter(n, next, nextSize, stamp);
                const c = n.words?.get(w);
                if (c !== undefined)
                    nextSize = this.enter(c, next, nextSize, stamp);
                if (n.star !== undefined)
                    nextSize = this.enter(n.star, next, nextSize, stamp);
            }
            const t = layer;
            layer = next;
            next = t;
            size = nextSize;
        }
        for (let j = 0; j < size; j++) {
            steps++;
            const vs = layer[j].values;
            if (vs === undefined)
                continue;
            const items = vs.items;
            for (let k = 0; k < items.length; k++)
                out.add(items[k].destination);
        }
        this.layer = layer;
        this.spare = next;
        this.steps += steps;
    }
    /**
     * Adds `n` and the '#' nodes below it (a '#' may match no word) to a layer of `size`
     * nodes, each once; returns the new size.
     */
    enter(n, layer, size, stamp) {
        while (n !== undefined && n.seen !== stamp) {
            n.seen = stamp;
            layer[size++] = n;
            n = n.hash;
        }
        return size;
    }
    childOrNew(n, w) {
        if (w === '*')
            return (n.star ??= this.counted(node(n, w)));
        if (w === '#')
            return (n.hash ??= this.counted(node(n, w)));
        n.words ??= new Map();
        let c = n.words.get(w);
        if (!c)
            n.words.set(w, (c = this.counted(node(n, w))));
        return c;
    }
    counted(n) {
        this.nodeCount++;
        return n;
    }
    wordsOf(key) {
        let words = this.wordsCache.get(key);
        if (words === undefined) {
            words = topicWords(key);
            if (this.wordsCache.size >= WORDS_CACHE_LIMIT)
                this.wordsCache.clear();
            this.wordsCache.set(key, words);
        }
        return words;
    }
}
function isEmpty(n) {
    return n.values === undefined && n.words === undefined && n.star === undefined && n.hash === undefined;
}
//# sourceMappingURL=topic-trie.js.map