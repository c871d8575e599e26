/**
 * Words split on '.'. The empty routing key has no words at all (RabbitMQ's split of
 * <<>> is []), so '#' matches it and '*' does not; "a." is two words, the second empty.
 */
export declare function topicWords(key: string): string[];
export declare class TopicTrie<D, V extends {
    readonly destination: D;
}> {
    private readonly root;
    private readonly wordsCache;
    private layer;
    private spare;
    private stamp;
    /** nodes in the trie, the root included */
    nodeCount: number;
    /** states (node, word position) visited by all matches so far: lets tests check the bound */
    steps: number;
    /** false when `value` was already bound with this pattern */
    add(pattern: string, value: V): boolean;
    /** false when `value` was not bound with this pattern; prunes nodes left empty */
    remove(pattern: string, value: V): boolean;
    /** Adds the destination of every value whose pattern matches `routingKey` to `out`. */
    match(routingKey: string, out: Set<D>): void;
    /**
     * Adds `n` and the '#' nodes below it (a '#' may match no word) to a layer of `size`
     * nodes, each once; returns the new size.
     */
    private enter;
    private childOrNew;
    private counted;
    private wordsOf;
}
