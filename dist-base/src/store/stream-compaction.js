// Rewriting one sealed StreamLog segment with some records dropped or replaced (a Kafka log cleaner's
// pass over a segment: cleanup.policy=compact), without moving any offset.
//
// Every record of the old segment has exactly one record in the new one, at the same index and covering the
// same offsets: kept records are copied byte for byte (their CRC and batch prefix still hold), replaced ones
// are encoded again with the new body, and dropped ones (and holes) become transient placeholders with no
// head or body, which recovery and readers treat as holes (stream-log.ts, invariant 4). So readers positioned
// in the old segment continue at the same index in the new one, one-offset records keep their implicit
// offsets, and a dropped record costs RECORD_OVERHEAD bytes (plus the batch prefix for a batch).
//
// The new file is written next to the old one (<segment>.compacting), fdatasynced, scanned back (it must index
// as the old one does), and only then renamed over the old name and the directory fsynced: a crash leaves
// either the old segment or the new one, never a mix; a leftover .compacting file is removed at the next pass.
import * as fs from 'node:fs';
import { readFully, unlinkQuiet, writeFully } from './files.js';
import { decodeStreamRecord, encodeStreamRecord, streamRecordLength, NO_OFFSET_FIELD, } from './stream-record.js';
import { scanStreamSegment } from './stream-recovery.js';
const EMPTY = Buffer.alloc(0);
/**
 * Writes, syncs and checks the compacted copy of seg (file at path, `limit` offsets before the next segment);
 * returns the new segment's index and the path of its file (still to be renamed), or undefined when decide
 * changes nothing.
 */
export function writeCompacted(path, seg, limit, decide) {
    const tmp = `${path}.compacting`;
    unlinkQuiet(tmp);
    const src = Buffer.allocUnsafe(seg.size);
    const fd = fs.openSync(path, 'r');
    try {
        if (readFully(fd, src, 0, seg.size, 0) < seg.size)
            throw new Error(`${path}: short read`);
    }
    finally {
        fs.closeSync(fd);
    }
    const n = seg.n;
    const decisions = new Array(n);
    const view = { offset: 0, count: 1, flags: 0, timestamp: 0, head: EMPTY, body: EMPTY };
    let changed = false;
    let size = 0;
    for (let i = 0; i < n; i++) {
        const at = seg.offsets[i];
        const len = seg.lengthOf(i);
        const count = seg.countAt(i);
        if (seg.isAcked(i)) {
            decisions[i] = null; // a hole stays a hole (as a placeholder)
            size += streamRecordLength(count, EMPTY, EMPTY);
            if (len !== streamRecordLength(count, EMPTY, EMPTY))
                changed = true;
            continue;
        }
        decodeStreamRecord(src, at, len, view);
        view.offset = seg.offsetAt(i);
        view.count = count;
        const d = decide(view);
        decisions[i] = d;
        if (d === undefined) {
            size += len;
        }
        else {
            changed = true;
            size += streamRecordLength(count, d === null ? EMPTY : view.head, d === null ? EMPTY : d);
        }
    }
    if (!changed)
        return undefined;
    const out = Buffer.allocUnsafe(size);
    let pos = 0;
    for (let i = 0; i < n; i++) {
        const at = seg.offsets[i];
        const len = seg.lengthOf(i);
        const count = seg.countAt(i);
        const offset = seg.offsetAt(i);
        const d = decisions[i];
        if (d === undefined) {
            src.copy(out, pos, at, at + len);
            pos += len;
            continue;
        }
        decodeStreamRecord(src, at, len, view);
        const head = d === null ? EMPTY : view.head;
        const body = d === null ? EMPTY : d;
        // flags bit 0 clear: transient, a hole to recovery and readers
        const flags = d === null ? view.flags & ~1 : view.flags;
        encodeStreamRecord(out, pos, flags, view.timestamp, count, offset - seg.base, offset, NO_OFFSET_FIELD, head, body, true);
        pos += streamRecordLength(count, head, body);
    }
    const wfd = fs.openSync(tmp, 'w', 0o644);
    try {
        writeFully(wfd, out, 0, out.length, 0);
        fs.fdatasyncSync(wfd);
    }
    finally {
        fs.closeSync(wfd);
    }
    const scanned = scanStreamSegment(tmp, seg.base, limit, () => { });
    const s = scanned.seg;
    let same = s.n === n && s.end === seg.end && scanned.holes === 0 && !scanned.overlap;
    for (let i = 0; same && i < n; i++)
        if (s.offsetAt(i) !== seg.offsetAt(i))
            same = false;
    if (!same) {
        unlinkQuiet(tmp);
        throw new Error(`${path}: the compacted copy does not index as the segment does; left as it was`);
    }
    s.trim();
    return { seg: s, tmp };
}
//# sourceMappingURL=stream-compaction.js.map