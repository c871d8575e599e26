// Rebuilds a SegmentLog's in-memory state from its files. Never throws on bad data: a torn or corrupt record
// truncates its segment at that record (it and everything after it in that segment are dropped), because
// after a bad length field the next record boundary cannot be trusted. A corrupt record in the middle of a
// non-last segment is handled the same way (truncate there, continue with the next segment): the records
// after it in that segment were written but are unreachable, which is the price of not guessing boundaries.
// A record can only be unsynced at the tail of the log, so only bit rot can cost confirmed records.

import * as fs from 'node:fs';
import { crc32c } from './crc32c.js';
import { ackName, CURSOR_FILE, pathOf, readFully, segName, writeFully } from './files.js';
import { FLAG_PERSISTENT } from './log.js';
import { checkRecord, FRAME_HEADER } from './record.js';
import { Segment } from './segment.js';

const SCAN_CHUNK = 4 * 1024 * 1024;

export type Warn = (msg: string) => void;

/** Scans and verifies one segment file, truncating a bad tail. Transient records come back already acked. */
export function scanSegment(dir: string, id: number, warn: Warn): Segment {
  const seg = new Segment(id);
  scanRecords(pathOf(dir, segName(id)), warn, (buf, rel, at, len) => {
    seg.push(at, len);
    if ((buf[rel + FRAME_HEADER] & FLAG_PERSISTENT) === 0) seg.markAcked(seg.n - 1);
  });
  loadAcks(dir, seg, warn);
  return seg;
}

/**
 * Called for each valid record found by scanRecords(): the record is at buf[rel, rel + len), which is file
 * offset `at`. buf is the scanner's buffer: reused after the call returns, so copy what must be kept.
 */
export type RecordVisitor = (buf: Buffer, rel: number, at: number, len: number) => void;

/**
 * Verifies (CRC32C) the records of one segment file in order, calling visit for each valid one. At the first
 * torn or corrupt record the file is truncated there (and fdatasynced). Returns the valid size.
 */
export function scanRecords(path: string, warn: Warn, visit: RecordVisitor): number {
  const fd = fs.openSync(path, 'r+');
  try {
    const fileSize = fs.fstatSync(fd).size;
    let buf = Buffer.allocUnsafe(Math.min(SCAN_CHUNK, Math.max(fileSize, FRAME_HEADER)));
    let bufPos = 0; // file offset of buf[0]
    let bufLen = readFully(fd, buf, 0, Math.min(buf.length, fileSize), 0);
    let at = 0;
    while (at < fileSize) {
      const rel = at - bufPos;
      const len = checkRecord(buf, rel, bufLen, fileSize - at);
      if (len === 0) {
        // Not entirely in the buffer: refill from this record on, growing for a record bigger than a chunk.
        const need = bufLen - rel >= FRAME_HEADER ? FRAME_HEADER + buf.readUInt32LE(rel) : FRAME_HEADER;
        if (need > buf.length) buf = Buffer.allocUnsafe(need);
        bufPos = at;
        bufLen = readFully(fd, buf, 0, Math.min(buf.length, fileSize - at), at);
        continue;
      }
      if (len < 0) {
        warn(`${path}: torn or corrupt record at offset ${at}; truncating ${fileSize - at} bytes`);
        truncateFile(fd, at);
        break;
      }
      visit(buf, rel, at, len);
      at += len;
    }
    return at;
  } finally {
    fs.closeSync(fd);
  }
}

/** Cuts a file (open read-write) to size bytes, durably. */
export function truncateFile(fd: number, size: number): void {
  fs.ftruncateSync(fd, size);
  fs.fdatasyncSync(fd);
}

/** Marks the offsets listed in the segment's .ack file acked; a torn final entry is cut off. */
function loadAcks(dir: string, seg: Segment, warn: Warn): void {
  const path = pathOf(dir, ackName(seg.id));
  let data: Buffer;
  try {
    data = fs.readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const whole = data.length - (data.length & 3);
  if (whole !== data.length) {
    // Cut it so that later appends stay 4-byte aligned.
    warn(`${path}: torn ack entry; truncating ${data.length - whole} bytes`);
    fs.truncateSync(path, whole);
  }
  let stale = 0;
  for (let p = 0; p < whole; p += 4) {
    const i = seg.indexOf(data.readUInt32LE(p));
    if (i >= 0) seg.markAcked(i);
    else stale++;
  }
  // An entry naming no record: the acked record's bytes were lost (written and acked, but the crash beat the
  // data's fdatasync, which runs in parallel with the ack file's). A new record appended at that offset must
  // not inherit the ack, so the file is rewritten with only the live entries. Crashing midway loses acks
  // only, which brings records back (flagged redelivered), never loses one.
  if (stale > 0) {
    warn(`${path}: ${stale} ack entries name no record; rewriting`);
    const keep = Buffer.allocUnsafe(whole - stale * 4);
    let k = 0;
    for (let p = 0; p < whole; p += 4) {
      const off = data.readUInt32LE(p);
      if (seg.indexOf(off) >= 0) k = keep.writeUInt32LE(off, k);
    }
    const fd = fs.openSync(path, 'r+');
    try {
      fs.ftruncateSync(fd, 0);
      writeFully(fd, keep, 0, k, 0);
      fs.fdatasyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** The delivered watermark saved by the previous run; 0 if none, everything if the file is damaged. */
export function readWatermark(dir: string, warn: Warn): number {
  let data: Buffer;
  try {
    data = fs.readFileSync(pathOf(dir, CURSOR_FILE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
  if (data.length >= 12 && crc32c(data, 0, 8) === data.readUInt32LE(8)) return data.readDoubleLE(0);
  // Conservative: flagging a message redelivered when it was not is harmless, the reverse is not.
  warn(`${pathOf(dir, CURSOR_FILE)}: damaged; treating every recovered record as possibly delivered`);
  return Number.POSITIVE_INFINITY;
}

export function encodeWatermark(pos: number, buf: Buffer): void {
  buf.writeDoubleLE(pos, 0);
  buf.writeUInt32LE(crc32c(buf, 0, 8), 8);
}
