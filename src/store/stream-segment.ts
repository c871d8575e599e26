// One segment of a StreamLog: the record index (RecordIndex: u32 byte offset per record, plus a bitmap that
// here marks records dropped by recovery, i.e. transient ones), the segment's first stream offset, a sparse
// timestamp index, and either its file descriptors (durable) or its bytes (memory only).
// Record i of the segment has stream offset base + i; dropped records keep their offset (a hole).

import { RecordIndex } from './record-index.js';

/** Records per entry of the sparse timestamp index. */
export const TS_BLOCK = 64;

export class StreamSegment extends RecordIndex {
  /** Read-write descriptor while the segment is written or awaits its last fdatasync, else -1. */
  wfd = -1;
  /** Read-only descriptor from the log's small descriptor cache, or -1. */
  rfd = -1;
  /** Written since its last fdatasync. */
  dirty = false;
  /** Unlinked by retention: readers positioned in it move on to the first retained segment. */
  deleted = false;
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

  get base(): number {
    return this.id;
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
    for (let k = 0; k < count; k++) {
      this.push(at, len);
      this.markAcked(this.n - 1);
      this.noteBlock();
    }
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
    const blocks = Math.max(1, Math.ceil(this.n / TS_BLOCK));
    if (this.tsMax.length > blocks + 8) this.tsMax = this.tsMax.slice(0, blocks);
  }
}
