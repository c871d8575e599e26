// The in-memory tail of a segment file: the records appended but not yet written, and the last ones written
// (the read cache that lets consumers who keep up never read the file; log.ts, invariant 2).
//
// Small records are copied into a chunk buffer. A large body is not: its record's fixed header and head go
// into the chunk, the body stays in the buffer it arrived in, and both reach the file in one gathered write
// (writev). The bytes in the file are exactly those encodeRecord would have put there, without copying the
// body once more on the main thread (for 64 KiB messages that copy was 6 % of the broker's time).
//
// The tail is a list of pieces covering the file bytes [start, end) in order: slices of chunk buffers, and
// bodies. A record lies wholly in one piece, or its header and head end a chunk piece and its body is the
// next piece. The piece being filled (chunk[from, used) at file offset openAt) is kept apart, so that
// appending a small record allocates nothing. Bodies are never written to (a fanout appends the same body
// to several queues); withdrawing a record rewrites only its header.

import { crc32c } from './crc32c.js';
import { FLAG_PERSISTENT, type RecordView } from './log.js';
import { decodeRecord, encodeRecord, FRAME_HEADER, PAYLOAD_FIXED, RECORD_OVERHEAD } from './record.js';

/** Bodies at least this large are written from where they arrived (a gathered write) instead of copied. */
export const GATHER_MIN = 8 * 1024;
const FIRST_CHUNK = 64 * 1024; // chunks grow from here, so an idle queue holds little memory
const MAX_CHUNK = 1024 * 1024;
/** Written bytes kept as a read cache (the oldest pieces beyond it are let go once written). */
const KEEP = 1024 * 1024;

export class SegmentTail {
  /** File offset of the first byte held in memory: records before it are read from the file. */
  start: number;
  /** File offset after the last record (the segment's size). */
  end: number;
  /** Bytes before this file offset are in the file. */
  written: number;
  /** Set by find(): where the record starts in the buffer it returned. */
  at = 0;
  /** Set by find(): the index of that buffer in the pieces, or -1 for the chunk being filled. */
  private k = -1;
  private pieces: Buffer[] = [];
  private ats: number[] = [];
  /** pieces before it were let go */
  private first = 0;
  private chunk: Buffer | null = null;
  private from = 0;
  private used = 0;
  private openAt: number;
  private nextCap = FIRST_CHUNK;

  /** A tail starting at file offset `size`, where everything before is in the file. */
  constructor(size: number) {
    this.start = this.end = this.written = this.openAt = size;
  }

  get unwritten(): number {
    return this.end - this.written;
  }

  /** Appends one record (RECORD_OVERHEAD + head + body bytes) at file offset end; returns its CRC field. */
  append(flags: number, timestamp: number, head: Buffer, body: Buffer): number {
    const len = RECORD_OVERHEAD + head.length + body.length;
    if (body.length < GATHER_MIN) {
      const buf = this.room(len);
      const at = this.used;
      encodeRecord(buf, at, flags, timestamp, head, body, true);
      this.used += len;
      this.end += len;
      return buf.readUInt32LE(at + 4);
    }
    const headLen = RECORD_OVERHEAD + head.length;
    const buf = this.room(headLen);
    const at = this.used;
    buf.writeUInt32LE(PAYLOAD_FIXED + head.length + body.length, at);
    buf[at + FRAME_HEADER] = flags;
    buf.writeDoubleLE(timestamp, at + 9);
    buf.writeUInt32LE(head.length, at + 17);
    buf.set(head, at + RECORD_OVERHEAD);
    const crc = crc32c(body, 0, body.length, crc32c(buf, at + FRAME_HEADER, at + headLen));
    buf.writeUInt32LE(crc, at + 4);
    this.used += headLen;
    this.end += headLen;
    this.closeOpen();
    this.pieces.push(body);
    this.ats.push(this.end);
    this.end += body.length;
    this.openAt = this.end;
    return crc;
  }

