// The durable Log: one directory per queue, segment files of records, .ack files of acked offsets, and a
// cursor file holding the delivered watermark (see files.ts for the layout, log.ts for the invariants).
//
// Writes: append() encodes into an in-memory chunk; the chunk's new bytes go to the file with one pwrite per
// tick (or at once past FLUSH_AT), and group-commit.ts makes them durable. Chunks are never reused, so the
// slices handed to readers stay valid; the current and the previous chunk double as the read cache for
// recent records. Older records are read from disk in read-ahead batches, also into fresh buffers.
// Memory per record: a u32 offset and an acked bit in the segment's typed arrays (plus a flags byte for the
// records of the segment being written).
//
// Sealing (segment-sealer.ts): once a rolled segment's data is covered by a group commit, its <id>.idx is
// written and rides on the next round's fdatasync; at close the current segment gets one too. Recovery then
// loads sealed segments from their index instead of scanning them, and shift()/peek()/read() CRC-check each
// of their records when first read (verifiedTo), dropping a corrupt one (see invariant 6 in log.ts).
//
// Descriptors come from a HandleSet of the broker's FileHandles budget: none is held for an idle log that
// the budget needs back (closeIdle), and each is reopened on demand. Write failures (no space, no
// descriptor) follow invariant 3 in log.ts: the file is cut back, the unwritten records are withdrawn at the
// next round and appends are refused until a retry of the pending bytes succeeds.

import * as fs from 'node:fs';
import { ACK_HEADER, newAckHeader } from './ack-file.js';
import {
  ackName,
  CURSOR_FILE,
  idxName,
  listSegments,
  orphanAcks,
  orphanIndexes,
  removeTrash,
  trashQuiet,
  pathOf,
  readFully,
  segName,
  unlinkQuiet,
  writeFully,
} from './files.js';
import { CursorFile } from './cursor-file.js';
import { SegmentSealer } from './segment-sealer.js';
import { setAside } from './set-aside.js';
import { FileHandles, FileLimitError, type HandleSet } from './file-handles.js';
import { type CommitStats, GroupCommit, type SyncCallback, type SyncObserver } from './group-commit.js';
import { FLAG_PERSISTENT, type Log, type Position, type RecordView } from './log.js';
import { checkRecord, decodeRecord, encodeRecord, newView, RECORD_OVERHEAD } from './record.js';
import {
  loadSegment,
  newRecoveryStats,
  readWatermark,
  type RecoveryStats,
  scanSegment,
  type Warn,
} from './recovery.js';
import { cutZeros, zerosAhead } from './preallocation.js';
import { Segment } from './segment.js';
import {
  cutBack,
  FailureReports,
  LogRefusedError,
  withdrawRecord,
  withdrawWritten,
  type WriteFailureObserver,
} from './write-failures.js';

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

// How far ahead of the last delivery the delivered watermark is written (see shift()).
const WATERMARK_AHEAD = 4 * 1024 * 1024;
const SEG = 2 ** 32;
const FLUSH_AT = 1024 * 1024; // write pending bytes at once beyond this, without waiting for the tick
const FIRST_CHUNK = 64 * 1024; // chunks grow from here, so an idle queue holds little memory
const MAX_CHUNK = 1024 * 1024;
const { O_RDWR, O_CREAT, O_TRUNC, O_WRONLY, O_APPEND, O_RDONLY } = fs.constants;

/** Group-commit counters, and what the recovery at open did (segments from .idx or scanned, bytes scanned). */
export type SegmentLogStats = CommitStats & RecoveryStats;

export class SegmentLog implements Log {
  readonly durable = true;
  /** fdatasync calls, bytes written to segment files, group-commit rounds; recovery counters. */
  readonly stats: SegmentLogStats;
  count = 0;
  bytes = 0;
  lastPosition: Position = -1;

  private readonly segmentSize: number;
  private readonly readAhead: number;
  private readonly bgDelay: number;
  private readonly warn: Warn;
  private readonly onCorruption: SegmentLogOptions['onCorruption'];
  private readonly commit: GroupCommit;
  private readonly segs: Segment[];
  private cur: Segment;
  private closed = false;
  /** segments deleted so far: tags their files set aside for unlinking (trashQuiet) */
  private trashed = 0;
  private fdsClosed = false;
  private closing: Promise<void> | null = null;

  // Write chunk: wBuf[0] is at offset wStart of the current segment; [wFlushed, wLen) not yet written.
  private wBuf: Buffer | null = null;
  private wStart = 0;
  private wLen = 0;
  private wFlushed = 0;
  private nextCap = FIRST_CHUNK;
  // The previous chunk, kept as a read cache of the records written just before.
  private pBuf: Buffer | null = null;
  private pSeg: Segment | null = null;
  private pStart = 0;
  // Read-ahead from disk.
  private rBuf: Buffer | null = null;
  private rSeg: Segment | null = null;
  private rStart = 0;
  private rLen = 0;
  // Read-ahead for read(pos): requeued records are read back by position in ascending order,
  // one segment after another; without it each took an open, a small read and a close.
  private qBuf: Buffer | null = null;
  private qSeg: Segment | null = null;
  private qStart = 0;
  private qLen = 0;

  // Read cursor: the next record to consider is index cIdx of cSeg.
  private cSeg: Segment;
  private cIdx = 0;
  private readonly view = newView();

