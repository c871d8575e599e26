// StreamLog: an append-only log for streams (Kafka / RabbitMQ-stream style). Consuming removes nothing; each
// reader has its own position; retention deletes whole segments from the start. The store knows nothing about
// AMQP: a record is flags + timestamp + head + body, exactly as in a queue Log (record.ts).
//
// Contract and invariants
// 1. Offsets: a record is a batch that covers `count` consecutive offsets (append(): one; appendBatch(): the
//    caller's count, e.g. the records of a Kafka record batch, kept as they arrived). Both return the record's
//    first offset; offsets run 0, 1, 2, ... in append order, never reused while the record or a later one
//    exists. Offsets survive restarts: segment files are named by the offset of their first record
//    (<20 digits>.seg, like Kafka); a one-offset record is the next offset, a batch stores its count and its
//    offset (stream-record.ts).
// 2. Read-your-writes: a record is returned by uncommitted readers as soon as append() returns, before any
//    sync. Committed readers (reader(o, { committed: true }), read(), waitFor()) see only offsets below the
//    high watermark: the end of the last record a completed sync round covered (memory-only logs: every
//    record at once). An offset below the high watermark is never reused, even after SIGKILL or power loss,
//    because its record is on disk; offsets above it may be handed out again after a crash, and no committed
//    reader has seen them. A committed reader that is waiting (waitFor, a reader at the watermark) asks for a
//    background sync round, so the watermark moves even when no publisher asks for a sync.
// 3. Durability (durable logs): when a sync(cb) callback runs without error, every record appended before that
//    sync() call is on disk (fdatasync, including the directory entry of a new segment file). Group commit
//    as SegmentLog (group-commit.ts), but with two rounds in flight: a sync asked for while one runs starts the
//    next at once, shared by all syncs waiting by then; rounds complete (callbacks, watermark) in the order
//    they started; after a failed fdatasync every later sync fails, a round already in flight included. A
//    failed write (no space, no descriptor) poisons nothing and follows SegmentLog's rule (log.ts, invariant
//    3): the file is cut back, the waiting syncs fail, the persistent records of the failed write are
//    withdrawn (rewritten as transient, so recovery makes them holes, and made holes now: readers that have
//    not reached them skip them; their offsets are not reused), and append() throws LogRefusedError until the
//    pending bytes could be written.
// 4. Transient records (flags bit 0 clear) never need a sync and, as in every store Log, recovery drops them:
//    their offsets become holes that readers skip (count/bytes exclude them, offsets stay as they were). A
//    front that wants RabbitMQ's "streams persist everything" sets bit 0 on every stream record.
// 5. Recovery (open of a durable log) verifies every record by CRC32C, truncates a torn tail (never an
//    exception), skips a corrupt record in the middle as a hole (stream-recovery.ts: its offsets stay taken;
//    a damaged stretch of unknown length may raise later offsets of the last segment, never lower them),
//    and restores every synced persistent record at its original offset. Offsets of
//    records lost in the crash (never synced) can be reused by later appends: a front that must never expose
//    such an offset delivers only what a completed sync covers.
// 6. Retention (maxBytes: total size of the segment files; maxAgeMs: against the newest record timestamp of a
//    segment) deletes whole segments from the start, never the current one: one segment always stays. It
//    runs after appends that cross maxBytes, after segment rolls, on an unref'd timer for age, at open, and
//    on applyRetention(). A durable log unlinks a segment only once the current segment's directory entry is
//    durable, so a crash can never leave fewer offsets than were handed out.
// 6a. Deleting records (deleteRecordsBefore, Kafka's DeleteRecords): moves the log start offset forward, up to
//    the high watermark. The new start is written to the directory's log-start-offset file (fsynced, renamed
//    into place, directory fsynced) before the call returns, so it survives a crash; then every segment whose
//    records all lie below it is deleted (never the current one: Kafka keeps the active segment too). Records
//    below the start inside the first segment stay on disk until that segment goes, but no new reader or read()
//    starts below it. count and bytes drop when segments go.
// 7. Readers: each has its own position; next() skips forward over holes and over what retention deleted.
//    The view object returned by next() is reused by that reader's following next(); its head/body slices
//    stay valid as long as they are held (buffers are never overwritten once sliced).
// 8. Memory does not grow with the stream: per record a u32 offset + 1 bit (RecordIndex) + 1/64 of a f64
//    (sparse timestamp index). Durable bodies stay on disk; readers behind the in-memory write chunks read
//    ahead into fresh buffers of 16 KiB doubling up to readAhead (1 MiB), 16 KiB once the readers together hold
//    readAheadBudget; a reader drops its buffer when it reaches the tail or is closed. Read descriptors come
//    from a small per-log cache, so thousands of readers hold no descriptor each; every descriptor is counted
//    in the broker's FileHandles budget, which closes idle ones under pressure (file-handles.ts).
//    A memory-only log (durable: false) keeps the records in memory (that is its point), with the same API.
// 9. Chunks: the records appended within one event-loop tick form a chunk; lastChunkOffset() is the first
//    offset of the last one (RabbitMQ's 'last'). Chunk boundaries are not stored: after a restart the last
//    chunk is the last record.
// 10. Compaction (compact(): a Kafka log cleaner's pass) rewrites sealed, synced segments below a given offset
//    through a caller's decision per record (keep, drop, new body), never moving an offset: a dropped record
//    becomes a hole (stream-compaction.ts). The new file replaces the old by rename once it is synced and
//    checked, so a crash leaves one or the other. Readers in a rewritten segment go on at the same index.
//    Durable logs only; the pass is synchronous (it reads and writes whole segments).

import * as fs from 'node:fs';
import { FileHandles, FileLimitError, type HandleSet } from './file-handles.js';
import {
  listStreamSegments,
  pathOf,
  readFully,
  removeTrash,
  streamSegName,
  trashQuiet,
  unlinkQuiet,
  writeFully,
} from './files.js';
import { type CommitStats, GroupCommit, type SyncCallback, type SyncObserver } from './group-commit.js';
import { FLAG_PERSISTENT } from './log.js';
import { cutZeros, zerosAhead } from './preallocation.js';
import { RECORD_OVERHEAD } from './record.js';
import {
  decodeStreamRecord,
  encodeStreamRecord,
  type KnownBodyCrc,
  streamPayloadBytes,
  streamRecordLength,
} from './stream-record.js';
import { cutFile, type Warn } from './recovery.js';
import { setAside } from './set-aside.js';
import { scanStreamSegment } from './stream-recovery.js';
import { type CompactDecision, writeCompacted } from './stream-compaction.js';
import { StreamSegment, TS_BLOCK } from './stream-segment.js';
import {
  cutBack,
  FailureReports,
  LogRefusedError,
  withdrawRecord,
  withdrawWritten,
  type WriteFailureObserver,
} from './write-failures.js';

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
export const DEFAULT_STREAM_SEGMENT_SIZE = 32 * 1024 * 1024;

const SEG_LIMIT = 2 ** 32;
/** Offsets one segment may cover (its rel table is u32). */
const REL_LIMIT = 2 ** 32 - 1;

