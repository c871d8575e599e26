import { BatchView } from './record-batch.js';
/** A cursor over the records of one (decompressed) records section. Reuse it with reset(). */
export declare class RecordIterator {
    attributes: number;
    timestampDelta: number;
    offsetDelta: number;
    headerCount: number;
    /** The current record's bytes in data: [recordStart, recordEnd), its length varint included. */
    recordStart: number;
    recordEnd: number;
    private r;
    private left;
    private keyAt;
    private keyLen;
    private valueAt;
    private valueLen;
    /** Per header: key start, key length, value start, value length (-1 = null); reused. */
    private readonly headerPos;
    constructor(data: Buffer, count: number);
    reset(data: Buffer, count: number): void;
    /** Advances to the next record; false after the last. Throws CORRUPT_MESSAGE on bad framing. */
    next(): boolean;
    /** The (decompressed) records section being walked. */
    get data(): Buffer;
    get key(): Buffer | null;
    get value(): Buffer | null;
    headerKey(i: number): string;
    headerValue(i: number): Buffer | null;
}
/** The records section of a batch ready to iterate: decompressed if needed, bounded by maxBytes. */
export declare function batchRecords(batch: BatchView, maxBytes?: number): RecordIterator;
export interface RecordHeader {
    key: string;
    value: Buffer | null;
}
/** One record with absolute offset and timestamp (an allocating convenience over RecordIterator). */
export interface KafkaRecord {
    offset: number;
    timestamp: number;
    key: Buffer | null;
    value: Buffer | null;
    headers: RecordHeader[];
}
/** Every record of a batch as objects: for tools, tests and cross-protocol delivery. */
export declare function readRecords(batch: BatchView, maxBytes?: number): KafkaRecord[];
export interface RecordInput {
    key: Uint8Array | null;
    value: Uint8Array | null;
    headers?: readonly {
        key: string;
        value: Uint8Array | null;
    }[];
    /** Milliseconds since the epoch (CreateTime). */
    timestamp: number;
}
export interface BatchOptions {
    baseOffset?: number;
    /** Default -1 (no leader epoch), as brokers without one write. */
    partitionLeaderEpoch?: number;
    /** Compression.NONE (default), GZIP or SNAPPY. */
    compression?: number;
    producerId?: number;
    producerEpoch?: number;
    baseSequence?: number;
    transactional?: boolean;
    control?: boolean;
    logAppendTime?: boolean;
}
/**
 * Builds a RecordBatch v2 from records (offset deltas 0..n-1), computing lastOffsetDelta,
 * timestamps and the CRC. For messages that arrived through AMQP, SQS or Redis and are read by a
 * Kafka consumer.
 */
export declare function buildRecordBatch(records: readonly RecordInput[], options?: BatchOptions): Buffer;
export declare const ControlType: Readonly<{
    readonly ABORT: 0;
    readonly COMMIT: 1;
}>;
/** A one-record control batch ending a transaction, as a transaction coordinator writes it. */
export declare function buildControlBatch(options: {
    commit: boolean;
    producerId: number;
    producerEpoch: number;
    coordinatorEpoch?: number;
    timestamp: number;
    baseOffset?: number;
    partitionLeaderEpoch?: number;
}): Buffer;
/** The marker type of a control record's key (ControlType), or throws CORRUPT_MESSAGE. */
export declare function controlType(key: Buffer | null): number;
/**
 * A batch with only the records keep() accepts, as Kafka's log cleaner rewrites one: baseOffset,
 * lastOffsetDelta, timestamps and producer fields stay, so offsets do not move; the kept records are
 * copied as they are (their deltas still hold) and compressed again with the batch's codec (lz4 and
 * zstd batches, which Wharf cannot encode, come out uncompressed). undefined: every record kept
 * (the batch stays as it is); null: none kept.
 */
export declare function filterBatch(batch: BatchView, keep: (it: RecordIterator, offset: number, timestamp: number) => boolean): Buffer | null | undefined;
