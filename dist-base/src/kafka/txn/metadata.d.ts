export declare const TxnStatus: Readonly<{
    readonly Empty: 0;
    readonly Ongoing: 1;
    readonly PrepareCommit: 2;
    readonly PrepareAbort: 3;
    readonly CompleteCommit: 4;
    readonly CompleteAbort: 5;
}>;
export type TxnStatusId = (typeof TxnStatus)[keyof typeof TxnStatus];
/** A partition in a transaction, with the partition's log end offset when it was added. */
export interface TxnPartition {
    topic: string;
    partition: number;
    /**
     * The partition's next offset when AddPartitionsToTxn added it: no batch of this transaction can
     * lie below it, so it stands for the transaction's first offset there (Kafka's exact first offset
     * is at or after it). The last stable offset and the aborted-transactions list use it.
     */
    startOffset: number;
}
/** An offset TxnOffsetCommit sent, committed to the group only when the transaction commits. */
export interface PendingOffset {
    group: string;
    topic: string;
    partition: number;
    offset: number;
    leaderEpoch: number;
    metadata: string;
}
export interface TxnMetadata {
    readonly transactionalId: string;
    producerId: number;
    epoch: number;
    timeoutMs: number;
    status: TxnStatusId;
    /** when the transaction went Ongoing (its timeout counts from here), 0 when none is open */
    startMs: number;
    partitions: TxnPartition[];
    groups: string[];
    pending: PendingOffset[];
    /** a state change or completion is under way (not persisted): requests meanwhile get CONCURRENT_TRANSACTIONS */
    busy: boolean;
}
export declare function encodeTxn(m: TxnMetadata): Buffer;
/** The state stored for transactionalId; throws RangeError on a damaged or unknown encoding. */
export declare function decodeTxn(transactionalId: string, buf: Buffer): TxnMetadata;
