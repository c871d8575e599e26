// Rebuilds a SegmentLog's in-memory state from its files. Never throws on bad data.
//
// Segment files are scanned (CRC32C) record by record. A record that fails its checks costs that record only:
// resync.ts finds where valid records resume (skipping it by its length, or scanning forward for the next
// record that validates), the skipped bytes become a HOLE, and the scan goes on. A hole is kept in the
// segment's index as an entry that is already acked, so the offsets of the records around it stay exact, its
// bytes are never returned, and a sealed segment's .idx records it (as a transient entry) for the next open.
// The bytes stay in the file (for forensics; appends go after the last valid record, never over them), so a
// hole in the segment being written is found, and reported, again at every open until the segment is sealed.
// Only a torn TAIL, a bad record with nothing valid after it, is truncated (durably): that is what a crash
// mid-write leaves. Holes are reported through warn and counted in RecoveryStats.corruptRecords.
//
// A sealed (non-last) segment with a valid .idx (segment-index.ts) is not scanned: its offsets and flags come
// from the index, and its records are CRC-checked when first read (segment-log.ts). If the index covers only
// a prefix of the file, the rest is scanned as above. The last segment is always scanned.
//
// Ack files (ack-file.ts) carry a check per entry: a damaged entry is ignored (its record comes back, flagged
// redelivered), never taken for an ack of another record; counted in RecoveryStats.corruptAcks.

import * as fs from 'node:fs';
import { crc32c } from './crc32c.js';
import { parseAcks, rewriteAcks, tempAckPath } from './ack-file.js';
import { FileWindow } from './file-window.js';
import { ackName, CURSOR_FILE, idxName, pathOf, segName, unlinkQuiet } from './files.js';
import { FLAG_PERSISTENT } from './log.js';
import { FRAME_HEADER } from './record.js';
import { findResume, recordLength } from './resync.js';
import { Segment } from './segment.js';
import { loadIndex } from './segment-index.js';

export type Warn = (msg: string) => void;

/**
 * What recovery did: segments loaded from their index or scanned, the bytes CRC-scanned at open, and the damage
 * found: corrupt records (holes, see above; a SegmentLog also counts records of indexed segments that fail
 * their check when first read) and damaged ack entries.
 */
export interface RecoveryStats {
  indexedSegments: number;
  scannedSegments: number;
  scannedBytes: number;
  corruptRecords: number;
  corruptAcks: number;
}

export function newRecoveryStats(): RecoveryStats {
  return { indexedSegments: 0, scannedSegments: 0, scannedBytes: 0, corruptRecords: 0, corruptAcks: 0 };
}

