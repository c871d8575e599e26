// A StreamLog record: the store's record (record.ts) with, for a batch that covers more than one offset, an
// 8-byte prefix inside the head that says how many and where:
//   flags bit 7 (FLAG_BATCH) set:  head = u32 count | u32 offset - segment base | caller's head
//   flags bit 7 clear:             one offset, head = caller's head (every record written before batches)
// The prefix lets recovery count offsets without knowing the caller's format and re-anchor after a damaged
// stretch (stream-recovery.ts). One-offset records (an AMQP message) keep the old layout: no cost per message.
// Callers never see the prefix nor bit 7.
import { crc32c } from './crc32c.js';
import { crc32cCombine } from './crc32c-combine.js';
import { FRAME_HEADER, PAYLOAD_FIXED, RECORD_OVERHEAD } from './record.js';
/** Record flag bit 7 (reserved by the store for streams): the head starts with the batch prefix. */
export const FLAG_BATCH = 0x80;
/** Bytes of the batch prefix. */
export const BATCH_PREFIX = 8;
/** Where the caller asked its base offset to be written: no patch. */
export const NO_OFFSET_FIELD = -1;
/**
 * Writes one stream record at buf[at] (the caller checked it fits: streamRecordLength()). `offsetField` >= 0:
 * the record's offset is written into the stored copy of body at that byte, as a big-endian 64-bit integer
 * (a Kafka batch's baseOffset), before the CRC is computed. `known`: the caller's checked CRC32C of body from
 * byte `known.from` to its end (a Kafka batch's own CRC, from its attributes on), so those bytes are not read
 * again for the record's CRC; the offset field must lie before `from`.
 */
export function encodeStreamRecord(buf, at, flags, timestamp, count, rel, offset, offsetField, head, body, withCrc, known) {
    const prefix = count === 1 ? 0 : BATCH_PREFIX;
    const headLen = prefix + head.length;
    const payloadLen = PAYLOAD_FIXED + headLen + body.length;
    buf.writeUInt32LE(payloadLen, at);
    buf[at + 8] = count === 1 ? flags & ~FLAG_BATCH : flags | FLAG_BATCH;
    buf.writeDoubleLE(timestamp, at + 9);
    buf.writeUInt32LE(headLen, at + 17);
    let p = at + RECORD_OVERHEAD;
    if (prefix !== 0) {
        buf.writeUInt32LE(count, p);
        buf.writeUInt32LE(rel, p + 4);
        p += BATCH_PREFIX;
    }
    buf.set(head, p);
    p += head.length;
    buf.set(body, p);
    if (offsetField >= 0) {
        const f = p + offsetField;
        buf.writeUInt32BE(Math.floor(offset / 0x1_0000_0000), f);
        buf.writeUInt32BE(offset >>> 0, f + 4);
    }
    const s = at + FRAME_HEADER;
    let crc = 0;
    if (withCrc)
        crc =
            known === undefined
                ? crc32c(buf, s, s + payloadLen)
                : crc32cCombine(crc32c(buf, s, p + known.from), known.crc, body.length - known.from);
    buf.writeUInt32LE(crc, at + 4);
}
/** Total bytes of a stream record. */
export function streamRecordLength(count, head, body) {
    return RECORD_OVERHEAD + (count === 1 ? 0 : BATCH_PREFIX) + head.length + body.length;
}
/** Head + body bytes the caller gave (what `bytes` counts) of a record len bytes long with these flags. */
export function streamPayloadBytes(flags, len) {
    return len - RECORD_OVERHEAD - (flags & FLAG_BATCH ? BATCH_PREFIX : 0);
}
/** Offsets covered by the (checked) record at buf[at]. */
export function streamRecordCount(buf, at) {
    return buf[at + 8] & FLAG_BATCH ? buf.readUInt32LE(at + RECORD_OVERHEAD) : 1;
}
/** The record's offset minus its segment's base, as written, or -1 for a one-offset record (not stored). */
export function streamRecordRel(buf, at) {
    return buf[at + 8] & FLAG_BATCH ? buf.readUInt32LE(at + RECORD_OVERHEAD + 4) : -1;
}
/** The view's fields of the record at buf[at], len bytes long (the prefix and bit 7 left out). */
export function decodeStreamRecord(buf, at, len, view) {
    const flags = buf[at + 8];
    const headLen = buf.readUInt32LE(at + 17);
    const headStart = at + RECORD_OVERHEAD;
    const skip = flags & FLAG_BATCH ? BATCH_PREFIX : 0;
    view.flags = flags & ~FLAG_BATCH;
    view.timestamp = buf.readDoubleLE(at + 9);
    view.head = buf.subarray(headStart + skip, headStart + headLen);
    view.body = buf.subarray(headStart + headLen, at + len);
}
//# sourceMappingURL=stream-record.js.map