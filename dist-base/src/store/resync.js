// Where valid records resume after a bad one in a segment file. Recovery (recovery.ts) asks at the first record
// that fails its checks; the answer decides what the damage costs. Records are written back to back, so a
// record starts at the bad one's offset `at` and the next one starts RECORD_OVERHEAD bytes later at the earliest.
//
// 1. Skip by length: the length field is plausible and a valid record starts where it says the bad one ends
//    (or it ends exactly at the end of the file): the damage is in its CRC field or payload, and only this
//    record is lost. Exception: if its CRC field matches its bytes up to an EARLIER point where a valid record
//    starts, the length field was the damage (and would swallow the valid records it points over): it ends there.
// 2. Resynchronise: otherwise (a damaged length field, a damaged region such as a zeroed or stale sector, two
//    damaged records in a row), scan forward byte by byte for the first frame that validates: a length that
//    fits the file, a head length that fits the payload, then CRC32C. The cheap checks come first, so the scan
//    computes a CRC at few positions (none in zeroed or text bytes).
// 3. Nothing valid after the bad record: a torn tail, which the caller truncates (the only case that cuts).
//
// `single` says whether the skipped bytes are known to be exactly one record (case 1, and case 2 when the bad
// record's own CRC matches the bytes up to where records resume): a StreamLog numbers its records and must know
// how many offsets a damaged region held (stream-log.ts).
//
// Residual risk, stated plainly: resynchronising accepts the first frame that validates, so a complete record
// lying inside the skipped bytes would be taken for a real one: a message body that is itself a Wharf record,
// or a stale sector of another file left by a disk that lost a write. Case 1 is immune for a record whose
// length field is intact; it takes a damaged length field AND a second damage in the same record, or a damaged
// region, to resynchronise inside a body.
import { crc32c, crc32cByte } from './crc32c.js';
import { checkRecord, FRAME_HEADER, PAYLOAD_FIXED, RECORD_OVERHEAD } from './record.js';
/** Where records resume after the bad record at `at`, or undefined when nothing valid follows it (torn tail). */
export function findResume(w, at) {
    const size = w.size;
    const first = at + RECORD_OVERHEAD;
    if (first >= size)
        return undefined;
    const crc = w.u32(at + 4);
    const len = w.u32(at);
    const end = at + FRAME_HEADER + len;
    if (len >= PAYLOAD_FIXED && end <= size && (end === size || recordLength(w, end) > 0)) {
        const t = crcMatch(w, at, crc, first, end);
        if (t >= 0)
            return { next: t, single: true };
        if (end < size)
            return { next: end, single: true };
    }
    const next = firstValid(w, first);
    if (next < 0)
        return undefined;
    return { next, single: crcOf(w, at + FRAME_HEADER, next) === crc };
}
/**
 * Length of the valid record at file offset p, or -1. The window holds it afterwards. Checks the length and the
 * head length against the file before computing the CRC, so random positions are mostly rejected for free.
 */
export function recordLength(w, p) {
    const remaining = w.size - p;
    if (remaining < RECORD_OVERHEAD)
        return -1;
    let rel = w.load(p, RECORD_OVERHEAD);
    const len = w.buf.readUInt32LE(rel);
    if (len < PAYLOAD_FIXED || len + FRAME_HEADER > remaining)
        return -1;
    if (w.buf.readUInt32LE(rel + 17) > len - PAYLOAD_FIXED)
        return -1;
    rel = w.load(p, FRAME_HEADER + len);
    return checkRecord(w.buf, rel, rel + FRAME_HEADER + len, remaining);
}
/** First p >= from where a valid record starts, or -1. */
function firstValid(w, from) {
    for (let p = from; p + RECORD_OVERHEAD <= w.size; p++)
        if (recordLength(w, p) > 0)
            return p;
    return -1;
}
/**
 * First p in [from, to) where the CRC of the payload [at + 8, p) equals crc and a valid record starts: the end of
 * the record at `at` if only its length field was damaged. -1 if none. One running CRC, one step per byte.
 */
function crcMatch(w, at, crc, from, to) {
    let r = crcOf(w, at + FRAME_HEADER, from);
    for (let p = from; p < to; p++) {
        if (r === crc && recordLength(w, p) > 0)
            return p;
        r = crc32cByte(r, w.buf[w.load(p, 1)]);
    }
    return -1;
}
/** CRC32C of file bytes [start, end), read through the window a chunk at a time. */
function crcOf(w, start, end) {
    let r = 0;
    const step = 1024 * 1024;
    for (let p = start; p < end; p += step) {
        const n = Math.min(step, end - p);
        const rel = w.load(p, n);
        r = crc32c(w.buf, rel, rel + n, r);
    }
    return r;
}
//# sourceMappingURL=resync.js.map