// Recovery of one StreamLog segment file: its records by a CRC scan (recovery.ts scanRecords), and what to do
// about damaged stretches in it.
//
// Offsets are not stored: record i of a segment has offset base + i (stream-log.ts, invariant 1). A damaged
// stretch (a hole, see resync.ts) therefore must take as many offsets as records it held, or every later
// record of the segment would change its offset, and a consumer that stored an offset would skip or repeat
// records. How many it held:
// - a hole known to be one record (resync.ts `single`: the usual single flipped byte) takes one offset;
// - in a sealed segment the total is known (the next file's name is the offset after its last record), so
//   the holes together take exactly the offsets missing: one each, and the rest on the first hole not known
//   to be single (else the first hole). Records between holes may move UP by what the first hole took too
//   much, never down, and the ones after the last hole keep their exact offsets;
// - in the last segment nothing bounds it, so a hole not known to be single takes the most records its bytes
//   could have held (one per RECORD_OVERHEAD bytes): the records after it keep or raise their offsets, never
//   lower them. A consumer resuming from a stored offset may then see some records again; it never skips one.
// A stream front that must keep offsets exact across damage cannot do better without stored offsets.

import { FLAG_PERSISTENT } from './log.js';
import { RECORD_OVERHEAD, recordFlags, recordTimestamp } from './record.js';
import { scanRecords, type Warn } from './recovery.js';
import { StreamSegment } from './stream-segment.js';

interface Hole {
  at: number;
  len: number;
  single: boolean;
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
  const holes: Hole[] = [];
  let r = scanInto(path, base, limit, warn, (at, len, single) => {
    holes.push({ at, len, single });
    return 1;
  });
  if (holes.length === 0) return { ...r, holes: 0 };
  const counts = holeOffsets(holes, r.valid, limit);
  if (counts.some((c) => c !== 1)) {
    // A second pass over the same bytes (only after damage) with the offsets each hole takes; it warns nothing new.
    let k = 0;
    r = scanInto(
      path,
      base,
      limit,
      () => {},
      () => counts[k++],
    );
  }
  return { seg: r.seg, overlap: r.overlap, holes: holes.length };
}

/** Offsets each hole takes (see above), given the count of valid records. */
function holeOffsets(holes: Hole[], valid: number, limit: number): number[] {
  if (limit === Number.POSITIVE_INFINITY)
    return holes.map((h) => (h.single ? 1 : Math.max(1, Math.floor(h.len / RECORD_OVERHEAD))));
  const counts = holes.map(() => 1);
  const missing = limit - valid;
  if (missing > holes.length) {
    const k = Math.max(
      holes.findIndex((h) => !h.single),
      0,
    );
    counts[k] += missing - holes.length;
  }
  return counts;
}

function scanInto(
  path: string,
  base: number,
  limit: number,
  warn: Warn,
  holeCount: (at: number, len: number, single: boolean) => number,
): {
  seg: StreamSegment;
  /** valid records found, whether they fit or not */ valid: number;
  overlap: boolean;
} {
  const seg = new StreamSegment(base);
  let valid = 0;
  let overlap = false;
  scanRecords(
    path,
    warn,
    (buf, rel, at, len) => {
      valid++;
      // Offsets must not run into the next segment's (only a damaged directory could make them).
      if (overlap || seg.n >= limit) {
        overlap = true;
        return;
      }
      seg.push(at, len);
      seg.noteTimestamp(recordTimestamp(buf, rel));
      if ((recordFlags(buf, rel) & FLAG_PERSISTENT) === 0) seg.markAcked(seg.n - 1);
      else {
        seg.live++;
        seg.liveBytes += len - RECORD_OVERHEAD;
      }
    },
    (at, len, single) => {
      const count = holeCount(at, len, single);
      if (overlap || seg.n + count > limit) {
        overlap = true;
        return;
      }
      seg.pushHole(at, len, count);
    },
  );
  return { seg, valid, overlap };
}
