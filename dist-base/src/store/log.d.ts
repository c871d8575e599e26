/** Flags bit 0: the record is persistent. A record without it is transient (invariant 4). */
export declare const FLAG_PERSISTENT = 1;
/**
 * One stored record. head and body are slices of the store's buffers (no copy): they stay valid as long as
 * the caller holds them, but the RecordView object returned by shift() is reused by the next shift().
 */
export interface RecordView {
    flags: number;
    /** Milliseconds, as given to append(). */
    timestamp: number;
    head: Buffer;
    body: Buffer;
}
/** segmentId * 2**32 + byte offset of the record in its segment; exact in a double; ordered like appends. */
export type Position = number;
export interface Log {
    readonly durable: boolean;
    /**
     * Appends a record and returns its position. Readable immediately, from memory (invariant 2). Throws
     * LogRefusedError, having stored nothing, while the log's writes fail (invariant 3).
     */
    append(flags: number, timestamp: number, head: Buffer, body: Buffer): Position;
    /**
     * Group commit: cb runs once, after an fdatasync covering every append made before this call (invariant 3).
     * For a non-durable log, or when nothing persistent awaits a sync, cb runs on a later tick without one.
     */
    sync(cb: (err?: Error) => void): void;
    /**
     * Next un-acked record at the read cursor, advancing it; undefined at the end. The returned object is
     * reused by the next shift() (its head/body slices stay valid); its position is then in lastPosition.
     */
    shift(): RecordView | undefined;
    /**
     * The record shift() would return next, without taking it (same reused view object).
     * Used to look at the head of a queue, e.g. to expire it.
     */
    peek(): RecordView | undefined;
    /** Position of the record last returned by shift(). */
    readonly lastPosition: Position;
    /** Moves the cursor back to the first un-acked record. */
    rewind(): void;
    /** Random read of one stored record (e.g. a requeued delivery); returns a fresh RecordView. */
    read(pos: Position): RecordView;
    /** Acknowledges a record (invariant 5). Idempotent; unknown or already deleted positions are ignored. */
    ack(pos: Position): void;
    /**
     * True when the record may have been delivered before the last restart (it lies below the recovered
     * delivered-watermark), so the broker must flag it redelivered. Always false for records appended since.
     */
    isDelivered(pos: Position): boolean;
    /** Records appended and not acked. */
    readonly count: number;
    /** Total head + body bytes of those records. */
    readonly bytes: number;
    /** Acks every record not yet acked (durably, like ack()); returns how many it dropped. */
    purge(): number;
    /** Flushes, syncs (data, acks, watermark) and closes the files. The log is unusable afterwards. */
    close(): Promise<void>;
    /** Deletes every file of the log (the queue was deleted). Pending sync callbacks get an error. */
    destroy(): Promise<void>;
}
