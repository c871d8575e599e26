export interface AbortedTxn {
    producerId: number;
    firstOffset: number;
    /** offset of the abort marker */
    lastOffset: number;
}
export declare class TxnPartitionIndex {
    private readonly topics;
    private get;
    private make;
    private tidy;
    /** A transaction of producerId now includes the partition, from startOffset on. */
    begin(topic: string, partition: number, producerId: number, startOffset: number): void;
    /** Whether producerId has an open transaction including the partition. */
    isOpen(topic: string, partition: number, producerId: number): boolean;
    /** The transaction ended (its marker is appended): the LSO may move; long-polling fetches re-check. */
    end(topic: string, partition: number, producerId: number): void;
    addAborted(topic: string, partition: number, a: AbortedTxn): void;
    /** The last stable offset: the high watermark, or the start of the earliest open transaction below it. */
    lastStable(topic: string, partition: number, highWatermark: number): number;
    /** Aborted transactions overlapping [from, to): what a read_committed Fetch of that range lists. */
    abortedIn(topic: string, partition: number, from: number, to: number): readonly {
        producerId: number;
        firstOffset: number;
    }[];
    /** Aborted entries wholly below logStart, removed (the caller forgets them durably). */
    dropAbortedBelow(topic: string, partition: number, logStart: number): AbortedTxn[];
    /** Every partition with aborted entries (for pruning). */
    abortedPartitions(): IterableIterator<[string, number]>;
    /**
     * Resolves true when a transaction on the partition ends, false after ms or when signal aborts: a
     * read_committed Fetch waiting for the LSO to move past its offset.
     */
    waitForEnd(topic: string, partition: number, ms: number, signal: AbortSignal): Promise<boolean>;
}
