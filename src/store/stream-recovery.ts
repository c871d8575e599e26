// Recovery of one StreamLog segment file: its records by a CRC scan (recovery.ts scanRecords), and what to do
// about damaged stretches in it.
//
// A one-offset record does not store its offset: it takes the next one (stream-log.ts, invariant 1). A batch
// record stores its count and its offset (stream-record.ts). A damaged stretch (a hole, see resync.ts)
// therefore must take as many offsets as its records covered, or every later record of the segment would change
// its offset, and a consumer that stored an offset would skip or repeat records. How many it covered:
// - a hole followed by a batch record ("anchored") takes exactly the offsets up to that batch's stored offset;
// - a hole known to be one record (resync.ts `single`: the usual single flipped byte) takes one offset, or,
//   when its flags say batch and its stored offset is the expected one, its stored count;
// - in a sealed segment the total is known (the next file's name is the offset after its last record), so
//   the holes not anchored together take exactly the offsets missing: one each, and the rest on the first
//   such hole not known to be single (else the first). Records between holes may move UP by what the first
//   hole took too much, never down, and the ones after the last hole keep their exact offsets;
// - in the last segment nothing bounds it, so a hole not known to be single takes the most records its bytes
//   could have held (one per RECORD_OVERHEAD bytes): the records after it keep or raise their offsets, never
//   lower them. A consumer resuming from a stored offset may then see some records again; it never skips one.
//   (A damaged batch at the very end, or a damaged batch taken for one record, can cover more offsets than
//   that: the offsets after it may then be handed out again. Only damage does that, never a crash: a torn
//   tail is never synced, and so above the high watermark.)

import * as fs from 'node:fs';
import { FLAG_PERSISTENT } from './log.js';
import { RECORD_OVERHEAD, recordFlags, recordTimestamp } from './record.js';
import {
  BATCH_PREFIX,
  FLAG_BATCH,
  streamPayloadBytes,
  streamRecordCount,
  streamRecordRel,
} from './stream-record.js';
import { scanRecords, type Warn } from './recovery.js';
import { StreamSegment } from './stream-segment.js';

interface Hole {
  at: number;
  len: number;
  single: boolean;
  anchored: boolean;
}

export interface ScannedStreamSegment {
  seg: StreamSegment;
  /** Damaged stretches skipped (each one corrupt record or more). */
  holes: number;
  /** More records than offsets before the next segment's base: the caller truncates the file at seg.size. */
  overlap: boolean;
}

/**
 * Scans the segment file at path whose first offset is base; `limit` is the number of offsets before the next
 * segment's base (Infinity for the last segment).
 */
export function scanStreamSegment(
  path: string,
  base: number,
  limit: number,
  warn: Warn,
): ScannedStreamSegment {
  let r = scanInto(path, base, limit, warn, null);
  const holes = r.holes;
  if (holes.length === 0) return { seg: r.seg, overlap: r.overlap, holes: 0 };
  const counts = holeOffsets(holes, r.valid, limit);
  if (counts.some((c, k) => c !== 1 && !holes[k].anchored)) {
    // A second pass over the same bytes (only after damage) with the offsets each hole takes; it warns nothing new.
    r = scanInto(path, base, limit, () => {}, counts);
  }
  return { seg: r.seg, overlap: r.overlap, holes: holes.length };
}

/** Offsets each hole not anchored takes (see above), given the offsets valid records and anchored holes cover. */
function holeOffsets(holes: Hole[], valid: number, limit: number): number[] {
  if (limit === Number.POSITIVE_INFINITY)
    return holes.map((h) => (h.single ? 1 : Math.max(1, Math.floor(h.len / RECORD_OVERHEAD))));
  const counts = holes.map(() => 1);
  const free = holes.filter((h) => !h.anchored).length;
  const missing = limit - valid;
  if (free > 0 && missing > free) {
    const k = Math.max(
      holes.findIndex((h) => !h.single && !h.anchored),
      holes.findIndex((h) => !h.anchored),
    );
    counts[k] += missing - free;
  }
  return counts;
}

