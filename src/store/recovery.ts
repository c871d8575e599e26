// Rebuilds a SegmentLog's in-memory state from its files. Never throws on bad data: a torn or corrupt record
// truncates its segment at that record (it and everything after it in that segment are dropped), because
// after a bad length field the next record boundary cannot be trusted. A corrupt record in the middle of a
// non-last segment is handled the same way (truncate there, continue with the next segment): the records
// after it in that segment were written but are unreachable, which is the price of not guessing boundaries.
// A record can only be unsynced at the tail of the log, so only bit rot can cost confirmed records.
//
// A sealed (non-last) segment with a valid .idx (segment-index.ts) is not scanned: its offsets and flags come
// from the index, and its records are CRC-checked when first read (segment-log.ts). If the index covers only
// a prefix of the file, the rest is scanned as above. The last segment is always scanned.

import * as fs from 'node:fs';
import { crc32c } from './crc32c.js';
import {
  ackName,
  CURSOR_FILE,
  idxName,
  pathOf,
  readFully,
  segName,
  unlinkQuiet,
  writeFully,
} from './files.js';
import { FLAG_PERSISTENT } from './log.js';
import { checkRecord, FRAME_HEADER } from './record.js';
import { Segment } from './segment.js';
import { loadIndex } from './segment-index.js';

const SCAN_CHUNK = 4 * 1024 * 1024;

export type Warn = (msg: string) => void;

/** What recovery did: segments loaded from their index or scanned, and the bytes CRC-scanned at open. */
export interface RecoveryStats {
  indexedSegments: number;
  scannedSegments: number;
  scannedBytes: number;
}

/** Scans and verifies one segment file, truncating a bad tail. Transient records come back already acked. */
export function scanSegment(dir: string, id: number, warn: Warn, stats?: RecoveryStats): Segment {
  const seg = new Segment(id);
  const path = pathOf(dir, segName(id));
  const before = fs.statSync(path).size;
  const size = scanRecords(path, warn, visitor(seg));
  // A truncated segment may grow again with other records: an index of its old contents must not survive.
  if (size < before) unlinkQuiet(pathOf(dir, idxName(id)));
  if (stats) {
    stats.scannedSegments++;
    stats.scannedBytes += size;
  }
  loadAcks(dir, seg, warn);
  return seg;
}

/**
 * Recovers a sealed segment from its .idx when that is valid (scanning only what lies past the part it
 * covers), else by a full scan. A segment recovered from its index has verifiedTo = 0 and flags = null
 * (unless it had to be extended by a scan: then it keeps its flags, to get a fresh index).
 */
export function loadSegment(dir: string, id: number, warn: Warn, stats: RecoveryStats): Segment {
  const path = pathOf(dir, segName(id));
  const idxPath = pathOf(dir, idxName(id));
  const idx = loadIndex(idxPath, path, (why) => warn(`${idxPath}: ${why}; scanning the segment instead`));
  if (idx === undefined) return scanSegment(dir, id, warn, stats);
  const seg = new Segment(id);
  const n = idx.count;
  seg.offsets = idx.offsets;
  seg.acked = new Uint8Array((n + 7) >>> 3);
  seg.n = n;
  seg.size = idx.covered;
  seg.verifiedTo = 0;
  seg.lastCrc = idx.lastCrc;
  for (let i = 0; i < n; i++) if ((idx.flags[i] & FLAG_PERSISTENT) === 0) seg.markAcked(i);
  stats.indexedSegments++;
  const fileSize = fs.statSync(path).size;
  if (fileSize > idx.covered) {
    // The index predates the last records (a crash before it was rewritten): scan just those.
    seg.flags = idx.flags;
    const size = scanRecords(path, warn, visitor(seg), idx.covered);
    stats.scannedBytes += size - idx.covered;
  } else {
    seg.flags = null;
  }
  loadAcks(dir, seg, warn);
  return seg;
}

function visitor(seg: Segment): RecordVisitor {
  return (buf, rel, at, len) => {
    const flags = buf[rel + FRAME_HEADER];
    seg.pushRecord(at, len, flags);
    seg.lastCrc = buf.readUInt32LE(rel + 4);
    if ((flags & FLAG_PERSISTENT) === 0) seg.markAcked(seg.n - 1);
  };
}

/**
 * Called for each valid record found by scanRecords(): the record is at buf[rel, rel + len), which is file
 * offset `at`. buf is the scanner's buffer: reused after the call returns, so copy what must be kept.
 */
export type RecordVisitor = (buf: Buffer, rel: number, at: number, len: number) => void;

/**
 * Verifies (CRC32C) the records of one segment file in order from file offset `from` (a record boundary),
 * calling visit for each valid one. At the first torn or corrupt record the file is truncated there (and
 * fdatasynced). Returns the valid size.
 */
export function scanRecords(path: string, warn: Warn, visit: RecordVisitor, from = 0): number {
  const fd = fs.openSync(path, 'r+');
  try {
    const fileSize = fs.fstatSync(fd).size;
    let buf = Buffer.allocUnsafe(Math.min(SCAN_CHUNK, Math.max(fileSize - from, FRAME_HEADER)));
    let bufPos = from; // file offset of buf[0]
    let bufLen = readFully(fd, buf, 0, Math.min(buf.length, fileSize - from), from);
    let at = from;
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