/** Scans and verifies one segment file, truncating a torn tail. Transient records come back already acked. */
export function scanSegment(dir: string, id: number, warn: Warn, stats: RecoveryStats): Segment {
  const seg = new Segment(id);
  const path = pathOf(dir, segName(id));
  const before = fs.statSync(path).size;
  // zeros after the last record are space written ahead of the records (preallocation.ts)
  const size = scanRecords(path, warn, visitor(seg), holeVisitor(seg, stats), 0, true);
  seg.allocated = fs.statSync(path).size;
  // A truncated segment may grow again with other records: an index of its old contents must not survive.
  if (seg.allocated < before) unlinkQuiet(pathOf(dir, idxName(id)));
  stats.scannedSegments++;
  stats.scannedBytes += size;
  loadAcks(dir, seg, warn, stats);
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
  seg.flags = null;
  if (fileSize > idx.covered) {
    // The index predates the last records (a crash before it was rewritten): scan just those. Zeros after
    // the last record are space written ahead of the records (preallocation.ts), cut off when that is all.
    seg.flags = idx.flags;
    const size = scanRecords(path, warn, visitor(seg), holeVisitor(seg, stats), idx.covered, true);
    stats.scannedBytes += size - idx.covered;
    if (seg.n === n) {
      seg.flags = null;
      cutFile(path, idx.covered);
    }
  }
  loadAcks(dir, seg, warn, stats);
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

// A hole is an index entry that is acked from the start, with flags 0 (transient), so that a .idx written for
// the segment marks it acked again at the next open without any special case.
function holeVisitor(seg: Segment, stats: RecoveryStats): HoleVisitor {
  return (at, len) => {
    seg.pushRecord(at, len, 0);
    seg.markAcked(seg.n - 1);
    stats.corruptRecords++;
  };
}

/**
 * Called for each valid record found by scanRecords(): the record is at buf[rel, rel + len), which is file
 * offset `at`. buf is the scanner's buffer: reused after the call returns, so copy what must be kept.
 */
export type RecordVisitor = (buf: Buffer, rel: number, at: number, len: number) => void;

/**
 * Called for each damaged stretch scanRecords() skips: file bytes [at, at + len), followed by a valid record.
 * `single`: known to be exactly one record (resync.ts); else one or more.
 */
export type HoleVisitor = (at: number, len: number, single: boolean) => void;

/**
 * Verifies (CRC32C) the records of one segment file in order from file offset `from` (a record boundary),
 * calling visit for each valid one and hole (if given) for each damaged stretch between valid ones (resync.ts). A bad
 * record with nothing valid after it is a torn tail: the file is truncated there (and fdatasynced). Returns
 * the end of the last valid record. `zeroTail`: the file may be preallocated (journal.ts, preallocation.ts), so zero bytes from a
 * record boundary to the end are its unused space, left in place and not reported (no record starts with a zero
 * length).
 */
export function scanRecords(
  path: string,
  warn: Warn,
  visit: RecordVisitor,
  hole?: HoleVisitor,
  from = 0,
  zeroTail = false,
): number {
  const fd = fs.openSync(path, 'r+');
  try {
    const size = fs.fstatSync(fd).size;
    const w = new FileWindow(fd, size, from);
    let at = from;
    while (at < size) {
      const len = recordLength(w, at);
      if (len > 0) {
        visit(w.buf, at - w.pos, at, len);
        at += len;
        continue;
      }
      if (zeroTail && zeroTo(w, at)) break;
      const resume = findResume(w, at);
      if (resume === undefined) {
        warn(
          `${path}: torn or corrupt record at offset ${at}, nothing valid after it; truncating ${size - at} bytes`,
        );
        truncateFile(fd, at);
        break;
      }
      const what = resume.single ? 'that record' : 'one or more records';
      warn(
        `${path}: corrupt record at offset ${at}; skipped ${resume.next - at} bytes (${what}), ` +
          `the records after it are kept`,
      );
      hole?.(at, resume.next - at, resume.single);
      at = resume.next;
    }
    return at;
  } finally {
    fs.closeSync(fd);
  }
}

/** True when every byte from `at` to the end of the window's file is zero. */
function zeroTo(w: FileWindow, at: number): boolean {
  while (at < w.size) {
    const n = Math.min(64 * 1024, w.size - at);
    const rel = w.load(at, n);
    for (let i = rel; i < rel + n; i++) if (w.buf[i] !== 0) return false;
    at += n;
  }
  return true;
}

/** Cuts the file at path to size bytes, durably (when it is longer). */
export function cutFile(path: string, size: number): void {
  const fd = fs.openSync(path, 'r+');
  try {
    if (fs.fstatSync(fd).size > size) truncateFile(fd, size);
  } finally {
    fs.closeSync(fd);
  }
}

/** Cuts a file (open read-write) to size bytes, durably. */
export function truncateFile(fd: number, size: number): void {
  fs.ftruncateSync(fd, size);
  fs.fdatasyncSync(fd);
}

/**
 * Marks the records the segment's .ack file names acked (ack-file.ts). The file is rewritten, in the current
 * format, when it is of an older one or holds anything but good entries naming records.
 */
function loadAcks(dir: string, seg: Segment, warn: Warn, stats: RecoveryStats): void {
  const path = pathOf(dir, ackName(seg.id));
  unlinkQuiet(tempAckPath(path)); // a rewrite cut short by a crash; the file itself is intact
  let data: Buffer;
  try {
    data = fs.readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (data.length === 0) return;
  const acks = parseAcks(data, seg.id);
  if (acks.version !== 1 && acks.version !== 2) {
    // Written by a later release: ignoring its acks brings records back (flagged redelivered), never loses one.
    warn(`${path}: unknown ack file version ${acks.version}; its acks are ignored and the file rewritten`);
  }
  if (acks.torn > 0) warn(`${path}: torn final ack entry (${acks.torn} bytes); cut`);
  if (acks.damaged > 0) {
    // A check that fails means the entry cannot be trusted to name the record that was acked.
    warn(
      `${path}: ${acks.damaged} damaged ack entries ignored; their records come back, flagged redelivered`,
    );
    stats.corruptAcks += acks.damaged;
  }
  const live: number[] = [];
  for (const off of acks.offsets) {
    const i = seg.indexOf(off);
    if (i < 0) continue;
    seg.markAcked(i);
    live.push(off);
  }
  // An entry naming no record: the acked record's bytes were lost (written and acked, but the crash beat the
  // data's fdatasync, which runs in parallel with the ack file's). A new record appended at that offset must
  // not inherit the ack, so the file is rewritten with only the live entries.
  const stale = acks.offsets.length - live.length;
  if (stale > 0) warn(`${path}: ${stale} ack entries name no record; rewriting`);
  if (acks.version !== 2 || acks.torn > 0 || acks.damaged > 0 || stale > 0) rewriteAcks(path, seg.id, live);
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