  // Delivered watermark: recovered (fixed for isDelivered) and the live one saved in the cursor file.
  private readonly watermark: number;
  private delivered: number;
  private readonly cursor: CursorFile;
  /**
   * The watermark as written to the cursor file: never below `delivered` while running,
   * usually a little above it (see shift()); exact again at a clean close.
   */
  private promised = 0;

  private dirFd = -1;
  // A new segment's directory entry must be durable before records in it are confirmed (dirNeeded); other
  // entries (ack and cursor files created, files deleted) only eventually (dirChanged).
  private dirNeeded = false;
  private dirChanged = false;
  private readonly dirtySegs = new Set<Segment>();
  private readonly ackPending = new Set<Segment>();
  private synced: Segment[] = [];
  private deferredClose: number[] = [];
  private persistSeq = 0;
  private startedSeq = 0;
  /**
   * Position up to which a round covered every record (set with startedSeq): records past it are covered only
   * by callbacks still waiting, so a failed write withdraws from here at the earliest (withdrawUnwritten).
   */
  private windowFrom = 0;
  private bgTimer: NodeJS.Timeout | null = null;
  // Sealed segments whose .idx is still to be written (once their data is synced), .idx descriptors written
  // and waiting for the next round, and those in the round in flight.
  private readonly sealer: SegmentSealer;
  private readonly handles: HandleSet;
  private readonly reports: FailureReports;
  /** Set while the chunk's pending bytes cannot be written (cleared by the first write that succeeds). */
  private writeError: Error | undefined;
  /** Bytes written since the last round's write: whether its zeros ahead pay (preallocation.ts). */
  private roundBytes = 0;

  private constructor(
    readonly dir: string,
    segs: Segment[],
    watermark: number,
    opts: SegmentLogOptions,
    recovery: RecoveryStats,
  ) {
    this.segmentSize = opts.segmentSize ?? 32 * 1024 * 1024;
    if (!(this.segmentSize > RECORD_OVERHEAD && this.segmentSize < SEG))
      throw new RangeError('bad segmentSize');
    this.readAhead = opts.readAhead ?? 1024 * 1024;
    this.bgDelay = opts.ackSyncDelayMs ?? 100;
    this.warn = opts.onWarning ?? (() => {});
    this.reports = new FailureReports(this.warn, opts.onWriteFailure);
    this.onCorruption = opts.onCorruption;
    this.stats = { fsyncs: 0, bytesWritten: 0, commits: 0, ...recovery };
    this.commit = new GroupCommit(this, this.stats, opts.onSyncRound, opts.syncDelayMs);
    this.handles = (opts.files ?? new FileHandles()).holder(this.closeIdle);
    this.cursor = new CursorFile(pathOf(dir, CURSOR_FILE), this.handles, this.reports);
    this.sealer = new SegmentSealer(dir, this.handles, this.warn);
    this.segs = segs;
    const last = segs[segs.length - 1];
    if (last === undefined || last.size >= this.segmentSize) {
      // A new queue needs its first segment file: new work, refused (FileLimitError) at the budget's limit.
      const seg = this.createSegment(last === undefined ? 1 : last.id + 1, false);
      segs.push(seg);
      this.cur = seg;
    } else {
      this.cur = last; // its descriptor is opened by the first write or read
    }
    // Sealed segments recovered by a scan (no valid index, or one covering only a prefix) get their index now,
    // so the next open need not scan them again.
    const unsealed = segs.filter((s) => s !== this.cur && s.flags !== null);
    if (unsealed.length > 0) this.sealer.sealNow(unsealed, true);
    for (const s of segs) {
      for (let i = s.nextUnacked(0); i < s.n; i = s.nextUnacked(i + 1)) {
        this.count++;
        this.bytes += s.lengthOf(i) - RECORD_OVERHEAD;
      }
    }
    this.cSeg = this.segs[0];
    const end = this.cur.id * SEG + this.cur.size;
    this.watermark = Math.min(watermark, end);
    this.delivered = this.watermark;
    this.promised = this.watermark;
    // A clamped watermark (the tail was truncated) is rewritten at the first round, so that records appended
    // where the lost ones were are not taken for delivered after the next restart.
    this.cursor.saved = watermark === this.watermark ? watermark : -1;
  }

  /** Opens (creating if needed) the log in dir and recovers it. Synchronous. */
  static open(dir: string, opts: SegmentLogOptions = {}): SegmentLog {
    const warn: Warn = opts.onWarning ?? (() => {});
    fs.mkdirSync(dir, { recursive: true });
    removeTrash(dir);
    const ids = listSegments(dir);
    const idSet = new Set(ids);
    for (const id of orphanAcks(dir, idSet)) unlinkQuiet(pathOf(dir, ackName(id)));
    for (const id of orphanIndexes(dir, idSet)) unlinkQuiet(pathOf(dir, idxName(id)));
    const stats = newRecoveryStats();
    const segs: Segment[] = [];
    for (let k = 0; k < ids.length; k++) {
      // The last segment (the one that was being written) is always scanned; sealed ones use their index.
      const last = k === ids.length - 1;
      const seg = last ? scanSegment(dir, ids[k], warn, stats) : loadSegment(dir, ids[k], warn, stats);
      if (seg.allAcked && !last) {
        unlinkQuiet(pathOf(dir, idxName(seg.id)));
        unlinkQuiet(pathOf(dir, segName(seg.id)));
        unlinkQuiet(pathOf(dir, ackName(seg.id)));
      } else {
        seg.trim();
        segs.push(seg);
      }
    }
    if (stats.corruptRecords > 0) opts.onCorruption?.('record', stats.corruptRecords);
    if (stats.corruptAcks > 0) opts.onCorruption?.('ack', stats.corruptAcks);
    return new SegmentLog(dir, segs, readWatermark(dir, warn), opts, stats);
  }

