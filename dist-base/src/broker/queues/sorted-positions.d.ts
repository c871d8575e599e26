export declare class SortedPositions {
    /** chunks[first..] hold the positions; chunks[first] starts at `head` (what precedes was taken) */
    private chunks;
    private first;
    private head;
    private n;
    /** comparisons and element moves so far (a work counter, for tests) */
    moves: number;
    get size(): number;
    /** The smallest position; undefined when empty. */
    peek(): number | undefined;
    /** Removes and returns the smallest position; undefined when empty. */
    shift(): number | undefined;
    /** Adds a position that is not held (a message is requeued once until it is taken again). */
    add(pos: number): void;
    /** Removes `pos`; true when it was held. */
    delete(pos: number): boolean;
    /** True when `pos` is held. */
    has(pos: number): boolean;
    /** Calls fn with every position held, in ascending order. */
    forEach(fn: (pos: number) => void): void;
    clear(): void;
    /** The chunk `pos` belongs in: the first whose last element is >= pos, else the last one. */
    private chunkFor;
    /** The first index in chunk[from..] whose element is >= pos. */
    private lowerBound;
    /** Chunk c holds more than CHUNK positions: its upper half becomes a chunk of its own. */
    private split;
    /** The first chunk is used up: the read index moves to the next one. */
    private dropFirstChunk;
    /** Taken chunks are cut off the list once they are half of it: O(1) per chunk taken, amortised. */
    private compact;
}