  /**
   * The buffer holding the record at file offset off (>= start), and sets `at`. For a record whose body is
   * apart (split), that buffer holds its header and head only: use view() or withdraw().
   */
  find(off: number): Buffer {
    if (this.chunk !== null && off >= this.openAt) {
      this.k = -1;
      this.at = this.from + off - this.openAt;
      return this.chunk;
    }
    const ats = this.ats;
    let lo = this.first;
    let hi = ats.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (ats[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    this.k = lo;
    this.at = off - ats[lo];
    return this.pieces[lo];
  }

  /** Fills view with the record at file offset off (>= start), of total length len. */
  view(off: number, len: number, view: RecordView): RecordView {
    const buf = this.find(off);
    const at = this.at;
    if (at + len <= buf.length) return decodeRecord(buf, at, len, view);
    const headLen = buf.readUInt32LE(at + 17);
    const headStart = at + RECORD_OVERHEAD;
    view.flags = buf[at + FRAME_HEADER];
    view.timestamp = buf.readDoubleLE(at + 9);
    view.head = buf.subarray(headStart, headStart + headLen);
    view.body = this.pieces[this.k + 1];
    return view;
  }

  /**
   * Rewrites the persistent record at file offset off (total length len) as transient in memory: flags bit
   * 0 cleared and the CRC recomputed (write-failures.ts). Returns its new CRC field, or -1 when it was not
   * persistent.
   */
  withdraw(off: number, len: number): number {
    const buf = this.find(off);
    const at = this.at;
    const flags = buf[at + FRAME_HEADER];
    if ((flags & FLAG_PERSISTENT) === 0) return -1;
    buf[at + FRAME_HEADER] = flags & ~FLAG_PERSISTENT;
    let crc: number;
    if (at + len <= buf.length) crc = crc32c(buf, at + FRAME_HEADER, at + len);
    else {
      const body = this.pieces[this.k + 1];
      crc = crc32c(body, 0, body.length, crc32c(buf, at + FRAME_HEADER, buf.length));
    }
    buf.writeUInt32LE(crc, at + 4);
    return crc;
  }

  /** The bytes from file offset `written` to end, in order (for a gathered write); empty when none. */
  unwrittenPieces(): Buffer[] {
    const out: Buffer[] = [];
    const w = this.written;
    if (w === this.end) return out;
    if (this.chunk === null || w < this.openAt) {
      const first = this.find(w);
      if (this.k >= 0) {
        out.push(this.at === 0 ? first : first.subarray(this.at));
        for (let k = this.k + 1; k < this.pieces.length; k++) out.push(this.pieces[k]);
      }
    }
    if (this.chunk !== null && this.used > this.from) {
      const skip = w > this.openAt ? w - this.openAt : 0;
      if (this.from + skip < this.used) out.push(this.chunk.subarray(this.from + skip, this.used));
    }
    return out;
  }

  /** Everything up to file offset `to` is in the file now: the oldest written pieces may go. */
  wrote(to: number): void {
    this.written = to;
    const ats = this.ats;
    while (this.first < ats.length) {
      const next = this.first + 1 < ats.length ? ats[this.first + 1] : this.openAt;
      if (next > this.written || this.end - next < KEEP) break;
      this.pieces[this.first] = EMPTY; // let go of it now; the arrays are compacted below
      this.first++;
      this.start = next;
    }
    if (this.first > 64 && this.first * 2 > ats.length) {
      this.pieces = this.pieces.slice(this.first);
      this.ats = ats.slice(this.first);
      this.first = 0;
    }
  }

  /** The chunk, with room for len more bytes at `used`: a fresh one when it is full. */
  private room(len: number): Buffer {
    const c = this.chunk;
    if (c !== null && this.used + len <= c.length) return c;
    this.closeOpen();
    const cap = Math.max(len, this.nextCap);
    this.nextCap = Math.min(this.nextCap * 2, MAX_CHUNK);
    this.chunk = Buffer.allocUnsafe(cap);
    this.from = this.used = 0;
    this.openAt = this.end;
    return this.chunk;
  }

  /** Ends the piece being filled: what it holds becomes a piece of its own; the chunk's rest fills on. */
  private closeOpen(): void {
    if (this.chunk === null || this.used === this.from) return;
    this.pieces.push(this.chunk.subarray(this.from, this.used));
    this.ats.push(this.openAt);
    this.from = this.used;
    this.openAt = this.end;
    // a chunk with little room left would make the next pieces tiny: the next record starts a fresh one
    if (this.chunk.length - this.used < RECORD_OVERHEAD + 256) this.chunk = null;
  }
}

const EMPTY = Buffer.alloc(0);