/** What a sync round in flight covers (takeDirty), applied when it completes (afterSync). */
interface SyncRound {
  /** the round's number (StreamLog.roundsTaken when it was taken) */
  seq: number;
  /** the end of the records it covers, -1 when it followed an incomplete write (no watermark move) */
  end: number;
  /** the directory change its last record needs durable (its segment's entry) */
  dirNeed: number;
  /** the segments it syncs: their write descriptors may close after it */
  segs: StreamSegment[];
  /** the directory changes it makes durable, -1: it does not sync the directory */
  dir: number;
}

interface Waiter {
  offset: number;
  resolve: (v: boolean) => void;
  timer: NodeJS.Timeout | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}
/** Group-commit rounds in flight at once (invariant 3). */
const SYNC_ROUNDS = 2;
const FLUSH_AT = 1024 * 1024; // write pending bytes at once beyond this, without waiting for the tick
const FIRST_CHUNK = 64 * 1024;
const MAX_CHUNK = 1024 * 1024;
const MIN_READ = 16 * 1024;
const MAX_READ_FDS = 32;
/** Holds the log start offset DeleteRecords set (invariant 6a), as decimal text. */
const START_FILE = 'log-start-offset';
const EMPTY = Buffer.alloc(0);
const { O_RDWR, O_CREAT, O_TRUNC, O_RDONLY } = fs.constants;

export class StreamLog {
  readonly durable: boolean;
  /** fdatasync calls, bytes written to segment files, group-commit rounds; corrupt records skipped at open. */
  readonly stats: CommitStats & { corruptRecords: number } = {
    fsyncs: 0,
    bytesWritten: 0,
    commits: 0,
    corruptRecords: 0,
  };

  private liveCount = 0;
  private liveBytes = 0;
  private diskBytes = 0;
  private segmentSize: number;
  private maxBytes: number | undefined;
  private maxAgeMs: number | undefined;
  private readonly retentionIntervalMs: number | undefined;
  private readonly readAhead: number;
  private readonly readAheadBudget: number;
  private readonly warn: Warn;
  private readonly commit: GroupCommit | null;
  private readonly segs: StreamSegment[];
  private cur: StreamSegment;
  private closed = false;
  /** segments deleted so far: tags their files set aside for unlinking (trashQuiet) */
  private trashed = 0;
  private fdsClosed = false;
  private closing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  // Write chunk: wBuf[0] is at byte wStart of the current segment; [wFlushed, wLen) not yet written.
  private wBuf: Buffer | null = null;
  private wStart = 0;
  private wLen = 0;
  private wFlushed = 0;
  private nextCap = FIRST_CHUNK;
  // The previous chunk (durable logs), a shared read cache of the records written just before.
  private pBuf: Buffer | null = null;
  private pSeg: StreamSegment | null = null;
  private pStart = 0;

  private lastChunk: number;
  private batchOpen = false;
  /** Log start offset set by deleteRecordsBefore (invariant 6a); 0 when never set. */
  private start = 0;

  // High watermark (invariant 2): hwm for durable logs, moved by each sync round that completes (SyncRound).
  private hwm: number;
  private readonly waiters = new Set<Waiter>();
  private wakeScheduled = false;

  // Group commit state.
  private persistSeq = 0;
  private startedSeq = 0;
  /**
   * Offset up to which a round covered every record (set with startedSeq): records past it are covered only by
   * callbacks still waiting, so a failed write withdraws from here at the earliest (withdrawUnwritten).
   */
  private windowFrom = 0;
  private readonly dirtySegs = new Set<StreamSegment>();
  /** The rounds in flight, oldest first (GroupCommit completes them in this order). */
  private readonly rounds: SyncRound[] = [];
  /** Rounds taken so far: the number of the newest (SyncRound.seq). */
  private roundsTaken = 0;
  /** Descriptors to close once round deferredAfter[i] (and so every earlier one) has completed. */
  private deferredClose: number[] = [];
  private deferredAfter: number[] = [];
  private dirFd = -1;
  private dirChanges = 0;
  private dirSynced = 0;
  private retentionDeferred = false;
  private readonly rfds = new Map<StreamSegment, number>();
  private readonly handles: HandleSet;
  private readonly reports: FailureReports;
  /** Set while the chunk's pending bytes cannot be written (cleared by the first write that succeeds). */
  private writeError: Error | undefined;
  /** Bytes written since the last round's write: whether its zeros ahead pay (preallocation.ts). */
  private roundBytes = 0;

  /** @internal Read-ahead bytes held by all readers. */
  readAheadUsed = 0;

  private constructor(
    readonly dir: string,
    segs: StreamSegment[],
    opts: StreamLogOptions,
    durable: boolean,
    dirChanged: boolean,
  ) {
    this.durable = durable;
    this.segmentSize = opts.segmentSize ?? DEFAULT_STREAM_SEGMENT_SIZE;
    if (!(this.segmentSize > RECORD_OVERHEAD && this.segmentSize < SEG_LIMIT))
      throw new RangeError('bad segmentSize');
    this.maxBytes = opts.maxBytes;
    this.maxAgeMs = opts.maxAgeMs;
    this.readAhead = Math.max(opts.readAhead ?? 1024 * 1024, 4096);
    this.readAheadBudget = opts.readAheadBudget ?? 64 * 1024 * 1024;
    this.warn = opts.onWarning ?? (() => {});
    this.reports = new FailureReports(this.warn, opts.onWriteFailure);
    // two rounds in flight: a sync asked for while a round runs starts its own at once instead of waiting for the
    // running one first (a Kafka producer's next request, docs/kafka.md "Performance")
    this.commit = durable
      ? new GroupCommit(this, this.stats, opts.onSyncRound, opts.syncDelayMs, SYNC_ROUNDS)
      : null;
    this.handles = (opts.files ?? new FileHandles()).holder(this.closeIdle);
    this.segs = segs;
    const last = segs[segs.length - 1];
    if (last === undefined) {
      this.cur = this.createSegment(0, false);
      segs.push(this.cur);
      dirChanged = true;
    } else if (last.size >= this.segmentSize) {
      last.trim();
      this.cur = this.createSegment(last.end, false);
      segs.push(this.cur);
      dirChanged = true;
    } else {
      this.cur = last; // its descriptor is opened by the first write or read
    }
    for (const s of segs) {
      this.liveCount += s.live;
      this.liveBytes += s.liveBytes;
      this.diskBytes += s.size;
    }
    const next = this.nextOffset;
    this.lastChunk = next > this.firstOffset ? next - 1 : next;
    // What recovery found is in the files; open() made it durable (a crash before may have left it unsynced)
    this.hwm = next;
    if (durable && dirChanged) {
      const fd = this.handles.open(dir, O_RDONLY, undefined, true);
      try {
        fs.fsyncSync(fd);
      } finally {
        this.handles.close(fd);
      }
    }
    this.dirSynced = this.dirChanges;
    if (durable) this.start = readStartOffset(dir, this.warn);
    this.retentionIntervalMs = opts.retentionIntervalMs;
    this.armRetentionTimer();
    this.applyRetention();
  }

  private armRetentionTimer(): void {
    this.clearTimer();
    if (this.maxAgeMs === undefined || this.closed) return;
    const every = this.retentionIntervalMs ?? Math.min(Math.max(this.maxAgeMs / 4, 1000), 60_000);
    this.timer = setInterval(this.onTimer, every);
    this.timer.unref();
  }