  append(flags: number, timestamp: number, head: Buffer, body: Buffer): Position {
    if (this.closed) throw new Error('log closed');
    // After a failed write, the pending bytes go first (invariant 3): retried here, and a persistent record
    // refused while that fails. A transient one needs no write to be accepted (until the chunk is full).
    if (this.writeError !== undefined && (flags & FLAG_PERSISTENT) !== 0) this.flushOrRefuse();
    const len = RECORD_OVERHEAD + head.length + body.length;
    let seg = this.cur;
    if (seg.n > 0 && seg.size + len > this.segmentSize) seg = this.roll();
    let buf = this.wBuf;
    if (buf === null || this.wLen + len > buf.length) buf = this.newChunk(len);
    encodeRecord(buf, this.wLen, flags, timestamp, head, body, true);
    const off = seg.size;
    seg.pushRecord(off, len, flags);
    seg.lastCrc = buf.readUInt32LE(this.wLen + 4);
    this.wLen += len;
    this.count++;
    this.bytes += len - RECORD_OVERHEAD;
    if (flags & FLAG_PERSISTENT) this.persistSeq++;
    if (this.wLen - this.wFlushed >= FLUSH_AT) this.flushNow();
    else this.commit.scheduleFlush();
    return seg.id * SEG + off;
  }

  sync(cb: SyncCallback): void {
    if (this.closed) return void setImmediate(cb, new Error('log closed'));
    // Nothing persistent appended since the last round started: that round (if still running) covers all.
    if (this.persistSeq === this.startedSeq) this.commit.afterCurrent(cb);
    else this.commit.request(cb, this.cur.id * SEG + this.cur.size);
  }

  shift(): RecordView | undefined {
    for (;;) {
      const i = this.seek();
      if (i < 0) return undefined;
      const seg = this.cSeg;
      const off = seg.offsets[i];
      const len = seg.lengthOf(i);
      const buf = this.locate(seg, off, len, true);
      if (off >= seg.verifiedTo && !this.verify(seg, i, buf, len, true)) continue;
      this.cIdx = i + 1;
      const pos = seg.id * SEG + off;
      this.lastPosition = pos;
      if (pos >= this.delivered) {
        this.delivered = pos + 1;
        if (this.delivered > this.promised) {
          // Written before the record is handed out, so a SIGKILL can never leave a
          // delivered (and perhaps acked) record below the recovered watermark. Writing
          // up to WATERMARK_AHEAD bytes further (within this segment) makes that one
          // pwrite per few MiB delivered; records in that margin may come back flagged
          // redelivered after a crash, which AMQP allows ("may have been delivered").
          this.promised = Math.min(this.delivered + WATERMARK_AHEAD, seg.id * SEG + SEG - 1);
          this.writeWatermark(this.promised, true);
        }
        this.armBackground();
      }
      return decodeRecord(buf, this.at, len, this.view);
    }
  }

  peek(): RecordView | undefined {
    for (;;) {
      const i = this.seek();
      if (i < 0) return undefined;
      const seg = this.cSeg;
      const off = seg.offsets[i];
      const len = seg.lengthOf(i);
      const buf = this.locate(seg, off, len, true);
      if (off >= seg.verifiedTo && !this.verify(seg, i, buf, len, true)) continue;
      return decodeRecord(buf, this.at, len, this.view);
    }
  }

  /**
   * CRC-checks record i of seg (a segment recovered from its index), found at buf[this.at]. A corrupt record
   * is dropped, durably, like an ack (so it never comes back), and reported. `sequential`: the cursor's
   * record, so every un-acked record before it in seg has been checked and verifiedTo may advance.
   */
  private verify(seg: Segment, i: number, buf: Buffer, len: number, sequential: boolean): boolean {
    const off = seg.offsets[i];
    if (checkRecord(buf, this.at, this.at + len, len) === len) {
      if (sequential) seg.verifiedTo = off + len;
      return true;
    }
    this.warn(`${pathOf(this.dir, segName(seg.id))}: corrupt record at offset ${off}; dropping it`);
    this.stats.corruptRecords++;
    this.onCorruption?.('record', 1);
    this.ack(seg.id * SEG + off);
    return false;
  }

  /** Moves the cursor onto the next un-acked record and returns its index, or -1 at the end. */
  private seek(): number {
    let seg = this.cSeg;
    let i = seg.nextUnacked(this.cIdx);
    while (i >= seg.n) {
      if (seg === this.cur) {
        this.cIdx = i;
        return -1;
      }
      const next = this.segs[this.indexOfSeg(seg.id) + 1];
      this.cSeg = next;
      this.release(seg);
      seg = next;
      i = seg.nextUnacked(0);
    }
    this.cIdx = i;
    return i;
  }

