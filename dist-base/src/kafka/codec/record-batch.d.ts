export declare const Offsets: Readonly<{
    readonly BASE_OFFSET: 0;
    readonly BATCH_LENGTH: 8;
    readonly PARTITION_LEADER_EPOCH: 12;
    readonly MAGIC: 16;
    readonly CRC: 17;
    readonly ATTRIBUTES: 21;
    readonly LAST_OFFSET_DELTA: 23;
    readonly BASE_TIMESTAMP: 27;
    readonly MAX_TIMESTAMP: 35;
    readonly PRODUCER_ID: 43;
    readonly PRODUCER_EPOCH: 51;
    readonly BASE_SEQUENCE: 53;
    readonly RECORDS_COUNT: 57;
    readonly RECORDS: 61;
}>;
/** Bytes before the first record. */
export declare const BATCH_HEADER_SIZE: 61;
export declare const Attributes: Readonly<{
    readonly COMPRESSION_MASK: 7;
    readonly TIMESTAMP_LOG_APPEND: 8;
    readonly TRANSACTIONAL: 16;
    readonly CONTROL: 32;
    readonly DELETE_HORIZON: 64;
}>;
/** A zero-copy view of one batch at buf[start, end). Construct through splitBatches or viewBatch. */
export declare class BatchView {
    readonly buf: Buffer;
    readonly start: number;
    readonly end: number;
    constructor(buf: Buffer, start: number, end: number);
    get size(): number;
    get baseOffset(): number;
    get batchLength(): number;
    get partitionLeaderEpoch(): number;
    get magic(): number;
    get crc(): number;
    get attributes(): number;
    get compression(): number;
    get isTransactional(): boolean;
    get isControl(): boolean;
    get timestampType(): 'CreateTime' | 'LogAppendTime';
    get lastOffsetDelta(): number;
    /** The offset of the batch's last record. */
    get lastOffset(): number;
    get baseTimestamp(): number;
    get maxTimestamp(): number;
    get producerId(): number;
    get producerEpoch(): number;
    get baseSequence(): number;
    get recordsCount(): number;
    /** The records section as stored (compressed when compression != 0); a subarray, not a copy. */
    get recordsData(): Buffer;
    /** The whole batch; a subarray, not a copy. */
    get bytes(): Buffer;
    /** CRC-32C of attributes..end, as the batch's crc field should hold it. */
    computeCrc(): number;
    /** Throws CORRUPT_MESSAGE unless the crc field matches the bytes it covers. */
    validateCrc(): void;
    /** Overwrites baseOffset in place (outside the CRC). */
    patchBaseOffset(offset: number): void;
    /** Overwrites partitionLeaderEpoch in place (outside the CRC). */
    patchPartitionLeaderEpoch(epoch: number): void;
}
export interface SplitOptions {
    /**
     * Accept a final batch cut short (a Fetch response may end mid-batch when it hit max_bytes);
     * it is left out. Off for Produce, where a short batch is corrupt.
     */
    allowPartialTail?: boolean;
}
/**
 * Splits a `records` field into its batches (a Produce may carry several per partition). Checks
 * framing and magic only; call validateCrc on each batch to check its contents. Throws
 * CORRUPT_MESSAGE for a batch whose length overruns the data or an unknown magic, and
 * UNSUPPORTED_VERSION for magic 0/1 (the old MessageSet).
 */
export declare function splitBatches(records: Buffer, options?: SplitOptions): BatchView[];