  /** Changes the retention limits (e.g. a policy) and applies them at once. */
  setRetention(limits: { maxBytes: number | undefined; maxAgeMs: number | undefined }): void {
    this.maxBytes = limits.maxBytes;
    this.maxAgeMs = limits.maxAgeMs;
    this.armRetentionTimer();
    this.applyRetention();
  }

  /** Changes the size at which the next segments roll (a topic's segment.bytes); the current one keeps going. */
  setSegmentSize(bytes: number): void {
    if (!(bytes > RECORD_OVERHEAD && bytes < SEG_LIMIT)) throw new RangeError('bad segmentSize');
    this.segmentSize = bytes;
  }

  /**
   * Moves the log start offset to `offset` (invariant 6a; Kafka's DeleteRecords), clamped to the high watermark;
   * never backwards. Durable when it returns: the new start is on disk. Whole segments below it are deleted (now,
   * or after the sync round that makes the current segment's directory entry durable). Returns the new start.
   * Throws (nothing changed) when the start file cannot be written.
   */
  deleteRecordsBefore(offset: number): number {
    if (this.closed) throw new Error('log closed');
    const target = Math.min(Math.floor(offset), this.highWatermark);
    if (!(target > this.firstOffset)) return this.firstOffset;
    if (this.durable) writeStartOffset(this.dir, target);
    this.start = target;
    this.applyRetention();
    return this.firstOffset;
  }

