import { type KnownBodyCrc, type StreamBatch, type StreamLog, type StreamReader } from '../../store/index.js';
import type { StreamQueue } from './stream-queue.js';
import { type StreamFormatId } from './stream-format.js';
export declare class StreamPartition {
    /** the stream (Kafka topic, Redis key) this is a partition of */
    readonly stream: string;
    /** 0-based partition number */
    readonly index: number;
    /** the stream queue holding it (its name is `stream` for one partition, else a super stream's member) */
    readonly queue: StreamQueue;
    constructor(
    /** the stream (Kafka topic, Redis key) this is a partition of */
    stream: string, 
    /** 0-based partition number */
    index: number, 
    /** the stream queue holding it (its name is `stream` for one partition, else a super stream's member) */
    queue: StreamQueue);
    /** The stream queue's name. */
    get name(): string;
    get vhost(): string;
    /** The store's log (everything the partition does not wrap is here). */
    get log(): StreamLog;
    /** Deleted (through any front): appends and reads fail from now on. */
    get deleted(): boolean;
    /** First retained offset (Kafka's log start offset); == nextOffset when empty. */
    get firstOffset(): number;
    /** The offset the next append gets (Kafka's log end offset). */
    get nextOffset(): number;
    /** Offsets below this are committed (synced): what committed readers see (Kafka's high watermark). */
    get highWatermark(): number;
    /** Retained offsets (records of batches counted each). */
    get count(): number;
    /** Retained head + body bytes. */
    get bytes(): number;
    /**
     * Appends one record covering `count` offsets (a Kafka RecordBatch: its records; a Redis entry or an AMQP
     * message: 1), kept as given. offsetField >= 0: the first offset is written into the stored copy of body at
     * that byte as a big-endian int64 (a RecordBatch's baseOffset). Returns the first offset. Durable once
     * sync() calls back; refused (BrokerError RESOURCE_ERROR, nothing appended) when the disk or the descriptor
     * budget refuses it. headFlags: the engine's head layout flags of an AMQP-format record (FLAG_WIDE_HEAD
     * for a routing key over 255 bytes: record.ts headFlags), OR'd into the record's flags. bodyCrc: a CRC32C the
     * caller checked over the end of body (a Kafka batch's own), reused for the stored record's (store: KnownBodyCrc).
     */
    appendBatch(format: StreamFormatId, timestamp: number, count: number, head: Buffer, body: Buffer, offsetField?: number, headFlags?: number, bodyCrc?: KnownBodyCrc): number;
    /** appendBatch of one offset. */
    append(format: StreamFormatId, timestamp: number, head: Buffer, body: Buffer, headFlags?: number): number;
    /** Calls back once everything appended before is on disk (group commit; at once for memory storage). */
    sync(cb: (err?: Error) => void): void;
    syncPromise(): Promise<void>;
    /**
     * Committed records from the one covering fromOffset (a read inside a batch returns the whole batch), while
     * their bytes stay within maxBytes; at least one record. [] at or past the high watermark.
     */
    read(fromOffset: number, maxBytes: number): StreamBatch[];
    /** A cursor for a long-lived reader (committed: stops at the high watermark). Close it when done. */
    reader(offset: number, committed?: boolean): StreamReader;
    /**
     * True as soon as the high watermark passes offset (data at or after it is committed); false after
     * timeoutMs, when signal aborts (the client went away) or the partition is deleted.
     */
    waitFor(offset: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
    /**
     * Moves the log start offset to `offset` (clamped to the high watermark, never backwards; Kafka's
     * DeleteRecords): durable on return, whole segments below it are freed. Returns the new log start offset.
     */
    deleteRecordsBefore(offset: number): number;
    /** First offset whose record timestamp is >= ts (a batch's timestamp is the one given at append), or nextOffset. */
    offsetForTimestamp(ts: number): number;
    private gone;
}
