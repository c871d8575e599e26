// One partition of a stream, as every front sees it: the log of a stream queue (x-queue-type=stream), so an
// AMQP stream queue `orders`, the Redis stream key `orders` and partition 0 of the Kafka topic `orders` are
// the same object. Appends go through the queue so its AMQP consumers are woken and its counters move; reads
// go to the log. Protocol-neutral: a record is bytes plus a format tag (stream-format.ts).
//
// Offsets, batches, the high watermark and what survives a crash are the StreamLog's (store/stream-log.ts):
// - appendBatch() returns the record's first offset at once; the record is durable once sync()/syncPromise()
//   resolves (group commit), and only then visible to committed readers (read(), waitFor(), reader(o, true)).
// - an offset a committed reader or a completed sync has seen is never reused, even after SIGKILL.
import { LogRefusedError, } from '../../store/index.js';
import { BrokerError } from '../errors.js';
import { streamFlags } from './stream-format.js';
export class StreamPartition {
    stream;
    index;
    queue;
    constructor(
    /** the stream (Kafka topic, Redis key) this is a partition of */
    stream, 
    /** 0-based partition number */
    index, 
    /** the stream queue holding it (its name is `stream` for one partition, else a super stream's member) */
    queue) {
        this.stream = stream;
        this.index = index;
        this.queue = queue;
    }
    /** The stream queue's name. */
    get name() {
        return this.queue.name;
    }
    get vhost() {
        return this.queue.vhost;
    }
    /** The store's log (everything the partition does not wrap is here). */
    get log() {
        return this.queue.stream;
    }
    /** Deleted (through any front): appends and reads fail from now on. */
    get deleted() {
        return this.queue.deleted;
    }
    /** First retained offset (Kafka's log start offset); == nextOffset when empty. */
    get firstOffset() {
        return this.queue.stream.firstOffset;
    }
    /** The offset the next append gets (Kafka's log end offset). */
    get nextOffset() {
        return this.queue.stream.nextOffset;
    }
    /** Offsets below this are committed (synced): what committed readers see (Kafka's high watermark). */
    get highWatermark() {
        return this.queue.stream.highWatermark;
    }
    /** Retained offsets (records of batches counted each). */
    get count() {
        return this.queue.stream.count;
    }
    /** Retained head + body bytes. */
    get bytes() {
        return this.queue.stream.bytes;
    }
    /**
     * Appends one record covering `count` offsets (a Kafka RecordBatch: its records; a Redis entry or an AMQP
     * message: 1), kept as given. offsetField >= 0: the first offset is written into the stored copy of body at
     * that byte as a big-endian int64 (a RecordBatch's baseOffset). Returns the first offset. Durable once
     * sync() calls back; refused (BrokerError RESOURCE_ERROR, nothing appended) when the disk or the descriptor
     * budget refuses it. headFlags: the engine's head layout flags of an AMQP-format record (FLAG_WIDE_HEAD
     * for a routing key over 255 bytes: record.ts headFlags), OR'd into the record's flags. bodyCrc: a CRC32C the
     * caller checked over the end of body (a Kafka batch's own), reused for the stored record's (store: KnownBodyCrc).
     */
    appendBatch(format, timestamp, count, head, body, offsetField = -1, headFlags = 0, bodyCrc) {
        if (this.queue.deleted)
            throw this.gone();
        try {
            const flags = streamFlags(format) | headFlags;
            return this.queue.appendRecord(flags, timestamp, count, head, body, offsetField, bodyCrc);
        }
        catch (err) {
            if (err instanceof LogRefusedError)
                throw new BrokerError('RESOURCE_ERROR', `stream '${this.name}' refused the append: ${err.message}`);
            throw err;
        }
    }
    /** appendBatch of one offset. */
    append(format, timestamp, head, body, headFlags = 0) {
        return this.appendBatch(format, timestamp, 1, head, body, -1, headFlags);
    }
    /** Calls back once everything appended before is on disk (group commit; at once for memory storage). */
    sync(cb) {
        this.queue.stream.sync(cb);
    }
    syncPromise() {
        return this.queue.stream.syncPromise();
    }
    /**
     * Committed records from the one covering fromOffset (a read inside a batch returns the whole batch), while
     * their bytes stay within maxBytes; at least one record. [] at or past the high watermark.
     */
    read(fromOffset, maxBytes) {
        if (this.queue.deleted)
            throw this.gone();
        return this.queue.stream.read(fromOffset, maxBytes);
    }
    /** A cursor for a long-lived reader (committed: stops at the high watermark). Close it when done. */
    reader(offset, committed = true) {
        if (this.queue.deleted)
            throw this.gone();
        return this.queue.stream.reader(offset, { committed });
    }
    /**
     * True as soon as the high watermark passes offset (data at or after it is committed); false after
     * timeoutMs, when signal aborts (the client went away) or the partition is deleted.
     */
    waitFor(offset, timeoutMs, signal) {
        if (this.queue.deleted)
            return Promise.resolve(false);
        return this.queue.stream.waitFor(offset, timeoutMs, signal);
    }
    /**
     * Moves the log start offset to `offset` (clamped to the high watermark, never backwards; Kafka's
     * DeleteRecords): durable on return, whole segments below it are freed. Returns the new log start offset.
     */
    deleteRecordsBefore(offset) {
        if (this.queue.deleted)
            throw this.gone();
        try {
            return this.queue.stream.deleteRecordsBefore(offset);
        }
        catch (err) {
            throw new BrokerError('RESOURCE_ERROR', `stream '${this.name}': ${err.message}`);
        }
    }
    /** First offset whose record timestamp is >= ts (a batch's timestamp is the one given at append), or nextOffset. */
    offsetForTimestamp(ts) {
        return this.queue.stream.offsetForTimestamp(ts);
    }
    gone() {
        return new BrokerError('NOT_FOUND', `stream '${this.name}' in vhost '${this.vhost}' was deleted`);
    }
}
//# sourceMappingURL=partition.js.map