  rewind(): void {
    this.cSeg = this.segs[0];
    this.cIdx = 0;
  }

  read(pos: Position): RecordView {
    const seg = this.segAt(pos);
    const off = pos % SEG;
    const i = seg === undefined ? -1 : seg.indexOf(off);
    if (seg === undefined || i < 0) throw new RangeError(`no record at position ${pos}`);
    const len = seg.lengthOf(i);
    const buf = this.locate(seg, off, len, false);
    if (off >= seg.verifiedTo && !this.verify(seg, i, buf, len, false))
      throw new RangeError(`no record at position ${pos} (it was corrupt)`);
    return decodeRecord(buf, this.at, len, newView());
  }

  ack(pos: Position): void {
    const seg = this.segAt(pos);
    if (seg === undefined) return;
    const off = pos % SEG;
    const i = seg.indexOf(off);
    if (i < 0 || !seg.markAcked(i)) return;
    this.count--;
    this.bytes -= seg.lengthOf(i) - RECORD_OVERHEAD;
    if (seg.allAcked && seg !== this.cur) {
      this.deleteSegment(seg);
      return;
    }
    seg.queueAck(off);
    this.ackPending.add(seg);
    this.armBackground();
  }

  isDelivered(pos: Position): boolean {
    return pos < this.watermark;
  }

  purge(): number {
    if (this.closed) throw new Error('log closed');
    const dropped = this.count;
    // Deleting whole files is the durable ack: cheaper than writing an ack per record. On a full disk this
    // is what frees space, so it must not depend on writing: the pending bytes of a failed write are
    // dropped with their segment, and without a descriptor for a new segment the current one's records are
    // acked one by one instead.
    const old = this.segs.slice();
    if (this.cur.n > 0) {
      try {
        this.roll(true);
      } catch {
        const cur = this.cur;
        for (let i = cur.nextUnacked(0); i < cur.n; i = cur.nextUnacked(i + 1))
          this.ack(cur.id * SEG + cur.offsets[i]);
      }
    }
    for (const seg of old) if (!seg.deleted && seg !== this.cur) this.deleteSegment(seg);
    this.count = 0;
    this.bytes = 0;
    this.armBackground();
    return dropped;
  }

  close(): Promise<void> {
    if (this.closing === null) {
      this.closed = true;
      // a clean stop knows exactly what was delivered: no margin
      this.promised = this.delivered;
      this.clearBackground();
      this.closing = this.finalCommit();
    }
    return this.closing;
  }

  async destroy(): Promise<void> {
    this.closed = true;
    this.clearBackground();
    const dir = setAside(this.dir); // before any wait: a queue of the same name may be declared at once
    if (this.closing !== null) await this.closing.catch(() => {});
    await this.commit.idle();
    this.commit.poison(new Error('log destroyed'));
    this.closeAll();
    // in the thread pool: a deep queue's files take long to unlink, and the broker serves meanwhile
    await fs.promises.rm(dir, { recursive: true, force: true });
  }

  private async finalCommit(): Promise<void> {
    const err = await new Promise<Error | undefined>((resolve) => this.commit.request(resolve));
    await this.commit.idle();
    if (!err && !this.commit.failed) {
      // a log closed cleanly ends at its last record (zeros a crash leaves are read as unused space anyway)
      this.cur.allocated = cutZeros(this.cur.fd, this.cur.size, this.cur.allocated);
      this.sealer.atClose(this.cur);
    }
    this.closeAll();
    if (err) throw err;
  }

  // ---- CommitHost ----