  /** Opens (creating if needed) the stream in dir and recovers it. Synchronous. */
  static open(dir: string, opts: StreamLogOptions = {}): StreamLog {
    if (opts.durable === false) return new StreamLog(dir, [], opts, false, false);
    const warn: Warn = opts.onWarning ?? (() => {});
    fs.mkdirSync(dir, { recursive: true });
    removeTrash(dir);
    const bases = listStreamSegments(dir);
    const segs: StreamSegment[] = [];
    let dirChanged = false;
    let corrupt = 0;
    for (let k = 0; k < bases.length; k++) {
      const path = pathOf(dir, streamSegName(bases[k]));
      const limit = k + 1 < bases.length ? bases[k + 1] - bases[k] : Number.POSITIVE_INFINITY;
      const { seg, overlap, holes } = scanStreamSegment(path, bases[k], limit, warn);
      corrupt += holes;
      if (overlap)
        warn(`${path}: records overlap the next segment's offsets; truncating at byte ${seg.size}`);
      // a rolled segment ends at its last record: zeros a crash left after it go too (preallocation.ts)
      if (overlap || (k + 1 < bases.length && seg.allocated > seg.size)) {
        cutFile(path, seg.size);
        seg.allocated = seg.size;
      }
      if (seg.n === 0 && k + 1 < bases.length) {
        // An empty non-last segment carries no offsets the next segment's name does not.
        warn(`${path}: empty segment before the last one; removing it`);
        unlinkQuiet(path);
        dirChanged = true;
        continue;
      }
      if (k + 1 < bases.length) seg.trim();
      segs.push(seg);
    }
    if (corrupt > 0) opts.onCorruption?.('record', corrupt);
    // Records a crashed process wrote but never synced are in the page cache only: once offered to committed
    // readers (the watermark starts at the end), they must not vanish with a power loss (invariant 2).
    const tail = segs[segs.length - 1];
    if (tail !== undefined && tail.size > 0) {
      const fd = fs.openSync(pathOf(dir, streamSegName(tail.base)), 'r');
      try {
        fs.fdatasyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    const log = new StreamLog(dir, segs, opts, true, dirChanged);
    log.stats.corruptRecords = corrupt;
    return log;
  }

  /** Retained records (holes excluded). */
  get count(): number {
    return this.liveCount;
  }

  /** Head + body bytes of the retained records. */
  get bytes(): number {
    return this.liveBytes;
  }

  /** Total size of the segment files (what maxBytes is compared with). */
  get diskSize(): number {
    return this.diskBytes;
  }

  /** First retained offset (the log start offset); == nextOffset when the log is empty. */
  get firstOffset(): number {
    const base = this.segs[0].base;
    return this.start > base ? Math.min(this.start, this.cur.end) : base;
  }

  /** The offset the next append gets. */
  get nextOffset(): number {
    return this.cur.end;
  }

  /**
   * The high watermark (invariant 2): committed readers see the offsets below it. Durable logs: the end of the
   * last record a completed sync round covered; memory-only logs: nextOffset.
   */
  get highWatermark(): number {
    return this.commit === null ? this.cur.end : this.hwm;
  }

  /** Appends one record covering one offset; returns its offset. `flags` bit 7 is the store's (ignored). */
  append(flags: number, timestamp: number, head: Buffer, body: Buffer): number {
    return this.put(flags, timestamp, head, body, 1, -1);
  }

  /**
   * Appends one record covering `count` offsets (a batch kept as it arrived: e.g. a Kafka RecordBatch in body);
   * returns its first offset. count is an integer in [1, 2^31) and at most head + body bytes + 1, so recovery
   * can bound what a damaged record held. Durable: call sync(cb) (or syncPromise()) to wait for the disk.
   */
  appendBatch(
    flags: number,
    timestamp: number,
    count: number,
    head: Buffer,
    body: Buffer,
    opts?: AppendBatchOptions,
  ): number {
    if (!(Number.isInteger(count) && count >= 1 && count < 2 ** 31 && count <= head.length + body.length + 1))
      throw new RangeError(`bad batch count ${count}`);
    const field = opts?.offsetField ?? -1;
    if (field >= 0 && !(Number.isInteger(field) && field + 8 <= body.length))
      throw new RangeError(`offsetField ${field} outside the body`);
    const known = opts?.bodyCrc;
    if (
      known !== undefined &&
      !(Number.isInteger(known.from) && known.from >= field + 8 && known.from <= body.length)
    )
      throw new RangeError(`bodyCrc from ${known.from} outside the body or before the offset field`);
    return this.put(flags, timestamp, head, body, count, field, known);
  }

  private put(
    flags: number,
    timestamp: number,
    head: Buffer,
    body: Buffer,
    count: number,
    field: number,
    known?: KnownBodyCrc,
  ): number {
    if (this.closed) throw new Error('log closed');
    // After a failed write, the pending bytes go first (invariant 3): retried here, and a persistent record
    // refused while that fails. A transient one needs no write to be accepted (until the chunk is full).
    if (this.writeError !== undefined && (flags & FLAG_PERSISTENT) !== 0) this.flushOrRefuse();
    const len = streamRecordLength(count, head, body);
    let seg = this.cur;
    // a segment's offsets stay within u32 of its base (the rel table)
    if (seg.n > 0 && (seg.size + len > this.segmentSize || seg.span + count > REL_LIMIT)) seg = this.roll();
    let buf = this.wBuf;
    if (buf === null || this.wLen + len > buf.length) buf = this.newChunk(len);
    const offset = seg.end;
    encodeStreamRecord(
      buf,
      this.wLen,
      flags,
      timestamp,
      count,
      seg.span,
      offset,
      field,
      head,
      body,
      this.durable,
      known,
    );
    const payload = head.length + body.length;
    seg.pushRecord(seg.size, len, count);
    seg.noteTimestamp(timestamp);
    seg.live += count;
    seg.liveBytes += payload;
    this.wLen += len;
    this.liveCount += count;
    this.liveBytes += payload;
    this.diskBytes += len;
    if (!this.batchOpen) {
      this.batchOpen = true;
      this.lastChunk = offset;
      setImmediate(this.endBatch);
    }
    const commit = this.commit;
    if (commit !== null) {
      if (flags & FLAG_PERSISTENT) this.persistSeq++;
      if (this.wLen - this.wFlushed >= FLUSH_AT) this.flushNow();
      else commit.scheduleFlush();
      // a committed reader waits for this offset: the watermark must move even if no publisher syncs
      if (this.waiters.size > 0) commit.requestBackground();
    } else if (this.waiters.size > 0) this.scheduleWake();
    if (
      this.maxBytes !== undefined &&
      this.diskBytes > this.maxBytes &&
      this.segs.length > 1 &&
      !this.retentionDeferred
    )
      this.applyRetention();
    return offset;
  }

  /** sync() as a promise. */
  syncPromise(): Promise<void> {
    return new Promise((resolve, reject) => this.sync((err) => (err ? reject(err) : resolve())));
  }

  /**
   * Resolves true as soon as the high watermark is above `offset` (data at or after it is committed), false
   * after timeoutMs, when signal aborts, or when the log closes. A waiter makes sync rounds happen.
   */
  waitFor(offset: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.closed || signal?.aborted) return Promise.resolve(false);
    if (this.highWatermark > offset) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const w: Waiter = { offset, resolve, timer: undefined, signal, onAbort: undefined };
      w.onAbort = () => this.settle(w, false);
      w.timer = setTimeout(w.onAbort, Math.max(0, timeoutMs));
      signal?.addEventListener('abort', w.onAbort, { once: true });
      this.waiters.add(w);
      if (this.commit !== null && offset < this.cur.end) this.commit.requestBackground();
    });
  }

  private settle(w: Waiter, value: boolean): void {
    if (!this.waiters.delete(w)) return;
    clearTimeout(w.timer);
    w.signal?.removeEventListener('abort', w.onAbort!);
    w.resolve(value);
  }

  /** Resolves the waiters the high watermark passed. */
  private wake(): void {
    const hwm = this.highWatermark;
    for (const w of this.waiters) if (w.offset < hwm) this.settle(w, true);
  }

  private scheduleWake(): void {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    queueMicrotask(() => {
      this.wakeScheduled = false;
      this.wake();
    });
  }

  /**
   * The committed records from the one covering fromOffset (a read starting inside a batch returns the whole
   * batch) while their head + body bytes stay within maxBytes; the first record is returned whatever its size.
   * Empty at or past the high watermark; fromOffset below firstOffset reads from firstOffset (check first if
   * that must be an error). Holes are skipped. Each entry is a fresh object whose buffers stay valid.
   */
  read(fromOffset: number, maxBytes: number, opts?: { uncommitted?: boolean }): StreamBatch[] {
    const out: StreamBatch[] = [];
    const r = this.reader(fromOffset, { committed: opts?.uncommitted !== true }) as Cursor;
    try {
      let total = 0;
      for (let v = r.next(); v !== undefined; v = r.next()) {
        const size = v.head.length + v.body.length;
        if (out.length > 0 && total + size > maxBytes) break;
        total += size;
        out.push({
          offset: v.offset,
          count: v.count,
          flags: v.flags,
          timestamp: v.timestamp,
          head: v.head,
          body: v.body,
        });
        if (total >= maxBytes) break;
      }
    } finally {
      r.close();
    }
    return out;
  }

  /** Group commit (invariant 3). Memory-only logs call back on a later tick. */
  sync(cb: SyncCallback): void {
    if (this.closed) return void setImmediate(cb, new Error('log closed'));
    const commit = this.commit;
    if (commit === null) return void setImmediate(cb);
    // Nothing persistent appended since the last round started: that round (if still running) covers all.
    if (this.persistSeq === this.startedSeq) commit.afterCurrent(cb);
    else commit.request(cb, this.cur.end);
  }

  /** First offset whose record timestamp is >= ts, or nextOffset. Exact (the sparse index finds the block). */
  offsetForTimestamp(ts: number): number {
    if (this.closed) throw new Error('log closed');
    for (const seg of this.segs) {
      const j = seg.blockFor(ts);
      if (j < 0) continue;
      const r = new Cursor(this, seg, j * TS_BLOCK, false);
      try {
        for (let v = r.next(); v !== undefined; v = r.next())
          if (v.timestamp >= ts && v.offset + v.count > this.firstOffset)
            return Math.max(v.offset, this.firstOffset);
      } finally {
        r.close();
      }
      break;
    }
    return this.nextOffset;
  }

  /** Start offset of the last chunk (invariant 9); nextOffset when empty. */
  lastChunkOffset(): number {
    const first = this.firstOffset;
    const next = this.nextOffset;
    if (next === first) return next;
    return Math.min(Math.max(this.lastChunk, first), next - 1);
  }

  /**
   * A cursor starting at the record covering offset, clamped to [firstOffset, nextOffset]. committed: it
   * returns only records below the high watermark (invariant 2), and asks for a sync round when it waits there.
   */
  reader(offset: number, opts?: { committed?: boolean }): StreamReader {
    if (this.closed) throw new Error('log closed');
    const first = this.firstOffset;
    const next = this.nextOffset;
    let o = Math.floor(offset);
    if (!(o >= first)) o = first;
    else if (o > next) o = next;
    const seg = this.segs[this.segIndexFor(o)];
    return new Cursor(this, seg, seg.indexFor(o), opts?.committed === true && this.commit !== null);
  }

  /** The first offset of the segment being written: every record below it is in a sealed segment. */
  get activeSegmentBase(): number {
    return this.cur.base;
  }

  /**
   * Compaction (invariant 10): every sealed, synced segment whose records all lie below upTo is passed record by
   * record to decide (undefined: keep, null: drop, a Buffer: the record's new body, same offsets) and rewritten
   * if anything changed. Returns how many segments were rewritten and the bytes they shrank by.
   */
  compact(
    upTo: number,
    decide: (v: StreamReadView) => CompactDecision,
  ): { segments: number; bytesFreed: number } {
    const result = { segments: 0, bytesFreed: 0 };
    if (this.closed || this.commit === null) return result;
    for (let k = 0; k < this.segs.length - 1; k++) {
      const seg = this.segs[k];
      if (seg.end > upTo || seg.end > this.hwm || seg.wfd >= 0 || this.dirtySegs.has(seg)) break;
      const path = this.segPath(seg);
      const limit = this.segs[k + 1].base - seg.base;
      const done = writeCompacted(path, seg, limit, decide);
      if (done === undefined) continue;
      fs.renameSync(done.tmp, path);
      const dfd = this.handles.open(this.dir, O_RDONLY, undefined, true);
      try {
        fs.fsyncSync(dfd);
      } finally {
        this.handles.close(dfd);
      }
      const next = done.seg;
      this.segs[k] = next;
      seg.replacedBy = next;
      this.liveCount += next.live - seg.live;
      this.liveBytes += next.liveBytes - seg.liveBytes;
      this.diskBytes += next.size - seg.size;
      result.segments++;
      result.bytesFreed += seg.size - next.size;
      if (this.pSeg === seg) this.pBuf = this.pSeg = null;
      if (seg.rfd >= 0) {
        this.rfds.delete(seg);
        this.handles.close(seg.rfd);
        seg.rfd = -1;
      }
    }
    return result;
  }

  /** Applies retention (invariant 6); returns how many offsets it dropped from the start. */
  applyRetention(now = Date.now()): number {
    if (this.closed) return 0;
    const before = this.firstOffset;
    const cutoff = this.maxAgeMs === undefined ? undefined : now - this.maxAgeMs;
    while (this.segs.length > 1) {
      const s = this.segs[0];
      const tooBig = this.maxBytes !== undefined && this.diskBytes > this.maxBytes;
      const tooOld = cutoff !== undefined && !(s.maxTs >= cutoff);
      const deleted = s.end <= this.start; // every record below the log start offset (invariant 6a)
      if (!tooBig && !tooOld && !deleted) break;
      if (this.commit !== null && this.dirSynced < this.cur.dirSeq) {
        // The current segment's directory entry is not durable yet: unlink after the next round.
        if (!this.retentionDeferred) {
          this.retentionDeferred = true;
          this.commit.requestBackground();
        }
        break;
      }
      this.deleteSegment(s);
    }
    return this.firstOffset - before;
  }

  /** Flushes, syncs and closes the files. The log is unusable afterwards; readers return undefined. */
  close(): Promise<void> {
    if (this.closing === null) {
      this.closed = true;
      this.clearTimer();
      for (const w of this.waiters) this.settle(w, false);
      this.closing =
        this.commit === null ? Promise.resolve().then(() => this.closeAll()) : this.finalCommit();
    }
    return this.closing;
  }

  /** Deletes every file of the log. Pending sync callbacks get an error. */
  async destroy(): Promise<void> {
    this.closed = true;
    this.clearTimer();
    for (const w of this.waiters) this.settle(w, false);
    const dir = this.durable ? setAside(this.dir) : this.dir;
    if (this.closing !== null) await this.closing.catch(() => {});
    if (this.commit !== null) {
      await this.commit.idle();
      this.commit.poison(new Error('log destroyed'));
    }
    this.closeAll();
    // in the thread pool: a long stream's files take long to unlink, and the broker serves meanwhile
    if (this.durable) await fs.promises.rm(dir, { recursive: true, force: true });
  }

  // ---- CommitHost (durable logs) ----

  /** @internal */
  writePending(): Error | undefined {
    const err = this.write(this.closed); // a closing log does not wait for room: its descriptors go right after
    // zeros ahead when this round's writes (its own and those append() made since the last) were small
    const seg = this.cur;
    if (err === undefined && seg.wfd >= 0)
      seg.allocated = zerosAhead(seg.wfd, seg.size, this.roundBytes, seg.allocated, this.segmentSize);
    this.roundBytes = 0;
    return err;
  }

  /**
   * Writes the chunk's pending bytes. From a round's tick the descriptors must fit in the budget (else a
   * busy FileLimitError: the round waits); from append() (`urgent`), which cannot wait, they may go past it.
   */
  private write(urgent: boolean): Error | undefined {
    if (this.fdsClosed || this.wBuf === null || this.wLen === this.wFlushed) return undefined;
    const seg = this.cur;
    const from = this.wStart + this.wFlushed;
    let dirOpened = false;
    try {
      // The round after this write needs the directory too when the segment is new: both are taken here,
      // within the budget, or neither (nothing is held while waiting, so waiting logs cannot deadlock).
      if (this.dirSynced < seg.dirSeq && this.dirFd < 0) {
        this.dirFd = this.handles.open(this.dir, O_RDONLY, undefined, urgent);
        dirOpened = true;
      }
      if (seg.wfd < 0) seg.wfd = this.handles.open(this.segPath(seg), O_RDWR, undefined, urgent);
      this.handles.touch();
      writeFully(seg.wfd, this.wBuf, this.wFlushed, this.wLen, from);
    } catch (e) {
      // No descriptor free under the budget yet: not a failure, the round waits for one (group-commit.ts).
      if (e instanceof FileLimitError && e.busy) {
        if (dirOpened) {
          this.handles.close(this.dirFd);
          this.dirFd = -1;
        }
        return e;
      }
      // The bytes never reached the file (or only some did): cut them off, keep them pending (invariant 3).
      if (seg.wfd >= 0) cutBack(seg.wfd, from);
      seg.allocated = from;
      this.writeError = e as Error;
      this.reports.failed(
        this.segPath(seg),
        'write',
        e,
        'publishes to this stream are nacked until a write succeeds again',
      );
      return this.writeError;
    }
    if (this.writeError !== undefined) {
      this.writeError = undefined;
      this.reports.succeeded(this.segPath(seg), 'write');
    }
    const written = this.wLen - this.wFlushed;
    if (from + written > seg.allocated) seg.allocated = from + written;
    this.roundBytes += written;
    this.stats.bytesWritten += written;
    this.wFlushed = this.wLen;
    seg.dirty = true;
    this.dirtySegs.add(seg);
    return undefined;
  }

  /** @internal The offset up to which records are written to the files (group-commit.ts). */
  writtenTo(): number {
    const seg = this.cur;
    if (this.wBuf === null || this.wLen === this.wFlushed) return seg.end;
    const from = this.wStart + this.wFlushed;
    let i = seg.n;
    while (i > 0 && seg.offsets[i - 1] >= from) i--;
    return i < seg.n ? seg.offsetAt(i) : seg.end;
  }

  /**
   * @internal Withdraws the persistent records of the callbacks a failed write fails (invariant 3): those
   * past keptTo and past the last round that covered everything; holes from now on. The ones still pending
   * are rewritten as transient in the chunk; the ones an earlier write put in a file are rewritten so in the
   * file (withdrawWritten), else they would come back after a restart.
   */
  withdrawUnwritten(keptTo: number): void {
    let withdrawn = this.withdrawWrittenRange(Math.max(keptTo, this.windowFrom), this.writtenTo());
    const buf = this.wBuf;
    if (buf !== null && this.wLen > this.wFlushed) {
      const seg = this.cur;
      const from = this.wStart + this.wFlushed;
      let i = seg.n;
      while (i > 0 && seg.offsets[i - 1] >= from) i--;
      for (; i < seg.n; i++) if (this.withdrawAt(seg, i, buf, seg.offsets[i] - this.wStart)) withdrawn++;
    }
    this.windowFrom = this.cur.end; // what is below is covered by a kept callback or withdrawn
    if (withdrawn > 0)
      this.warn(
        `${this.dir}: ${withdrawn} records withdrawn after a failed write (their publishes are nacked)`,
      );
  }

  /** Rewrites record i of seg, whose bytes are at buf[at], as transient: a hole from now on. */
  private withdrawAt(seg: StreamSegment, i: number, buf: Buffer, at: number): boolean {
    const len = seg.lengthOf(i);
    if (seg.isAcked(i) || !withdrawRecord(buf, at, len)) return false;
    seg.markAcked(i);
    const count = seg.countAt(i);
    const payload = streamPayloadBytes(buf[at + 8], len);
    seg.live -= count;
    seg.liveBytes -= payload;
    this.liveCount -= count;
    this.liveBytes -= payload;
    return true;
  }

  /**
   * The persistent records at offsets [from, to) that are in the files already (an early write of the failed
   * round): read back, rewritten as transient and written over themselves, which takes no new space; the next
   * round syncs them. The previous chunk, which caches them, gets the same bytes. Returns how many.
   */
  private withdrawWrittenRange(from: number, to: number): number {
    let withdrawn = 0;
    for (const seg of this.segs) {
      if (seg.deleted || seg.end <= from || seg.base >= to || seg.n === 0) continue;
      const i = seg.indexFor(Math.max(from, seg.base));
      const j = seg.indexFor(to);
      if (i >= j) continue;
      withdrawn += withdrawWritten(seg, this.segPath(seg), i, j, {
        open: (path) => this.handles.open(path, O_RDWR, undefined, true),
        withdrawAt: (k, bytes, at) => this.withdrawAt(seg, k, bytes, at),
        caches: [
          [seg === this.cur ? this.wBuf : null, this.wStart],
          [seg === this.pSeg ? this.pBuf : null, this.pStart],
        ],
        rewritten: (fd) => {
          seg.dirty = true;
          this.dirtySegs.add(seg);
          this.commit!.requestBackground();
          if (seg.wfd >= 0) return false;
          seg.wfd = fd; // the next round syncs through it
          return true;
        },
        release: (fd) => this.deferClose(fd, this.roundsTaken + 1), // after the round that syncs the rewrite
        warn: this.warn,
      });
    }
    return withdrawn;
  }

  /** @internal */
  takeDirty(data: number[], _aux: number[]): void {
    if (this.fdsClosed) {
      this.startedSeq = this.persistSeq;
      this.windowFrom = this.cur.end;
      return;
    }
    // A new segment's entry is what the round's confirms wait for: its descriptor is taken even past the
    // budget's limit (if that fails, the round fails before it took anything); deletions wait for room.
    const needed = this.dirSynced < this.cur.dirSeq && this.dirtySegs.size > 0;
    if (this.dirFd < 0) {
      if (needed) this.dirFd = this.handles.open(this.dir, O_RDONLY, undefined, true);
      else if (this.dirSynced < this.dirChanges) this.dirFd = this.handles.tryOpen(this.dir, O_RDONLY);
    }
    const dirDirty = this.dirSynced < this.dirChanges && this.dirFd >= 0;
    // Only a round that follows a complete write covers every append so far (see sync()).
    let end = -1;
    let dirNeed = 0;
    if (this.wLen === this.wFlushed) {
      this.startedSeq = this.persistSeq;
      end = this.windowFrom = this.cur.end;
      const last = this.cur.n > 0 || this.segs.length < 2 ? this.cur : this.segs[this.segs.length - 2];
      dirNeed = last.dirSeq;
    }
    this.handles.touch();
    const segs: StreamSegment[] = [];
    for (const seg of this.dirtySegs) {
      data.push(seg.wfd);
      seg.dirty = false;
      segs.push(seg);
    }
    this.dirtySegs.clear();
    if (dirDirty) data.push(this.dirFd);
    if (data.length > 0) {
      this.rounds.push({ seq: ++this.roundsTaken, end, dirNeed, segs, dir: dirDirty ? this.dirChanges : -1 });
      return;
    }
    // Nothing to fdatasync: every write so far went to the files before a round took its segment. With no round
    // in flight it is on disk already, and GroupCommit calls no afterSync() for an empty round, so the watermark
    // moves here; else the newest round in flight covers it (its callbacks run when it completes).
    const newest = this.rounds[this.rounds.length - 1];
    if (newest === undefined) this.advanceWatermark(end, dirNeed);
    else if (end > newest.end) {
      newest.end = end;
      newest.dirNeed = Math.max(newest.dirNeed, dirNeed);
    }
  }

  /**
   * A round covering records up to end (-1: it followed an incomplete write, no watermark) completed: they are
   * committed (invariant 2) once the directory entry of the last one's segment is durable too.
   */
  private advanceWatermark(end: number, dirNeed: number): void {
    if (end <= this.hwm || this.dirSynced < dirNeed) return;
    this.hwm = end;
    if (this.committedListener !== undefined) queueMicrotask(this.committedListener);
    if (this.waiters.size > 0) this.scheduleWake();
  }

  /** @internal */
  afterSync(): void {
    const round = this.rounds.shift();
    if (round === undefined) return;
    this.closeDeferred(round.seq);
    for (const seg of round.segs) if (!seg.deleted) this.release(seg);
    this.handles.idle();
    const ok = this.commit !== null && this.commit.failed === undefined;
    if (round.dir >= 0 && ok) this.dirSynced = Math.max(this.dirSynced, round.dir);
    // the round's records are on disk once their segment's directory entry is too (invariant 3)
    if (ok) this.advanceWatermark(round.end, round.dirNeed);
    if (this.retentionDeferred && ok && !this.fdsClosed) {
      this.retentionDeferred = false;
      try {
        this.applyRetention();
      } catch (e) {
        this.warn(`${this.dir}: retention failed: ${(e as Error).message}`);
      }
    }
  }

  /** @internal */
  waitForRoom(err: Error, retry: () => void): boolean {
    if (!(err instanceof FileLimitError && err.busy) || this.fdsClosed) return false;
    this.handles.waitForRoom(retry);
    return true;
  }

  /** @internal */
  syncFailed(err: Error): void {
    this.warn(
      `${this.dir}: fdatasync failed (${err.message}); this stream nacks every publish from now on ` +
        '(written data may be lost: restart the broker once the disk is healthy)',
    );
  }

  // ---- reading (used by Cursor) ----

  /** @internal The next record for reader r, or undefined at the end (committed readers: the watermark). */
  readNext(r: Cursor): StreamReadView | undefined {
    if (this.closed || r.closed) return undefined;
    let seg = r.seg;
    let i = r.idx;
    while (seg.replacedBy !== null) {
      seg = seg.replacedBy; // compacted: same records at the same indexes (invariant 10)
      r.drop();
    }
    if (seg.deleted) {
      // Retention removed what it pointed at: deletion is from the start, so continue at the first segment.
      seg = this.segs[0];
      i = 0;
      r.drop();
    }
    for (;;) {
      i = seg.nextUnacked(i);
      if (i < seg.n) break;
      if (seg === this.cur) {
        r.seg = seg;
        r.idx = seg.n;
        r.drop(); // idle at the tail: hold no read-ahead
        return undefined;
      }
      seg = this.segs[this.indexOfSeg(seg.base) + 1];
      i = 0;
    }
    const offset = seg.offsetAt(i);
    if (r.committed && offset >= this.hwm) {
      r.seg = seg;
      r.idx = i;
      // waiting at the watermark: a round moves it even if no publisher asks for one
      if (!this.closed) this.commit!.requestBackground();
      return undefined;
    }
    r.seg = seg;
    r.idx = i + 1;
    const off = seg.offsets[i];
    const len = seg.lengthOf(i);
    const buf = this.locate(r, seg, off, len);
    const v = r.view;
    decodeStreamRecord(buf, this.at, len, v);
    v.offset = offset;
    v.count = seg.countAt(i);
    return v;
  }

  /** @internal Offset a reader positioned at (seg, idx) reports. */
  offsetOf(seg: StreamSegment, idx: number): number {
    while (seg.replacedBy !== null) seg = seg.replacedBy;
    if (seg.deleted) return this.firstOffset;
    if (idx < seg.n) return seg.offsetAt(idx);
    if (seg === this.cur) return seg.end;
    const next = this.segs[this.indexOfSeg(seg.base) + 1];
    return next === undefined ? seg.end : next.base;
  }

  /**
   * Called after each sync round that moved the high watermark (one listener: the log's owner, e.g. a stream
   * queue driving committed readers). Memory-only logs never call it: their watermark is nextOffset.
   */
  committedListener: (() => void) | undefined;

  /** Offset in the buffer returned by locate(). */
  private at = 0;
  /** The descriptor readFd() returned last is transient. */
  private readTemp = false;

  /** The buffer holding the record (sets this.at): the write chunks, the reader's read-ahead, or the file. */
  private locate(r: Cursor, seg: StreamSegment, off: number, len: number): Buffer {
    const w = this.wBuf;
    if (seg === this.cur && w !== null && off >= this.wStart) {
      r.drop();
      this.at = off - this.wStart;
      return w;
    }
    if (this.commit === null) {
      const k = seg.memChunk(off);
      this.at = off - seg.memStart![k];
      return seg.mem![k];
    }
    const p = this.pBuf;
    if (p !== null && seg === this.pSeg && off >= this.pStart && off + len <= this.pStart + p.length) {
      r.drop();
      this.at = off - this.pStart;
      return p;
    }
    const b = r.buf;
    if (b !== null && seg === r.bufSeg && off >= r.bufStart && off + len <= r.bufStart + b.length) {
      this.at = off - r.bufStart;
      return b;
    }
    // Everything before the current chunk is in the file. A fresh buffer keeps earlier slices valid.
    const onDisk = seg === this.cur && w !== null ? this.wStart : seg.size;
    let want = r.nextRead;
    if (this.readAheadUsed + want > this.readAheadBudget) want = MIN_READ;
    want = Math.min(Math.max(len, want), onDisk - off);
    r.drop();
    const buf = Buffer.allocUnsafe(want);
    const fd = this.readFd(seg);
    let got: number;
    try {
      got = readFully(fd, buf, 0, want, off);
    } finally {
      if (this.readTemp) this.handles.close(fd);
    }
    if (got < len) throw new Error(`${streamSegName(seg.base)}: short read at ${off}`);
    r.buf = got < want ? buf.subarray(0, got) : buf;
    r.bufSeg = seg;
    r.bufStart = off;
    r.held = want;
    this.readAheadUsed += want;
    r.nextRead = Math.min(r.nextRead * 2, this.readAhead);
    this.at = 0;
    return buf;
  }

  /**
   * A descriptor to read seg: its write descriptor, or one from the small LRU cache; if the budget has no
   * room for another kept one, a transient one (readTemp set: the caller closes it after the read).
   */
  private readFd(seg: StreamSegment): number {
    this.readTemp = false;
    if (seg.wfd >= 0) return seg.wfd;
    let fd = seg.rfd;
    if (fd >= 0) {
      this.rfds.delete(seg);
      this.rfds.set(seg, fd);
      return fd;
    }
    fd = this.handles.tryOpen(this.segPath(seg), O_RDONLY);
    if (fd < 0) {
      // reading is how consumers catch up: a transient descriptor may go past the limit (file-handles.ts)
      this.readTemp = true;
      return this.handles.open(this.segPath(seg), O_RDONLY, undefined, true);
    }
    seg.rfd = fd;
    this.rfds.set(seg, fd);
    if (this.rfds.size > MAX_READ_FDS) {
      const [old, oldFd] = this.rfds.entries().next().value as [StreamSegment, number];
      this.rfds.delete(old);
      old.rfd = -1;
      this.handles.close(oldFd);
    }
    this.handles.touch();
    return fd;
  }

  // ---- internals ----

  private readonly endBatch = (): void => {
    this.batchOpen = false;
  };

  private readonly onTimer = (): void => {
    try {
      this.applyRetention();
    } catch (e) {
      this.warn(`${this.dir}: retention failed: ${(e as Error).message}`);
    }
  };

  private clearTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private segPath(seg: StreamSegment): string {
    return pathOf(this.dir, streamSegName(seg.base));
  }

  /** An early write (past FLUSH_AT): a failure only leaves the bytes pending; the round's tick deals with it. */
  private flushNow(): void {
    if (this.write(true) !== undefined) this.commit!.scheduleFlush();
  }

  /** Writes the pending bytes now, or refuses the append that needs them written (invariant 3). */
  private flushOrRefuse(): void {
    const err = this.write(true);
    if (err !== undefined) throw new LogRefusedError(this.dir, err);
  }

  /** Retires the current chunk (once it is written) and starts one that fits at least len bytes. */
  private newChunk(len: number): Buffer {
    if (this.commit !== null && this.wLen > this.wFlushed) this.flushOrRefuse();
    this.retireChunk();
    // Never larger than what the segment can still take, so memory-only segments waste little.
    const cap = Math.min(this.nextCap, Math.max(this.segmentSize - this.cur.size, FIRST_CHUNK / 16));
    const buf = Buffer.allocUnsafe(Math.max(len, cap));
    this.nextCap = Math.min(this.nextCap * 2, MAX_CHUNK);
    this.wBuf = buf;
    this.wStart = this.cur.size;
    this.wLen = this.wFlushed = 0;
    return buf;
  }

  private retireChunk(): void {
    const w = this.wBuf;
    if (w === null) return;
    if (this.commit === null) {
      if (this.wLen > 0) {
        this.cur.mem!.push(w.subarray(0, this.wLen));
        this.cur.memStart!.push(this.wStart);
      }
    } else {
      this.pBuf = this.wLen > 0 ? w.subarray(0, this.wLen) : null;
      this.pSeg = this.cur;
      this.pStart = this.wStart;
    }
    this.wBuf = null;
  }

  /** Starts the next segment; refuses (LogRefusedError, nothing changed) when that needs a write or a file it cannot get. */
  private roll(): StreamSegment {
    const old = this.cur;
    if (this.commit !== null && this.wLen > this.wFlushed) this.flushOrRefuse();
    let seg: StreamSegment;
    try {
      seg = this.createSegment(old.end, true);
    } catch (e) {
      throw new LogRefusedError(this.dir, e as Error);
    }
    this.retireChunk();
    old.trim();
    this.segs.push(seg);
    this.cur = seg;
    if (this.commit !== null) {
      // a rolled segment ends at its last record (the round that syncs its last bytes commits the cut)
      old.allocated = cutZeros(old.wfd, old.size, old.allocated);
      this.release(old);
      // Makes the new directory entry durable (and closes the old descriptor) even if nobody syncs.
      this.commit.requestBackground();
    }
    if (this.maxBytes !== undefined || this.maxAgeMs !== undefined) this.applyRetention();
    return this.cur;
  }

  /**
   * A new segment and its file; the caller adds it. For a new stream (not `urgent`) refused at the budget's
   * limit; a roll inside append(), which cannot wait, may go past it.
   */
  private createSegment(base: number, urgent: boolean): StreamSegment {
    const seg = new StreamSegment(base);
    if (this.commit === null) {
      seg.mem = [];
      seg.memStart = [];
    } else {
      // O_TRUNC: a base past every recovered segment can only name debris.
      seg.wfd = this.handles.open(this.segPath(seg), O_RDWR | O_CREAT | O_TRUNC, 0o644, urgent);
      seg.dirSeq = ++this.dirChanges;
    }
    return seg;
  }

  private deleteSegment(seg: StreamSegment): void {
    this.segs.shift();
    seg.deleted = true;
    this.liveCount -= seg.live;
    this.liveBytes -= seg.liveBytes;
    this.diskBytes -= seg.size;
    if (this.pSeg === seg) this.pBuf = this.pSeg = null;
    seg.mem = seg.memStart = null;
    if (this.commit === null) return;
    this.dirtySegs.delete(seg);
    this.closeFd(seg.wfd, true);
    seg.wfd = -1;
    if (seg.rfd >= 0) {
      this.rfds.delete(seg);
      this.handles.close(seg.rfd, true);
      seg.rfd = -1;
    }
    // the name is free at once; the blocks are freed in the thread pool (trashQuiet)
    trashQuiet(this.segPath(seg), String(++this.trashed));
    this.dirChanges++;
    this.commit.requestBackground();
  }

  /** Closes the write descriptor of a segment no longer written, once its bytes are synced. */
  private release(seg: StreamSegment): void {
    if (seg === this.cur || seg.wfd < 0 || this.dirtySegs.has(seg)) return;
    this.closeFd(seg.wfd);
    seg.wfd = -1;
  }

  /**
   * A descriptor may be in an fdatasync in flight: close it after, so its number is not reused meanwhile.
   * `gone`: its file is deleted, and the close that frees its blocks runs in the thread pool.
   */
  private closeFd(fd: number, gone = false): void {
    if (fd < 0) return;
    if (this.commit !== null && this.commit.syncing) this.deferClose(fd, this.roundsTaken);
    else this.handles.close(fd, gone);
  }

  /** Closes fd once round `after` has completed: every round in flight that may fdatasync it. */
  private deferClose(fd: number, after: number): void {
    this.deferredClose.push(fd);
    this.deferredAfter.push(after);
  }

  /**
   * Round seq completed: closes what waited for it, in the thread pool (the last descriptors of deleted
   * segments among them).
   */
  private closeDeferred(seq: number): void {
    let kept = 0;
    for (let i = 0; i < this.deferredClose.length; i++) {
      if (this.deferredAfter[i] <= seq) this.handles.close(this.deferredClose[i], true);
      else {
        this.deferredClose[kept] = this.deferredClose[i];
        this.deferredAfter[kept++] = this.deferredAfter[i];
      }
    }
    this.deferredClose.length = this.deferredAfter.length = kept;
  }

  /**
   * The budget needs descriptors back (file-handles.ts): closes every one that no write or round needs now.
   * Those written and not yet synced stay; a background round is asked for so they are idle next time.
   */
  private readonly closeIdle = (): void => {
    const commit = this.commit;
    if (this.fdsClosed || commit === null || commit.syncing) return;
    let busy = false;
    for (const seg of this.segs) {
      if (seg.wfd >= 0) {
        if (seg.dirty) busy = true;
        else {
          this.handles.close(seg.wfd);
          seg.wfd = -1;
        }
      }
      if (seg.rfd >= 0) {
        this.rfds.delete(seg);
        this.handles.close(seg.rfd);
        seg.rfd = -1;
      }
    }
    if (this.dirFd >= 0) {
      if (this.dirSynced < this.cur.dirSeq) busy = true;
      else {
        this.handles.close(this.dirFd);
        this.dirFd = -1;
      }
    }
    if (busy) commit.requestBackground();
  };

  private async finalCommit(): Promise<void> {
    const commit = this.commit!;
    const err = await new Promise<Error | undefined>((resolve) => commit.request(resolve));
    await commit.idle();
    // a log closed cleanly ends at its last record (zeros a crash leaves are read as unused space anyway)
    if (!err) this.cur.allocated = cutZeros(this.cur.wfd, this.cur.size, this.cur.allocated);
    this.closeAll();
    if (err) throw err;
  }

  private closeAll(): void {
    if (this.fdsClosed) return;
    this.fdsClosed = true;
    const h = this.handles;
    for (const fd of this.deferredClose) h.close(fd);
    this.deferredClose = [];
    this.deferredAfter = [];
    for (const seg of this.segs) {
      if (seg.wfd >= 0) h.close(seg.wfd);
      if (seg.rfd >= 0) h.close(seg.rfd);
      seg.wfd = seg.rfd = -1;
      seg.mem = seg.memStart = null;
    }
    this.rfds.clear();
    if (this.dirFd >= 0) h.close(this.dirFd);
    this.dirFd = -1;
    this.wBuf = this.pBuf = null;
  }

  /** Index of the segment holding offset o (the last one whose base is <= o). */
  private segIndexFor(o: number): number {
    const s = this.segs;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s[mid].base <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private indexOfSeg(base: number): number {
    const k = this.segIndexFor(base);
    return this.segs[k].base === base ? k : -1;
  }
}

