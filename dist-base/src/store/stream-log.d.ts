import { FileHandles } from './file-handles.js';
import { type CommitStats, type SyncCallback, type SyncObserver } from './group-commit.js';
import { type KnownBodyCrc } from './stream-record.js';
import { type CompactDecision } from './stream-compaction.js';
import { StreamSegment } from './stream-segment.js';
import { type WriteFailureObserver } from './write-failures.js';
export interface StreamLogOptions {
    /** Roll to a new segment before one would exceed this many bytes. Default 32 MiB; < 4 GiB. */
    segmentSize?: number;
    /** Retention: delete the oldest segments while the segment files total more than this. */
    maxBytes?: number;
    /** Retention: delete the oldest segments whose newest record is older than this (record timestamps). */
    maxAgeMs?: number;
    /** How often age retention runs. Default maxAgeMs / 4, between 1 s and 60 s. */
    retentionIntervalMs?: number;
    /** Told about truncated records and other repairs done by recovery, and retention errors. */
    onWarning?: (msg: string) => void;
    /** Told, once at open, how many corrupt records recovery skipped (for metrics; onWarning has the details). */
    onCorruption?: (what: 'record', count: number) => void;
    /** Default true. false: memory only, no files. */
    durable?: boolean;
    /** Largest read-ahead of one reader. Default 1 MiB. */
    readAhead?: number;
    /** Once readers together hold this much read-ahead, further reads are small (16 KiB). Default 64 MiB. */
    readAheadBudget?: number;
    /** Told the duration of every fdatasync round (for latency metrics). */
    onSyncRound?: SyncObserver;
    /** benchmarks only: added to every fdatasync round (a simulated slow disk) */
    syncDelayMs?: number;
    /** The budget of open descriptors this log borrows from. Default: its own, unlimited. */
    files?: FileHandles;
    /** Told the first write failure of each episode and file (e.g. ENOSPC: to check free disk space now). */
    onWriteFailure?: WriteFailureObserver;
}
/** One record as returned by StreamReader.next(). */
export interface StreamReadView {
    /** The first offset the record covers. */
    offset: number;
    /** How many offsets it covers (1 unless appended by appendBatch). */
    count: number;
    /** As given to append (bit 7 is the store's and never set here). */
    flags: number;
    /** Milliseconds, as given to append(). */
    timestamp: number;
    head: Buffer;
    body: Buffer;
}
/** One record as returned by StreamLog.read(): a fresh object the caller may keep. */
export interface StreamBatch {
    /** The first offset the record covers (a Kafka batch's base offset). */
    offset: number;
    /** How many offsets it covers. */
    count: number;
    flags: number;
    timestamp: number;
    head: Buffer;
    body: Buffer;
}
/** Options of appendBatch. */
export interface AppendBatchOptions {
    /**
     * Writes the batch's first offset into the stored copy of body at this byte, as a big-endian 64-bit integer
     * (a Kafka RecordBatch's baseOffset, byte 0). The caller's buffer is not changed.
     */
    offsetField?: number;
    /**
     * The caller's CRC32C of body[from, body.length), already checked against those bytes (a Kafka batch's own
     * CRC-32C, which covers it from byte 21): the record's CRC is combined from it instead of reading those bytes
     * again. A wrong value makes a record that recovery drops as corrupt. `from` lies after the offset field.
     */
    bodyCrc?: KnownBodyCrc;
}
/** A cursor of one consumer. */
export interface StreamReader {
    /** The offset next() considers next (inside a batch: the offset after the batch once it was returned). */
    readonly offset: number;
    /** The next record, or undefined at the end (call again once more is appended). Reused view (invariant 7). */
    next(): StreamReadView | undefined;
    /** Releases its read-ahead buffer. Further next() calls return undefined. */
    close(): void;
}
/** The segment size of a log opened without one (32 MiB). */
export declare const DEFAULT_STREAM_SEGMENT_SIZE: number;
export declare class StreamLog {
    readonly dir: string;
    readonly durable: boolean;
    /** fdatasync calls, bytes written to segment files, group-commit rounds; corrupt records skipped at open. */
    readonly stats: CommitStats & {
        corruptRecords: number;
    };
    private liveCount;
    private liveBytes;
    private diskBytes;
    private segmentSize;
    private maxBytes;
    private maxAgeMs;
    private readonly retentionIntervalMs;
    private readonly readAhead;
    private readonly readAheadBudget;
    private readonly warn;
    private readonly commit;
    private readonly segs;
    private cur;
    private closed;
    /** segments deleted so far: tags their files set aside for unlinking (trashQuiet) */
    private trashed;
    private fdsClosed;
    private closing;
    private timer;
    private wBuf;
    private wStart;
    private wLen;
    private wFlushed;
    private nextCap;
    private pBuf;
    private pSeg;
    private pStart;
    private lastChunk;
    private batchOpen;
    /** Log start offset set by deleteRecordsBefore (invariant 6a); 0 when never set. */
    private start;
    private hwm;
    private roundEnd;
    /** The directory change the round's last record needs durable (its segment's entry). */
    private roundDirNeed;
    private readonly waiters;
    private wakeScheduled;
    private persistSeq;
    private startedSeq;
    /**
     * Offset up to which a round covered every record (set with startedSeq): records past it are covered only by
     * callbacks still waiting, so a failed write withdraws from here at the earliest (withdrawUnwritten).
     */
    private windowFrom;
    private readonly dirtySegs;
    private synced;
    private deferredClose;
    private dirFd;
    private dirChanges;
    private dirSynced;
    private roundDir;
    private retentionDeferred;
    private readonly rfds;
    private readonly handles;
    private readonly reports;
    /** Set while the chunk's pending bytes cannot be written (cleared by the first write that succeeds). */
    private writeError;
    /** @internal Read-ahead bytes held by all readers. */
    readAheadUsed: number;
    private constructor();
    private armRetentionTimer;
    /** Changes the retention limits (e.g. a policy) and applies them at once. */
    setRetention(limits: {
        maxBytes: number | undefined;
        maxAgeMs: number | undefined;
    }): void;
    /** Changes the size at which the next segments roll (a topic's segment.bytes); the current one keeps going. */
    setSegmentSize(bytes: number): void;
    /**
     * Moves the log start offset to `offset` (invariant 6a; Kafka's DeleteRecords), clamped to the high watermark;
     * never backwards. Durable when it returns: the new start is on disk. Whole segments below it are deleted (now,
     * or after the sync round that makes the current segment's directory entry durable). Returns the new start.
     * Throws (nothing changed) when the start file cannot be written.
     */
    deleteRecordsBefore(offset: number): number;
    /** Opens (creating if needed) the stream in dir and recovers it. Synchronous. */
    static open(dir: string, opts?: StreamLogOptions): StreamLog;
    /** Retained records (holes excluded). */
    get count(): number;
    /** Head + body bytes of the retained records. */
    get bytes(): number;
    /** Total size of the segment files (what maxBytes is compared with). */
    get diskSize(): number;
    /** First retained offset (the log start offset); == nextOffset when the log is empty. */
    get firstOffset(): number;
    /** The offset the next append gets. */
    get nextOffset(): number;
    /**
     * The high watermark (invariant 2): committed readers see the offsets below it. Durable logs: the end of the
     * last record a completed sync round covered; memory-only logs: nextOffset.
     */
    get highWatermark(): number;
    /** Appends one record covering one offset; returns its offset. `flags` bit 7 is the store's (ignored). */
    append(flags: number, timestamp: number, head: Buffer, body: Buffer): number;
    /**
     * Appends one record covering `count` offsets (a batch kept as it arrived: e.g. a Kafka RecordBatch in body);
     * returns its first offset. count is an integer in [1, 2^31) and at most head + body bytes + 1, so recovery
     * can bound what a damaged record held. Durable: call sync(cb) (or syncPromise()) to wait for the disk.
     */
    appendBatch(flags: number, timestamp: number, count: number, head: Buffer, body: Buffer, opts?: AppendBatchOptions): number;
    private put;
    /** sync() as a promise. */
    syncPromise(): Promise<void>;
    /**
     * Resolves true as soon as the high watermark is above `offset` (data at or after it is committed), false
     * after timeoutMs, when signal aborts, or when the log closes. A waiter makes sync rounds happen.
     */
    waitFor(offset: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
    private settle;
    /** Resolves the waiters the high watermark passed. */
    private wake;
    private scheduleWake;
    /**
     * The committed records from the one covering fromOffset (a read starting inside a batch returns the whole
     * batch) while their head + body bytes stay within maxBytes; the first record is returned whatever its size.
     * Empty at or past the high watermark; fromOffset below firstOffset reads from firstOffset (check first if
     * that must be an error). Holes are skipped. Each entry is a fresh object whose buffers stay valid.
     */
    read(fromOffset: number, maxBytes: number, opts?: {
        uncommitted?: boolean;
    }): StreamBatch[];
    /** Group commit (invariant 3). Memory-only logs call back on a later tick. */
    sync(cb: SyncCallback): void;
    /** First offset whose record timestamp is >= ts, or nextOffset. Exact (the sparse index finds the block). */
    offsetForTimestamp(ts: number): number;
    /** Start offset of the last chunk (invariant 9); nextOffset when empty. */
    lastChunkOffset(): number;
    /**
     * A cursor starting at the record covering offset, clamped to [firstOffset, nextOffset]. committed: it
     * returns only records below the high watermark (invariant 2), and asks for a sync round when it waits there.
     */
    reader(offset: number, opts?: {
        committed?: boolean;
    }): StreamReader;
    /** The first offset of the segment being written: every record below it is in a sealed segment. */
    get activeSegmentBase(): number;
    /**
     * Compaction (invariant 10): every sealed, synced segment whose records all lie below upTo is passed record by
     * record to decide (undefined: keep, null: drop, a Buffer: the record's new body, same offsets) and rewritten
     * if anything changed. Returns how many segments were rewritten and the bytes they shrank by.
     */
    compact(upTo: number, decide: (v: StreamReadView) => CompactDecision): {
        segments: number;
        bytesFreed: number;
    };
    /** Applies retention (invariant 6); returns how many offsets it dropped from the start. */
    applyRetention(now?: number): number;
    /** Flushes, syncs and closes the files. The log is unusable afterwards; readers return undefined. */
    close(): Promise<void>;
    /** Deletes every file of the log. Pending sync callbacks get an error. */
    destroy(): Promise<void>;
    /** @internal */
    writePending(): Error | undefined;
    /**
     * Writes the chunk's pending bytes. From a round's tick the descriptors must fit in the budget (else a
     * busy FileLimitError: the round waits); from append() (`urgent`), which cannot wait, they may go past it.
     */
    private write;
    /** @internal The offset up to which records are written to the files (group-commit.ts). */
    writtenTo(): number;
    /**
     * @internal Withdraws the persistent records of the callbacks a failed write fails (invariant 3): those
     * past keptTo and past the last round that covered everything; holes from now on. The ones still pending
     * are rewritten as transient in the chunk; the ones an earlier write put in a file are rewritten so in the
     * file (withdrawWritten), else they would come back after a restart.
     */
    withdrawUnwritten(keptTo: number): void;
    /** Rewrites record i of seg, whose bytes are at buf[at], as transient: a hole from now on. */
    private withdrawAt;
    /**
     * The persistent records at offsets [from, to) that are in the files already (an early write of the failed
     * round): read back, rewritten as transient and written over themselves, which takes no new space; the next
     * round syncs them. The previous chunk, which caches them, gets the same bytes. Returns how many.
     */
    private withdrawWritten;
    /** @internal */
    takeDirty(data: number[], _aux: number[]): void;
    /** The round covering records up to roundEnd completed: they are committed (invariant 2). */
    private advanceWatermark;
    /** @internal */
    afterSync(): void;
    /** @internal */
    waitForRoom(err: Error, retry: () => void): boolean;
    /** @internal */
    syncFailed(err: Error): void;
    /** @internal The next record for reader r, or undefined at the end (committed readers: the watermark). */
    readNext(r: Cursor): StreamReadView | undefined;
    /** @internal Offset a reader positioned at (seg, idx) reports. */
    offsetOf(seg: StreamSegment, idx: number): number;
    /**
     * Called after each sync round that moved the high watermark (one listener: the log's owner, e.g. a stream
     * queue driving committed readers). Memory-only logs never call it: their watermark is nextOffset.
     */
    committedListener: (() => void) | undefined;
    /** Offset in the buffer returned by locate(). */
    private at;
    /** The descriptor readFd() returned last is transient. */
    private readTemp;
    /** The buffer holding the record (sets this.at): the write chunks, the reader's read-ahead, or the file. */
    private locate;
    /**
     * A descriptor to read seg: its write descriptor, or one from the small LRU cache; if the budget has no
     * room for another kept one, a transient one (readTemp set: the caller closes it after the read).
     */
    private readFd;
    private readonly endBatch;
    private readonly onTimer;
    private clearTimer;
    private segPath;
    /** An early write (past FLUSH_AT): a failure only leaves the bytes pending; the round's tick deals with it. */
    private flushNow;
    /** Writes the pending bytes now, or refuses the append that needs them written (invariant 3). */
    private flushOrRefuse;
    /** Retires the current chunk (once it is written) and starts one that fits at least len bytes. */
    private newChunk;
    private retireChunk;
    /** Starts the next segment; refuses (LogRefusedError, nothing changed) when that needs a write or a file it cannot get. */
    private roll;
    /**
     * A new segment and its file; the caller adds it. For a new stream (not `urgent`) refused at the budget's
     * limit; a roll inside append(), which cannot wait, may go past it.
     */
    private createSegment;
    private deleteSegment;
    /** Closes the write descriptor of a segment no longer written, once its bytes are synced. */
    private release;
    /**
     * A descriptor may be in an fdatasync in flight: close it after, so its number is not reused meanwhile.
     * `gone`: its file is deleted, and the close that frees its blocks runs in the thread pool.
     */
    private closeFd;
    /**
     * The budget needs descriptors back (file-handles.ts): closes every one that no write or round needs now.
     * Those written and not yet synced stay; a background round is asked for so they are idle next time.
     */
    private readonly closeIdle;
    private finalCommit;
    private closeAll;
    /** Index of the segment holding offset o (the last one whose base is <= o). */
    private segIndexFor;
    private indexOfSeg;
}
/** @internal A reader: its position (segment, index of the next record) and its own read-ahead buffer. */
declare class Cursor implements StreamReader {
    private readonly log;
    seg: StreamSegment;
    idx: number;
    /** stops at the high watermark (invariant 2) */
    readonly committed: boolean;
    closed: boolean;
    buf: Buffer | null;
    bufSeg: StreamSegment | null;
    bufStart: number;
    /** Bytes of buf counted in the log's readAheadUsed. */
    held: number;
    nextRead: number;
    readonly view: StreamReadView;
    constructor(log: StreamLog, seg: StreamSegment, idx: number, 
    /** stops at the high watermark (invariant 2) */
    committed: boolean);
    get offset(): number;
    next(): StreamReadView | undefined;
    close(): void;
    /** Releases the read-ahead buffer (slices already handed out stay valid: they keep it alive). */
    drop(): void;
}
export {};