  writePending(): Error | undefined {
    const err = this.write(this.closed); // a closing log does not wait for room: its descriptors go right after
    // zeros ahead when this round's writes (its own and those append() made since the last) were small
    const seg = this.cur;
    if (err === undefined && seg.fd >= 0)
      seg.allocated = zerosAhead(seg.fd, seg.size, this.roundBytes, seg.allocated, this.segmentSize);
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
      if (this.dirNeeded && this.dirFd < 0) {
        this.dirFd = this.handles.open(this.dir, O_RDONLY, undefined, urgent);
        dirOpened = true;
      }
      if (seg.fd < 0) seg.fd = this.handles.open(this.segPath(seg), O_RDWR, undefined, urgent);
      this.handles.touch();
      writeFully(seg.fd, this.wBuf, this.wFlushed, this.wLen, from);
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
      if (seg.fd >= 0) cutBack(seg.fd, from);
      seg.allocated = from;
      this.writeError = e as Error;
      this.reports.failed(
        this.segPath(seg),
        'write',
        e,
        'publishes to this queue are nacked until a write succeeds again',
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
    seg.dataDirty = true;
    this.dirtySegs.add(seg);
    return undefined;
  }

  writtenTo(): number {
    return this.cur.id * SEG + (this.wBuf === null ? this.cur.size : this.wStart + this.wFlushed);
  }

  /** The round being set up covers every record appended so far. */
  private coverAll(): void {
    this.startedSeq = this.persistSeq;
    this.windowFrom = this.cur.id * SEG + this.cur.size;
  }

  /**
   * Withdraws the persistent records of the callbacks a failed write fails (invariant 3): those past keptTo
   * and past the last round that covered everything. The ones still pending are rewritten as transient in
   * the chunk (recovery drops them once written); the ones an earlier write put in a file are rewritten so
   * in the file (withdrawWritten). Unless shift() has already returned them, they are acked in memory so
   * that nobody gets them any more.
   */
  withdrawUnwritten(keptTo: number): void {
    const written = this.writtenTo();
    let withdrawn = this.withdrawWrittenRange(Math.max(keptTo, this.windowFrom), written);
    const buf = this.wBuf;
    if (buf !== null && this.wLen > this.wFlushed) {
      const seg = this.cur;
      const from = this.wStart + this.wFlushed;
      let i = seg.n;
      while (i > 0 && seg.offsets[i - 1] >= from) i--;
      for (; i < seg.n; i++) if (this.withdrawAt(seg, i, buf, seg.offsets[i] - this.wStart)) withdrawn++;
    }
    // everything up to here is now either covered by a kept callback or withdrawn
    this.windowFrom = this.cur.id * SEG + this.cur.size;
    if (withdrawn > 0)
      this.warn(
        `${this.dir}: ${withdrawn} records withdrawn after a failed write (their publishes are nacked)`,
      );
  }

  /** Rewrites record i of seg, whose bytes are at buf[at], as transient; acks it in memory unless delivered. */
  private withdrawAt(seg: Segment, i: number, buf: Buffer, at: number): boolean {
    const len = seg.lengthOf(i);
    if (!withdrawRecord(buf, at, len)) return false;
    if (seg.flags !== null) seg.flags[i] &= ~FLAG_PERSISTENT;
    if (i === seg.n - 1) seg.lastCrc = buf.readUInt32LE(at + 4);
    if (seg.id * SEG + seg.offsets[i] >= this.delivered && seg.markAcked(i)) {
      this.count--;
      this.bytes -= len - RECORD_OVERHEAD;
    }
    return true;
  }

  /**
   * The persistent records in [from, to) that are in the files already (an early write of the failed round:
   * a full chunk, FLUSH_AT, a roll, or a tick's write while a round was in flight): read back, rewritten as
   * transient and written over themselves, which takes no new space; the next round syncs them. The chunks
   * that cache them get the same bytes. A segment whose .idx is written (it keeps the flags) gets acks
   * instead. Returns how many were withdrawn.
   */
  private withdrawWrittenRange(from: Position, to: Position): number {
    let withdrawn = 0;
    for (const seg of this.segs) {
      const base = seg.id * SEG;
      if (seg.deleted || base + seg.size <= from || base >= to) continue;
      const a = Math.max(from, base) - base;
      const b = Math.min(to, base + seg.size) - base;
      let i = seg.n;
      while (i > 0 && seg.offsets[i - 1] >= a) i--;
      if (seg.flags === null) {
        for (; i < seg.n && seg.offsets[i] < b; i++) {
          if (seg.isAcked(i) || seg.id * SEG + seg.offsets[i] < this.delivered) continue;
          this.ack(base + seg.offsets[i]);
          withdrawn++;
        }
        continue;
      }
      let j = i;
      while (j < seg.n && seg.offsets[j] < b) j++;
      withdrawn += withdrawWritten(seg, this.segPath(seg), i, j, {
        open: (path) => this.handles.open(path, O_RDWR, undefined, true),
        withdrawAt: (k, bytes, at) => this.withdrawAt(seg, k, bytes, at),
        caches: [
          [seg === this.cur ? this.wBuf : null, this.wStart],
          [seg === this.pSeg ? this.pBuf : null, this.pStart],
        ],
        rewritten: (fd) => {
          seg.dataDirty = true;
          this.dirtySegs.add(seg);
          this.commit.requestBackground();
          if (seg.fd >= 0) return false;
          seg.fd = fd; // the next round syncs through it
          return true;
        },
        release: (fd) => this.deferredClose.push(fd),
        warn: this.warn,
      });
    }
    return withdrawn;
  }

  takeDirty(data: number[], aux: number[], background: boolean): void {
    if (this.fdsClosed) {
      this.coverAll();
      return;
    }
    // Acks and the watermark are durable-eventually: a failed write is reported and retried later, never
    // the round's concern.
    let acksLeft = false;
    for (const seg of this.ackPending) {
      if (this.writeAcks(seg)) this.ackPending.delete(seg);
      else acksLeft = true;
    }
    if (this.promised !== this.cursor.saved) this.writeWatermark(this.promised, false);
    // The directory: a new segment's entry is what the round's confirms wait for, so its descriptor is taken
    // even past the budget's limit (writePending took it already unless the budget closed it since); if
    // even that fails, the round fails (its callbacks get nacks) before it took anything. Other entries wait
    // for a round with room.
    if (this.dirFd < 0 && (this.dirNeeded || this.dirChanged)) {
      let written = false;
      for (const seg of this.dirtySegs) written ||= seg.dataDirty;
      this.dirFd =
        this.dirNeeded && written
          ? this.handles.open(this.dir, O_RDONLY, undefined, true)
          : this.openAux(this.dir, O_RDONLY);
    }
    // Only a round that follows a complete write covers every append so far (see sync()).
    if (this.wLen === this.wFlushed) this.coverAll();
    this.handles.touch();
    // Acks are written (the page cache keeps them through a SIGKILL) but their fdatasync waits for a
    // background round: in a round that publishers wait for it would only compete with theirs for the disk.
    const acksToo = background || this.closed;
    let acksKept = false;
    for (const seg of this.dirtySegs) {
      if (seg.dataDirty) data.push(seg.fd);
      if (seg.ackDirty && acksToo) aux.push(seg.ackFd);
      seg.dataDirty = false;
      if (acksToo) seg.ackDirty = false;
      else acksKept ||= seg.ackDirty;
      this.synced.push(seg);
    }
    this.dirtySegs.clear();
    if (acksKept) for (const seg of this.synced) if (seg.ackDirty) this.dirtySegs.add(seg);
    const cursorLeft = !this.cursor.takeForSync(aux, this.closed);
    this.sealer.takeForSync(aux);
    let dirLeft = false;
    if ((this.dirNeeded || this.dirChanged) && this.dirFd >= 0) {
      data.push(this.dirFd);
      this.dirNeeded = this.dirChanged = false;
    } else dirLeft = this.dirChanged;
    // what had to wait for room (or failed) goes into a later round
    if (acksLeft || acksKept || cursorLeft || dirLeft || this.promised !== this.cursor.saved)
      this.armBackground();
  }

  afterSync(): void {
    // in the thread pool: among them may be the last descriptors of deleted segments (see closeFd)
    for (const fd of this.deferredClose) this.handles.close(fd, true);
    this.deferredClose = [];
    this.sealer.afterSync();
    for (const seg of this.synced) if (!seg.deleted) this.release(seg);
    this.synced = [];
    if (
      this.sealer.waiting &&
      !this.commit.failed &&
      !this.fdsClosed &&
      this.sealer.afterRound(this.unsynced)
    ) {
      this.dirChanged = true;
      this.commit.requestBackground();
    }
    this.handles.idle();
  }

  // A sealed segment's index waits while its last bytes await a round.
  private readonly unsynced = (seg: Segment): boolean => seg.dataDirty || this.dirtySegs.has(seg);

  waitForRoom(err: Error, retry: () => void): boolean {
    if (!(err instanceof FileLimitError && err.busy) || this.fdsClosed) return false;
    this.handles.waitForRoom(retry);
    return true;
  }

  syncFailed(err: Error, poisoned: boolean): void {
    if (poisoned) {
      this.warn(
        `${this.dir}: fdatasync failed (${err.message}); this queue nacks every publish from now on ` +
          '(written data may be lost: restart the broker once the disk is healthy)',
      );
    } else {
      this.warn(`${this.dir}: fdatasync of an ack, cursor or index file failed (${err.message})`);
    }
  }

  // ---- internals ----

  /** Offset in the buffer returned by locate(). */
  private at = 0;

  /** The buffer holding the record (and sets this.at), from memory when possible. */
  private locate(seg: Segment, off: number, len: number, sequential: boolean): Buffer {
    if (seg === this.cur && this.wBuf !== null && off >= this.wStart) {
      if (sequential) this.rBuf = null; // caught up: drop the read-ahead
      this.at = off - this.wStart;
      return this.wBuf;
    }
    const p = this.pBuf;
    if (p !== null && seg === this.pSeg && off >= this.pStart && off + len <= this.pStart + p.length) {
      if (sequential) this.rBuf = null;
      this.at = off - this.pStart;
      return p;
    }
    const r = this.rBuf;
    if (r !== null && seg === this.rSeg && off >= this.rStart && off + len <= this.rStart + this.rLen) {
      this.at = off - this.rStart;
      return r;
    }
    const q = this.qBuf;
    if (
      !sequential &&
      q !== null &&
      seg === this.qSeg &&
      off >= this.qStart &&
      off + len <= this.qStart + this.qLen
    ) {
      this.at = off - this.qStart;
      return q;
    }
    // Everything before the current chunk is in the file; a fresh buffer keeps earlier slices valid.
    const onDisk = seg === this.cur && this.wBuf !== null ? this.wStart : seg.size;
    // a read by position after an earlier one in the same segment: reading forward, so read ahead
    const forward = !sequential && seg === this.qSeg && off >= this.qStart;
    const want = sequential || forward ? Math.min(Math.max(len, this.readAhead), onDisk - off) : len;
    const buf = Buffer.allocUnsafe(want);
    let fd = seg.fd;
    let temp = fd < 0 && (!sequential || seg !== this.cSeg);
    if (fd < 0 && !temp) {
      // kept for the reads that follow, if the budget has room; else read through a transient one
      fd = this.handles.tryOpen(this.segPath(seg), seg === this.cur ? O_RDWR : O_RDONLY);
      if (fd >= 0) seg.fd = fd;
      else temp = true;
    }
    // Reading is how a queue drains: a transient descriptor may go past the budget's limit (file-handles.ts).
    if (temp) fd = this.handles.open(this.segPath(seg), O_RDONLY, undefined, true);
    this.handles.touch();
    let got: number;
    try {
      got = readFully(fd, buf, 0, want, off);
    } finally {
      if (temp) this.handles.close(fd);
    }
    if (got < len) throw new Error(`${segName(seg.id)}: short read at ${off}`);
    if (sequential) {
      this.rBuf = buf;
      this.rSeg = seg;
      this.rStart = off;
      this.rLen = got;
    } else {
      this.qBuf = buf;
      this.qSeg = seg;
      this.qStart = off;
      this.qLen = got;
    }
    this.at = 0;
    return buf;
  }

  private segPath(seg: Segment): string {
    return pathOf(this.dir, segName(seg.id));
  }

  /** An early write (past FLUSH_AT): a failure only leaves the bytes pending; the round's tick deals with it. */
  private flushNow(): void {
    if (this.write(true) !== undefined) this.commit.scheduleFlush();
  }

  /** Writes the pending bytes now, or refuses the append that needs them written (invariant 3). */
  private flushOrRefuse(): void {
    const err = this.write(true);
    if (err !== undefined) throw new LogRefusedError(this.dir, err);
  }

  /** Retires the current chunk (once it is written) and starts one that fits at least len bytes. */
  private newChunk(len: number): Buffer {
    if (this.wLen > this.wFlushed) this.flushOrRefuse();
    this.retireChunk();
    const buf = Buffer.allocUnsafe(Math.max(len, this.nextCap));
    this.nextCap = Math.min(this.nextCap * 2, MAX_CHUNK);
    this.wBuf = buf;
    this.wStart = this.cur.size;
    this.wLen = this.wFlushed = 0;
    return buf;
  }

  private retireChunk(): void {
    if (this.wBuf === null) return;
    this.pBuf = this.wLen > 0 ? this.wBuf.subarray(0, this.wLen) : null;
    this.pSeg = this.cur;
    this.pStart = this.wStart;
    this.wBuf = null;
  }

  /**
   * Starts the next segment. Refuses (LogRefusedError, nothing changed) when the current chunk cannot be
   * written or the new file cannot be created, unless `dropUnwritten` (purge: the old segment goes anyway).
   */
  private roll(dropUnwritten = false): Segment {
    const old = this.cur;
    if (this.wLen > this.wFlushed) {
      const err = this.write(true);
      if (err !== undefined && !dropUnwritten) throw new LogRefusedError(this.dir, err);
    }
    let seg: Segment;
    try {
      seg = this.createSegment(old.id + 1, true);
    } catch (e) {
      throw new LogRefusedError(this.dir, e as Error);
    }
    if (dropUnwritten) {
      // those bytes are the old segment's, which is being deleted
      this.wFlushed = this.wLen;
      if (this.writeError !== undefined) this.reports.forget(this.segPath(old));
      this.writeError = undefined;
    }
    this.retireChunk();
    old.trim();
    // a sealed segment ends at its last record (the round that syncs its last bytes commits the cut)
    old.allocated = cutZeros(old.fd, old.size, old.allocated);
    this.segs.push(seg);
    this.cur = seg;
    if (old.allAcked) this.deleteSegment(old);
    else {
      this.release(old);
      this.sealer.add(old);
      this.armBackground(); // the round covering its data (and so its index) must come without a sync()
    }
    return seg;
  }

  /**
   * Creates the file of a new segment; the caller adds it. For a new queue (not `urgent`) refused at the
   * budget's limit; a roll inside append(), which cannot wait, may go past it.
   */
  private createSegment(id: number, urgent: boolean): Segment {
    const seg = new Segment(id);
    // O_TRUNC: an id past every recovered segment can only name debris (an index of it, too).
    unlinkQuiet(pathOf(this.dir, idxName(id)));
    seg.fd = this.handles.open(this.segPath(seg), O_RDWR | O_CREAT | O_TRUNC, 0o644, urgent);
    this.dirNeeded = true; // the new directory entry must be durable before records in it are confirmed
    return seg;
  }

  private deleteSegment(seg: Segment): void {
    seg.deleted = true;
    const k = this.indexOfSeg(seg.id);
    this.segs.splice(k, 1);
    if (this.cSeg === seg) {
      this.cSeg = this.segs[k];
      this.cIdx = 0;
    }
    if (this.pSeg === seg) this.pBuf = this.pSeg = null;
    if (this.rSeg === seg) this.rBuf = this.rSeg = null;
    this.dirtySegs.delete(seg);
    this.ackPending.delete(seg);
    this.sealer.delete(seg);
    this.closeFd(seg.fd, true);
    this.closeFd(seg.ackFd, true);
    seg.fd = seg.ackFd = -1;
    // The index first: an index must never outlive its segment (a new segment could take the id). Each
    // name is free at once; the blocks are freed in the thread pool (trashQuiet).
    const tag = String(++this.trashed);
    trashQuiet(pathOf(this.dir, idxName(seg.id)), tag);
    trashQuiet(pathOf(this.dir, segName(seg.id)), tag);
    trashQuiet(pathOf(this.dir, ackName(seg.id)), tag);
    this.reports.forget(pathOf(this.dir, ackName(seg.id)));
    this.dirChanged = true;
    this.armBackground();
  }

  /** Closes the descriptors of a segment nobody writes or reads sequentially, once they are synced. */
  private release(seg: Segment): void {
    if (seg === this.cur || seg === this.cSeg || seg.dataDirty || seg.ackDirty || this.ackPending.has(seg))
      return;
    if (this.dirtySegs.has(seg)) return;
    this.closeFd(seg.fd);
    this.closeFd(seg.ackFd);
    seg.fd = seg.ackFd = -1;
  }

  /**
   * A descriptor may be in an fdatasync in flight: close it after, so its number is not reused meanwhile.
   * `gone`: its file is deleted, and the close that frees its blocks runs in the thread pool.
   */
  private closeFd(fd: number, gone = false): void {
    if (fd < 0) return;
    if (this.commit.syncing) this.deferredClose.push(fd);
    else this.handles.close(fd, gone);
  }

  /**
   * The budget needs descriptors back (file-handles.ts): closes every one that no write or round needs now.
   * Those written and not yet synced stay; a background round is asked for so they are idle next time.
   */
  private readonly closeIdle = (): void => {
    if (this.fdsClosed || this.commit.syncing) return; // a round in flight may use any of them
    let busy = this.sealer.busy;
    for (const seg of this.segs) {
      if (seg.fd >= 0) {
        if (seg.dataDirty) busy = true;
        else {
          this.handles.close(seg.fd);
          seg.fd = -1;
        }
      }
      if (seg.ackFd >= 0) {
        if (seg.ackDirty) busy = true;
        else {
          this.handles.close(seg.ackFd);
          seg.ackFd = -1;
        }
      }
    }
    if (this.cursor.closeIdle()) busy = true;
    if (this.dirFd >= 0) {
      if (this.dirNeeded) busy = true;
      else {
        this.handles.close(this.dirFd);
        this.dirFd = -1;
      }
    }
    if (busy) this.commit.requestBackground();
  };

  /**
   * A descriptor for what is durable-eventually (acks, watermark, directory entries): -1 when the budget has
   * no room (a later round does it). At close everything is written, past the limit if need be.
   */
  private openAux(path: string, flags: number, mode?: number): number {
    return this.closed ? this.handles.open(path, flags, mode, true) : this.handles.tryOpen(path, flags, mode);
  }

  /**
   * Appends seg's buffered acks to its .ack file; false (kept for a later round) when the budget has no room
   * for its descriptor or the write failed (reported).
   */
  private writeAcks(seg: Segment): boolean {
    if (seg.deleted || seg.ackBuf === null || seg.ackLen === 0) return true;
    const path = pathOf(this.dir, ackName(seg.id));
    try {
      if (seg.ackFd < 0) {
        const exists = fs.existsSync(path);
        seg.ackFd = this.openAux(path, O_WRONLY | O_CREAT | O_APPEND, 0o644);
        if (seg.ackFd < 0) return false;
        if (!exists) this.dirChanged = true;
        seg.ackSize = fs.fstatSync(seg.ackFd).size;
      }
      if (seg.ackSize === 0) {
        // A new (or empty) ack file starts with its format's header (ack-file.ts).
        writeFully(seg.ackFd, newAckHeader(), 0, ACK_HEADER);
        seg.ackSize = ACK_HEADER;
      }
      writeFully(seg.ackFd, seg.ackBuf, 0, seg.ackLen);
    } catch (e) {
      // A torn entry would shift every later one: cut the file back to its last whole write.
      if (seg.ackFd >= 0 && seg.ackSize >= 0) cutBack(seg.ackFd, seg.ackSize);
      this.reports.failed(path, 'ack write', e, 'acks stay in memory and are retried');
      return false;
    }
    if (this.reports.active) this.reports.succeeded(path, 'ack write');
    seg.ackSize += seg.ackLen;
    seg.ackLen = 0;
    seg.ackDirty = true;
    this.dirtySegs.add(seg);
    return true;
  }

  /** The delivered watermark to the cursor file (cursor-file.ts); `now` before a delivery. */
  private writeWatermark(value: number, now: boolean): void {
    this.cursor.write(value, now, this.closed);
    if (this.cursor.created) {
      this.cursor.created = false;
      this.dirChanged = true;
    }
  }

  private armBackground(): void {
    if (this.bgTimer !== null || this.closed) return;
    this.bgTimer = setTimeout(this.onBackground, this.bgDelay);
    this.bgTimer.unref();
  }

  private readonly onBackground = (): void => {
    this.bgTimer = null;
    this.commit.requestBackground();
  };

  private clearBackground(): void {
    if (this.bgTimer !== null) clearTimeout(this.bgTimer);
    this.bgTimer = null;
  }

  private closeAll(): void {
    if (this.fdsClosed) return;
    this.fdsClosed = true;
    const h = this.handles;
    for (const fd of this.deferredClose) h.close(fd);
    this.deferredClose = [];
    this.sealer.closeAll();
    for (const seg of this.segs) {
      if (seg.fd >= 0) h.close(seg.fd);
      if (seg.ackFd >= 0) h.close(seg.ackFd);
      seg.fd = seg.ackFd = -1;
    }
    const cfd = this.cursor.release();
    if (cfd >= 0) h.close(cfd);
    if (this.dirFd >= 0) h.close(this.dirFd);
    this.dirFd = -1;
    this.wBuf = this.pBuf = this.rBuf = this.qBuf = null;
  }

  private segAt(pos: Position): Segment | undefined {
    const k = this.indexOfSeg(Math.floor(pos / SEG));
    return k < 0 ? undefined : this.segs[k];
  }

  private indexOfSeg(id: number): number {
    const s = this.segs;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = s[mid].id;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