/** @internal A reader: its position (segment, index of the next record) and its own read-ahead buffer. */
class Cursor implements StreamReader {
  closed = false;
  buf: Buffer | null = null;
  bufSeg: StreamSegment | null = null;
  bufStart = 0;
  /** Bytes of buf counted in the log's readAheadUsed. */
  held = 0;
  nextRead = MIN_READ;
  readonly view: StreamReadView = { offset: 0, count: 1, flags: 0, timestamp: 0, head: EMPTY, body: EMPTY };

  constructor(
    private readonly log: StreamLog,
    public seg: StreamSegment,
    public idx: number,
    /** stops at the high watermark (invariant 2) */
    readonly committed: boolean,
  ) {}

  get offset(): number {
    return this.log.offsetOf(this.seg, this.idx);
  }

  next(): StreamReadView | undefined {
    return this.log.readNext(this);
  }

  close(): void {
    this.drop();
    this.closed = true;
  }

  /** Releases the read-ahead buffer (slices already handed out stay valid: they keep it alive). */
  drop(): void {
    if (this.buf === null) return;
    this.log.readAheadUsed -= this.held;
    this.buf = this.bufSeg = null;
    this.held = 0;
    this.nextRead = MIN_READ;
  }
}

/** The log start offset recorded in dir (0 when none); a damaged file is reported and ignored. */
function readStartOffset(dir: string, warn: Warn): number {
  let text: string;
  try {
    text = fs.readFileSync(pathOf(dir, START_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      warn(`${dir}: cannot read ${START_FILE}: ${(err as Error).message}`);
    return 0;
  }
  const m = /^(\d+)\n$/.exec(text);
  if (m === null) {
    warn(`${dir}: ${START_FILE} is damaged; the log starts at its first segment`);
    return 0;
  }
  return Number(m[1]);
}

/** Replaces dir's start file atomically and durably (write, fsync, rename, fsync the directory). */
function writeStartOffset(dir: string, offset: number): void {
  const path = pathOf(dir, START_FILE);
  const tmp = `${path}.tmp`;
  const fd = fs.openSync(tmp, O_RDWR | O_CREAT | O_TRUNC, 0o644);
  try {
    const b = Buffer.from(`${offset}\n`);
    writeFully(fd, b, 0, b.length, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, path);
  const dfd = fs.openSync(dir, O_RDONLY);
  try {
    fs.fsyncSync(dfd);
  } finally {
    fs.closeSync(dfd);
  }
}
