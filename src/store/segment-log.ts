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
// Sealing: once a rolled segment's data is covered by a group commit, its <id>.idx (segment-index.ts) is
// written and rides on the next round's fdatasync; at close the current segment gets one too. Recovery then
// loads sealed segments from their index instead of scanning them, and shift()/peek()/read() CRC-check each
// of their records when first read (verifiedTo), dropping a corrupt one (see invariant 6 in log.ts).

import * as fs from 'node:fs';
import { ACK_HEADER, newAckHeader } from './ack-file.js';
import {
  ackName,
  CURSOR_FILE,
  idxName,
  listSegments,
  orphanAcks,
  orphanIndexes,
  pathOf,
  readFully,
  segName,
  unlinkQuiet,
  writeFully,
} from './files.js';
import { type CommitStats, GroupCommit, type SyncCallback, type SyncObserver } from './group-commit.js';
import { FLAG_PERSISTENT, type Log, type Position, type RecordView } from './log.js';
import { checkRecord, decodeRecord, encodeRecord, newView, RECORD_OVERHEAD } from './record.js';
import {
  encodeWatermark,
  loadSegment,
  newRecoveryStats,
  readWatermark,
  type RecoveryStats,
  scanSegment,
  type Warn,
} from './recovery.js';
import { Segment } from './segment.js';
import { encodeIndex, writeIndexFile } from './segment-index.js';

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

  // Read cursor: the next record to consider is index cIdx of cSeg.
  private cSeg: Segment;
  private cIdx = 0;
  private readonly view = newView();

  // Delivered watermark: recovered (fixed for isDelivered) and the live one saved in the cursor file.
  private readonly watermark: number;
  private delivered: number;
  private savedDelivered: number;
  private cursorFd = -1;
  private cursorDirty = false;
  /**
   * The watermark as written to the cursor file: never below `delivered` while running,
   * usually a little above it (see shift()); exact again at a clean close.
   */
  private promised = 0;
  private readonly wmBuf = Buffer.alloc(12);

  private dirFd = -1;
  private dirDirty = false;
  private readonly dirtySegs = new Set<Segment>();
  private readonly ackPending = new Set<Segment>();
  private synced: Segment[] = [];
  private deferredClose: number[] = [];
  private persistSeq = 0;
  private startedSeq = 0;
  private bgTimer: NodeJS.Timeout | null = null;
  // Sealed segments whose .idx is still to be written (once their data is synced), .idx descriptors written
  // and waiting for the next round, and those in the round in flight.
  private readonly sealing = new Set<Segment>();
  private idxFds: number[] = [];
  private idxSyncing: number[] = [];

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
    this.onCorruption = opts.onCorruption;
    this.stats = { fsyncs: 0, bytesWritten: 0, commits: 0, ...recovery };
    this.commit = new GroupCommit(this, this.stats, opts.onSyncRound);
    this.segs = segs;
    const last = segs[segs.length - 1];
    if (last === undefined || last.size >= this.segmentSize) {
      this.cur = this.createSegment(last === undefined ? 1 : last.id + 1);
    } else {
      this.cur = last;
      last.fd = fs.openSync(pathOf(dir, segName(last.id)), O_RDWR);
    }
    // Sealed segments recovered by a scan (no valid index, or one covering only a prefix) get their index now,
    // so the next open need not scan them again.
    const unsealed = segs.filter((s) => s !== this.cur && s.flags !== null);
    if (unsealed.length > 0) this.sealNow(unsealed, true);
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
    this.savedDelivered = watermark === this.watermark ? watermark : -1;
  }

  /** Opens (creating if needed) the log in dir and recovers it. Synchronous. */
  static open(dir: string, opts: SegmentLogOptions = {}): SegmentLog {
    const warn: Warn = opts.onWarning ?? (() => {});
    fs.mkdirSync(dir, { recursive: true });
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
    else this.commit.request(cb);
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
          this.writeWatermark(this.promised);
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
    // Deleting whole files is the durable ack: cheaper than writing an ack per record.
    const old = this.segs.slice();
    if (this.cur.n > 0) this.roll();
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
    if (this.closing !== null) await this.closing.catch(() => {});
    await this.commit.idle();
    this.commit.fail(new Error('log destroyed'));
    this.closeAll();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async finalCommit(): Promise<void> {
    const err = await new Promise<Error | undefined>((resolve) => this.commit.request(resolve));
    await this.commit.idle();
    if (!err && !this.commit.failed) this.sealAtClose();
    this.closeAll();
    if (err) throw err;
  }

  // ---- CommitHost ----

  writePending(): void {
    if (this.fdsClosed || this.wBuf === null || this.wLen === this.wFlushed) return;
    writeFully(this.cur.fd, this.wBuf, this.wFlushed, this.wLen, this.wStart + this.wFlushed);
    this.stats.bytesWritten += this.wLen - this.wFlushed;
    this.wFlushed = this.wLen;
    this.cur.dataDirty = true;
    this.dirtySegs.add(this.cur);
  }

  takeDirty(out: number[]): void {
    this.startedSeq = this.persistSeq;
    if (this.fdsClosed) return;
    for (const seg of this.ackPending) this.writeAcks(seg);
    this.ackPending.clear();
    if (this.promised !== this.savedDelivered) this.writeWatermark(this.promised);
    for (const seg of this.dirtySegs) {
      if (seg.dataDirty) out.push(seg.fd);
      if (seg.ackDirty) out.push(seg.ackFd);
      seg.dataDirty = seg.ackDirty = false;
      this.synced.push(seg);
    }
    this.dirtySegs.clear();
    if (this.cursorDirty) out.push(this.cursorFd);
    this.cursorDirty = false;
    for (const fd of this.idxFds) {
      out.push(fd);
      this.idxSyncing.push(fd);
    }
    this.idxFds = [];
    if (this.dirDirty) {
      if (this.dirFd < 0) this.dirFd = fs.openSync(this.dir, O_RDONLY);
      out.push(this.dirFd);
      this.dirDirty = false;
    }
  }

  afterSync(): void {
    for (const fd of this.deferredClose) fs.closeSync(fd);
    this.deferredClose = [];
    for (const fd of this.idxSyncing) fs.closeSync(fd);
    this.idxSyncing = [];
    for (const seg of this.synced) if (!seg.deleted) this.release(seg);
    this.synced = [];
    if (this.sealing.size > 0 && !this.commit.failed && !this.fdsClosed) this.sealSynced();
  }

  // ---- sealing: .idx files ----

  /**
   * Writes the index of every sealed segment whose data is now covered by an fdatasync (it was not written
   * to since the round that just completed took its descriptors); the next round fdatasyncs the indexes.
   */
  private sealSynced(): void {
    let wrote = false;
    for (const seg of this.sealing) {
      if (seg.deleted) {
        this.sealing.delete(seg);
        continue;
      }
      if (seg.dataDirty || this.dirtySegs.has(seg)) continue; // its last bytes await the next round
      this.sealing.delete(seg);
      try {
        const fd = this.writeIndex(seg);
        if (fd >= 0) {
          this.idxFds.push(fd);
          wrote = true;
        }
      } catch (e) {
        this.indexFailed(seg, e as Error);
      }
    }
    if (wrote) {
      this.dirDirty = true;
      this.commit.requestBackground();
    }
  }

  /** At close, after the final round: the current segment and any still pending, synchronously. */
  private sealAtClose(): void {
    try {
      for (const fd of this.idxFds) fs.fdatasyncSync(fd);
    } catch (e) {
      this.warn(`${this.dir}: could not sync segment indexes: ${(e as Error).message}`);
    }
    for (const fd of this.idxFds) fs.closeSync(fd);
    const dirty = this.idxFds.length > 0;
    this.idxFds = [];
    const segs = [...this.sealing].filter((s) => !s.deleted);
    this.sealing.clear();
    if (this.cur.n > 0 && this.cur.flags !== null) segs.push(this.cur);
    this.sealNow(segs, false, dirty);
  }

  /**
   * Writes and fdatasyncs the indexes of segs now (first fdatasyncing their data if syncData), then the
   * directory. For open and close, where blocking is fine; failures cost only the index (and a warning).
   */
  private sealNow(segs: Segment[], syncData: boolean, dirty = false): void {
    for (const seg of segs) {
      try {
        if (syncData) {
          const dfd = fs.openSync(pathOf(this.dir, segName(seg.id)), O_RDONLY);
          try {
            fs.fdatasyncSync(dfd);
          } finally {
            fs.closeSync(dfd);
          }
        }
        const fd = this.writeIndex(seg);
        if (fd < 0) continue;
        try {
          fs.fdatasyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        dirty = true;
      } catch (e) {
        this.indexFailed(seg, e as Error);
      }
    }
    if (!dirty) return;
    try {
      const dfd = fs.openSync(this.dir, O_RDONLY);
      try {
        fs.fsyncSync(dfd);
      } finally {
        fs.closeSync(dfd);
      }
    } catch (e) {
      this.warn(`${this.dir}: could not sync the directory: ${(e as Error).message}`);
    }
  }

  /** Writes seg's .idx (not yet synced) and returns its open descriptor; -1 if seg is empty. */
  private writeIndex(seg: Segment): number {
    const flags = seg.flags;
    seg.flags = null;
    if (seg.n === 0 || flags === null) return -1;
    const data = encodeIndex(seg.offsets, flags, seg.n, seg.size, seg.lastCrc);
    return writeIndexFile(pathOf(this.dir, idxName(seg.id)), data);
  }

  private indexFailed(seg: Segment, e: Error): void {
    seg.flags = null;
    this.warn(`${pathOf(this.dir, idxName(seg.id))}: not written (${e.message}); the next open will scan`);
    try {
      unlinkQuiet(pathOf(this.dir, idxName(seg.id)));
    } catch {
      // a torn index fails its CRC at open anyway
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
    // Everything before the current chunk is in the file; a fresh buffer keeps earlier slices valid.
    const onDisk = seg === this.cur && this.wBuf !== null ? this.wStart : seg.size;
    const want = sequential ? Math.min(Math.max(len, this.readAhead), onDisk - off) : len;
    const buf = Buffer.allocUnsafe(want);
    let fd = seg.fd;
    const temp = fd < 0 && (!sequential || seg !== this.cSeg);
    if (fd < 0) fd = fs.openSync(pathOf(this.dir, segName(seg.id)), O_RDONLY);
    if (!temp) seg.fd = fd;
    let got: number;
    try {
      got = readFully(fd, buf, 0, want, off);
    } finally {
      if (temp) fs.closeSync(fd);
    }
    if (got < len) throw new Error(`${segName(seg.id)}: short read at ${off}`);
    if (sequential) {
      this.rBuf = buf;
      this.rSeg = seg;
      this.rStart = off;
      this.rLen = got;
    }
    this.at = 0;
    return buf;
  }

  private flushNow(): void {
    try {
      this.writePending();
    } catch (e) {
      this.commit.fail(e as Error);
    }
  }

  /** Retires the current chunk (flushing it) and starts one that fits at least len bytes. */
  private newChunk(len: number): Buffer {
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
    this.flushNow();
    this.pBuf = this.wLen > 0 ? this.wBuf.subarray(0, this.wLen) : null;
    this.pSeg = this.cur;
    this.pStart = this.wStart;
    this.wBuf = null;
  }

  private roll(): Segment {
    this.retireChunk();
    const old = this.cur;
    old.trim();
    this.cur = this.createSegment(old.id + 1);
    if (old.allAcked) this.deleteSegment(old);
    else {
      this.release(old);
      this.sealing.add(old);
      this.armBackground(); // the round covering its data (and so its index) must come without a sync()
    }
    return this.cur;
  }

  private createSegment(id: number): Segment {
    const seg = new Segment(id);
    // O_TRUNC: an id past every recovered segment can only name debris (an index of it, too).
    unlinkQuiet(pathOf(this.dir, idxName(id)));
    seg.fd = fs.openSync(pathOf(this.dir, segName(id)), O_RDWR | O_CREAT | O_TRUNC, 0o644);
    this.segs.push(seg);
    this.dirDirty = true; // the new directory entry must be durable before records in it are confirmed
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
    this.sealing.delete(seg);
    this.closeFd(seg.fd);
    this.closeFd(seg.ackFd);
    seg.fd = seg.ackFd = -1;
    // The index first: an index must never outlive its segment (a new segment could take the id).
    unlinkQuiet(pathOf(this.dir, idxName(seg.id)));
    unlinkQuiet(pathOf(this.dir, segName(seg.id)));
    unlinkQuiet(pathOf(this.dir, ackName(seg.id)));
    this.dirDirty = true;
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

  /** A descriptor may be in an fdatasync in flight: close it after, so its number is not reused meanwhile. */
  private closeFd(fd: number): void {
    if (fd < 0) return;
    if (this.commit.syncing) this.deferredClose.push(fd);
    else fs.closeSync(fd);
  }

  private writeAcks(seg: Segment): void {
    if (seg.deleted || seg.ackBuf === null || seg.ackLen === 0) return;
    if (seg.ackFd < 0) {
      const path = pathOf(this.dir, ackName(seg.id));
      if (!fs.existsSync(path)) this.dirDirty = true;
      seg.ackFd = fs.openSync(path, O_WRONLY | O_CREAT | O_APPEND, 0o644);
      // A new (or empty) ack file starts with its format's header (ack-file.ts).
      if (fs.fstatSync(seg.ackFd).size === 0) writeFully(seg.ackFd, newAckHeader(), 0, ACK_HEADER);
    }
    writeFully(seg.ackFd, seg.ackBuf, 0, seg.ackLen);
    seg.ackLen = 0;
    seg.ackDirty = true;
    this.dirtySegs.add(seg);
  }

  private writeWatermark(value: number): void {
    if (this.cursorFd < 0) {
      const path = pathOf(this.dir, CURSOR_FILE);
      if (!fs.existsSync(path)) this.dirDirty = true;
      this.cursorFd = fs.openSync(path, O_RDWR | O_CREAT, 0o644);
    }
    encodeWatermark(value, this.wmBuf);
    writeFully(this.cursorFd, this.wmBuf, 0, 12, 0);
    this.savedDelivered = value;
    this.cursorDirty = true;
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
    for (const fd of this.deferredClose) fs.closeSync(fd);
    this.deferredClose = [];
    for (const fd of this.idxFds) fs.closeSync(fd);
    for (const fd of this.idxSyncing) fs.closeSync(fd);
    this.idxFds = this.idxSyncing = [];
    for (const seg of this.segs) {
      if (seg.fd >= 0) fs.closeSync(seg.fd);
      if (seg.ackFd >= 0) fs.closeSync(seg.ackFd);
      seg.fd = seg.ackFd = -1;
    }
    if (this.cursorFd >= 0) fs.closeSync(this.cursorFd);
    if (this.dirFd >= 0) fs.closeSync(this.dirFd);
    this.cursorFd = this.dirFd = -1;
    this.wBuf = this.pBuf = this.rBuf = null;
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
