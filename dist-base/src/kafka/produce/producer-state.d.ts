/** How many batches per producer and partition are remembered (Kafka's NUM_BATCHES_TO_RETAIN). */
export declare const BATCHES_KEPT = 5;
export type SeqVerdict = {
    kind: 'append';
} | {
    kind: 'duplicate';
    baseOffset: number;
} | {
    kind: 'error';
    code: number;
    message: string;
};
export declare function seqAdd(seq: number, n: number): number;
/** The state of one partition. */
export declare class PartitionProducers {
    private readonly byId;
    /** Checks a batch against the state, without changing it. */
    check(producerId: number, epoch: number, firstSeq: number, lastOffsetDelta: number): SeqVerdict;
    /** Records a stored batch. */
    record(producerId: number, epoch: number, firstSeq: number, lastOffsetDelta: number, baseOffset: number): void;
    /**
     * A transaction marker of the producer was written here. A marker with a newer epoch (the
     * coordinator fenced the producer, or a new instance took its transactional id) makes older
     * epochs' batches INVALID_PRODUCER_EPOCH and lets the new epoch start at sequence 0; at the same
     * epoch the sequences carry on, as markers take no sequence number.
     */
    markerWritten(producerId: number, epoch: number): void;
    /** The latest epoch this partition saw of a producer (for InitProducerId's epoch bump checks). */
    epochOf(producerId: number): number | undefined;
}
