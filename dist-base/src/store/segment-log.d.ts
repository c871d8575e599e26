import { FileHandles } from './file-handles.js';
import { type CommitStats, type SyncCallback, type SyncObserver } from './group-commit.js';
import { type Log, type Position, type RecordView } from './log.js';
import { type RecoveryStats } from './recovery.js';
import { type WriteFailureObserver } from './write-failures.js';
export interface SegmentLogOptions {
    /** Roll to a new segment file before one would exceed this many bytes. Default 32 MiB; < 4 GiB. */
    segmentSize?: number;
    /** Told about truncated records and other repairs done by recovery. Default: ignored. */
    onWarning?: (msg: string) => void;
    /**
     * Told how many corrupt records (or damaged ack entries) were found and skipped, for metrics: once at open,
     * then for each record of an indexed segment that fails its check when first read. onWarning has the details.
     */
    onCorruption?: (what: 'record' | 'ack', count: number) => void;
    /** How soon a group commit is scheduled after an ack or a delivery nobody waits on. Default 100 ms. */
    ackSyncDelayMs?: number;
    /** Bytes read from disk at once when the cursor is behind the in-memory chunks. Default 1 MiB. */
    readAhead?: number;
    /** Told the duration of every fdatasync round (for latency metrics). */
    onSyncRound?: SyncObserver;
    /** benchmarks only: added to every fdatasync round (a simulated slow disk) */
    syncDelayMs?: number;
    /** The budget of open descriptors this log borrows from. Default: its own, unlimited. */
    files?: FileHandles;
    /** Told the first write failure of each episode and file (e.g. ENOSPC: to check free disk space now). */
    onWriteFailure?: WriteFailureObserver;
}
/** Group-commit counters, and what the recovery at open did (segments from .idx or scanned, bytes scanned). */
export type SegmentLogStats = CommitStats & RecoveryStats;
export declare class SegmentLog implements Log {
    readonly dir: string;
    readonly durable = true;
    /** fdatasync calls, bytes written to segment files, group-commit rounds; recovery counters. */
    readonly stats: SegmentLogStats;
    count: number;
    bytes: number;
    lastPosition: Position;
    private readonly segmentSize;
    private readonly readAhead;
    private readonly bgDelay;
    private readonly warn;
    private readonly onCorruption;
    private readonly commit;
    private readonly segs;
    private cur;
    private closed;
    /** segments deleted so far: tags their files set aside for unlinking (trashQuiet) */
    private trashed;
    private fdsClosed;
    private closing;
    private wBuf;
    private wStart;
    private wLen;
    private wFlushed;
    private nextCap;
    private pBuf;
    private pSeg;
    private pStart;
    private rBuf;
    private rSeg;
    private rStart;
    private rLen;
    private qBuf;
    private qSeg;
    private qStart;
    private qLen;
    private cSeg;
    private cIdx;
    private readonly view;
    private readonly watermark;
    private delivered;
    private readonly cursor;
    /**
     * The watermark as written to the cursor file: never below `delivered` while running,
     * usually a little above it (see shift()); exact again at a clean close.
     */
    private promised;
    private dirFd;
    private dirNeeded;
    private dirChanged;
    private readonly dirtySegs;
    private readonly ackPending;
    private synced;
    private deferredClose;
    private persistSeq;
    private startedSeq;
    /**
     * Position up to which a round covered every record (set with startedSeq): records past it are covered only
     * by callbacks still waiting, so a failed write withdraws from here at the earliest (withdrawUnwritten).
     */
    private windowFrom;
    private bgTimer;
    private readonly sealer;
    private readonly handles;
    private readonly reports;
    /** Set while the chunk's pending bytes cannot be written (cleared by the first write that succeeds). */
    private writeError;
    private constructor();
    /** Opens (creating if needed) the log in dir and recovers it. Synchronous. */
    static open(dir: string, opts?: SegmentLogOptions): SegmentLog;
    append(flags: number, timestamp: number, head: Buffer, body: Buffer): Position;
    sync(cb: SyncCallback): void;
    shift(): RecordView | undefined;
    peek(): RecordView | undefined;
    /**
     * CRC-checks record i of seg (a segment recovered from its index), found at buf[this.at]. A corrupt record
     * is dropped, durably, like an ack (so it never comes back), and reported. `sequential`: the cursor's
     * record, so every un-acked record before it in seg has been checked and verifiedTo may advance.
     */
    private verify;
    /** Moves the cursor onto the next un-acked record and returns its index, or -1 at the end. */
    private seek;
    rewind(): void;
    read(pos: Position): RecordView;
    ack(pos: Position): void;
    isDelivered(pos: Position): boolean;
    purge(): number;
    close(): Promise<void>;
    destroy(): Promise<void>;
    private finalCommit;
    writePending(): Error | undefined;
    /**
     * Writes the chunk's pending bytes. From a round's tick the descriptors must fit in the budget (else a
     * busy FileLimitError: the round waits); from append() (`urgent`), which cannot wait, they may go past it.
     */
    private write;
    writtenTo(): number;
    /** The round being set up covers every record appended so far. */
    private coverAll;
    /**
     * Withdraws the persistent records of the callbacks a failed write fails (invariant 3): those past keptTo
     * and past the last round that covered everything. The ones still pending are rewritten as transient in
     * the chunk (recovery drops them once written); the ones an earlier write put in a file are rewritten so
     * in the file (withdrawWritten). Unless shift() has already returned them, they are acked in memory so
     * that nobody gets them any more.
     */
    withdrawUnwritten(keptTo: number): void;
    /** Rewrites record i of seg, whose bytes are at buf[at], as transient; acks it in memory unless delivered. */
    private withdrawAt;
    /**
     * The persistent records in [from, to) that are in the files already (an early write of the failed round:
     * a full chunk, FLUSH_AT, a roll, or a tick's write while a round was in flight): read back, rewritten as
     * transient and written over themselves, which takes no new space; the next round syncs them. The chunks
     * that cache them get the same bytes. A segment whose .idx is written (it keeps the flags) gets acks
     * instead. Returns how many were withdrawn.
     */
    private withdrawWritten;
    takeDirty(data: number[], aux: number[]): void;
    afterSync(): void;
    private readonly unsynced;
    waitForRoom(err: Error, retry: () => void): boolean;
    syncFailed(err: Error, poisoned: boolean): void;
    /** Offset in the buffer returned by locate(). */
    private at;
    /** The buffer holding the record (and sets this.at), from memory when possible. */
    private locate;
    private segPath;
    /** An early write (past FLUSH_AT): a failure only leaves the bytes pending; the round's tick deals with it. */
    private flushNow;
    /** Writes the pending bytes now, or refuses the append that needs them written (invariant 3). */
    private flushOrRefuse;
    /** Retires the current chunk (once it is written) and starts one that fits at least len bytes. */
    private newChunk;
    private retireChunk;
    /**
     * Starts the next segment. Refuses (LogRefusedError, nothing changed) when the current chunk cannot be
     * written or the new file cannot be created, unless `dropUnwritten` (purge: the old segment goes anyway).
     */
    private roll;
    /**
     * Creates the file of a new segment; the caller adds it. For a new queue (not `urgent`) refused at the
     * budget's limit; a roll inside append(), which cannot wait, may go past it.
     */
    private createSegment;
    private deleteSegment;
    /** Closes the descriptors of a segment nobody writes or reads sequentially, once they are synced. */
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
    /**
     * A descriptor for what is durable-eventually (acks, watermark, directory entries): -1 when the budget has
     * no room (a later round does it). At close everything is written, past the limit if need be.
     */
    private openAux;
    /**
     * Appends seg's buffered acks to its .ack file; false (kept for a later round) when the budget has no room
     * for its descriptor or the write failed (reported).
     */
    private writeAcks;
    /** The delivered watermark to the cursor file (cursor-file.ts); `now` before a delivery. */
    private writeWatermark;
    private armBackground;
    private readonly onBackground;
    private clearBackground;
    private closeAll;
    private segAt;
    private indexOfSeg;
}