interface Scan {
  seg: StreamSegment;
  /** offsets covered by valid records and anchored holes (whether they fit or not) */
  valid: number;
  overlap: boolean;
  holes: Hole[];
}

/**
 * What a damaged record known to be one record (resync.ts `single`) says of itself, when it can be believed:
 * 1 for a one-offset record, or a batch's count when its stored offset is the one expected here (so the
 * damage spared the prefix). -1 when it cannot say.
 */
function ownCount(path: string, at: number, len: number, expectedRel: number): number {
  if (len < RECORD_OVERHEAD + BATCH_PREFIX) return len >= RECORD_OVERHEAD ? 1 : -1;
  const b = Buffer.alloc(RECORD_OVERHEAD + BATCH_PREFIX);
  let fd = -1;
  try {
    fd = fs.openSync(path, 'r');
    if (fs.readSync(fd, b, 0, b.length, at) < b.length) return -1;
  } catch {
    return -1;
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
  if ((b[8] & FLAG_BATCH) === 0) return 1;
  const count = b.readUInt32LE(RECORD_OVERHEAD);
  const rel = b.readUInt32LE(RECORD_OVERHEAD + 4);
  return rel === expectedRel && count >= 1 && count <= len ? count : -1;
}

function scanInto(
  path: string,
  base: number,
  limit: number,
  warn: Warn,
  /** offsets of each hole not anchored, in order of holes; null: one each */
  counts: number[] | null,
): Scan {
  const seg = new StreamSegment(base);
  const holes: Hole[] = [];
  let valid = 0;
  let overlap = false;
  // A hole is placed once the record after it says whether it knows its own offset: holes[holes.length - 1]
  // while `pending`.
  let pending = false;
  const placeHole = (anchoredAt: number): void => {
    pending = false;
    const k = holes.length - 1;
    const h = holes[k];
    let count: number;
    if (anchoredAt >= 0) {
      // anchored: exactly up to the batch (0 if holes before it took too many: offsets moved up)
      h.anchored = true;
      count = Math.max(0, anchoredAt - seg.span);
    } else {
      const own = h.single ? ownCount(path, h.at, h.len, seg.span) : -1;
      h.anchored = own >= 0;
      count = own >= 0 ? own : counts === null ? 1 : counts[k];
    }
    if (h.anchored) valid += count;
    if (overlap || seg.span + count > limit) {
      overlap = true;
      return;
    }
    seg.pushHole(h.at, h.len, count);
  };
  scanRecords(
    path,
    warn,
    (buf, rel, at, len) => {
      const count = streamRecordCount(buf, rel);
      const stored = streamRecordRel(buf, rel);
      if (pending) placeHole(stored);
      else if (stored > seg.span && !overlap) {
        // a batch further on than the records before it reach (only damage the scan could not see)
        warn(`${path}: record at byte ${at} starts at offset ${base + stored}, after ${base + seg.span}`);
        valid += stored - seg.span;
        if (seg.span + (stored - seg.span) <= limit) seg.pushHole(at, 0, stored - seg.span);
      }
      valid += count;
      // Offsets must not run into the next segment's (only a damaged directory could make them).
      if (overlap || seg.span + count > limit) {
        overlap = true;
        return;
      }
      seg.pushRecord(at, len, count);
      seg.noteTimestamp(recordTimestamp(buf, rel));
      const flags = recordFlags(buf, rel);
      if ((flags & FLAG_PERSISTENT) === 0) seg.markAcked(seg.n - 1);
      else {
        seg.live += count;
        seg.liveBytes += streamPayloadBytes(flags, len);
      }
    },
    (at, len, single) => {
      if (pending) placeHole(-1);
      holes.push({ at, len, single, anchored: false });
      pending = true;
    },
    0,
    true, // zeros after the last record are space written ahead of the records (preallocation.ts)
  );
  seg.allocated = fs.statSync(path).size;
  if (pending) placeHole(-1);
  return { seg, valid, overlap, holes };
}
