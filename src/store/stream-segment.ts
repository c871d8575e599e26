// One segment of a StreamLog: the record index (RecordIndex: u32 byte offset per record, plus a bitmap that
// here marks records dropped by recovery, i.e. transient ones), the segment's first stream offset, a sparse
// timestamp index, and either its file descriptors (durable) or its bytes (memory only).
// A record is a batch covering `count` consecutive offsets (one AMQP message: 1; a Kafka record batch: its
// records). While every record covers one offset, record i has offset base + i and no table is kept; the
// first record covering more turns on `rel` (u32 per record: its offset minus base). Dropped records keep
// their offsets (a hole).

import { RecordIndex } from './record-index.js';

/** Records per entry of the sparse timestamp index. */
export const TS_BLOCK = 64;

export class StreamSegment extends RecordIndex {
  /** Read-write descriptor while the segment is written or awaits its last fdatasync, else -1. */
  wfd = -1;
  /** Read-only descriptor from the log's small descriptor cache, or -1. */
  rfd = -1;
  /** The file's length: zeros from `size` on, written ahead of the records (preallocation.ts). */
  allocated = 0;
  /** Written since its last fdatasync. */
  dirty = false;
  /** Unlinked by retention: readers positioned in it move on to the first retained segment. */
  deleted = false;
  /** Rewritten by compaction: readers positioned in it continue at the same index in this one. */
  replacedBy: StreamSegment | null = null;
  /** Value of the log's directory-change counter when this segment's file was created. */
  dirSeq = 0;
  /** Retained (not dropped) records and their head + body bytes. */
  live = 0;
  liveBytes = 0;
  /** Smallest and largest record timestamp seen (ms); NaN while empty. */
  minTs = NaN;
  maxTs = NaN;
  /** tsMax[j] = largest timestamp among records [0, (j + 1) * TS_BLOCK): non-decreasing, for binary search. */
  tsMax = new Float64Array(16);
  /** Memory-only logs: the segment's bytes, as chunks (mem[k] holds the bytes from memStart[k] on). */
  mem: Buffer[] | null = null;
  memStart: number[] | null = null;
  /** Offsets the records cover: base + span is the offset after the last record. */
  span = 0;
  /** rel[i] = offset of record i - base, once some record covered more than one offset; else null (rel[i] = i). */
  rel: Uint32Array | null = null;

  get base(): number {
    return this.id;
  }

  /** The offset after the last record. */
  get end(): number {
    return this.id + this.span;
  }

  /** Indexes a record of `count` offsets (count >= 1) at byte at, len bytes long. */
  pushRecord(at: number, len: number, count: number): void {
    this.push(at, len);
    let rel = this.rel;
    if (rel === null && count !== 1) {
      rel = new Uint32Array(this.offsets.length);
      for (let i = 0; i < this.n - 1; i++) rel[i] = i;
      this.rel = rel;
    }
    if (rel !== null) {
      if (rel.length < this.offsets.length) {
        const r = new Uint32Array(this.offsets.length);
        r.set(rel);
        this.rel = rel = r;
      }
      rel[this.n - 1] = this.span;
    }
    this.span += count;
  }

  /** Offset of record i (i < n). */
  offsetAt(i: number): number {
    const rel = this.rel;
    return this.id + (rel === null ? i : rel[i]);
  }

  /** Offsets record i covers (i < n). */
  countAt(i: number): number {
    const rel = this.rel;
    if (rel === null) return 1;
    return (i + 1 < this.n ? rel[i + 1] : this.span) - rel[i];
  }

  /** Index of the record covering offset o (base <= o), or n when o >= end. */
  indexFor(o: number): number {
    const d = o - this.id;
    if (d >= this.span) return this.n;
    const rel = this.rel;
    if (rel === null) return d;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (rel[mid] <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Indexes record n - 1 (just pushed) with its timestamp. */
  noteTimestamp(ts: number): void {
    // NaN while only holes came before (see pushHole): the first real timestamp sets both.
    if (!(ts >= this.minTs)) this.minTs = ts;
    if (!(ts <= this.maxTs)) this.maxTs = ts;
    this.noteBlock();
  }

  /**
   * Records `count` offsets lost to the damaged bytes [at, at + len) (recovery): entries that are dropped from
   * the start, like transient records, so later records keep their offsets. They have no timestamp: their block
   * keeps the largest timestamp so far (NaN before any, which blockFor() skips).
   */
  pushHole(at: number, len: number, count: number): void {
    this.pushRecord(at, len, count);
    this.markAcked(this.n - 1);
    this.noteBlock();
  }

  private noteBlock(): void {
    const j = ((this.n - 1) / TS_BLOCK) | 0;
    if (j >= this.tsMax.length) {
      const t = new Float64Array(this.tsMax.length * 2);
      t.set(this.tsMax);
      this.tsMax = t;
    }
    this.tsMax[j] = this.maxTs;
  }

  /** Index of the first block that may hold a record with timestamp >= ts, or -1 if none does. */
  blockFor(ts: number): number {
    if (this.n === 0 || !(this.maxTs >= ts)) return -1;
    let lo = 0;
    let hi = ((this.n - 1) / TS_BLOCK) | 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tsMax[mid] >= ts) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Index in mem of the chunk holding byte offset off (records never span chunks). */
  memChunk(off: number): number {
    const s = this.memStart!;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  override trim(): void {
    super.trim();
    if (this.rel !== null && this.rel.length > this.n + 64) this.rel = this.rel.slice(0, Math.max(this.n, 1));
    const blocks = Math.max(1, Math.ceil(this.n / TS_BLOCK));
    if (this.tsMax.length > blocks + 8) this.tsMax = this.tsMax.slice(0, blocks);
  }
}
