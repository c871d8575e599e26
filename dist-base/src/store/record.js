// On-disk (and in-memory) record layout, little-endian:
//   u32 payloadLength | u32 crc32c(payload) | payload
//   payload = u8 flags | f64 timestamp (ms) | u32 headLength | head | body
// The CRC covers the whole payload, so a torn write or a flipped bit anywhere is detected by recovery.
import { crc32c } from './crc32c.js';
export const FRAME_HEADER = 8; // length + crc
export const PAYLOAD_FIXED = 13; // flags + timestamp + headLength
export const RECORD_OVERHEAD = FRAME_HEADER + PAYLOAD_FIXED;
/** Writes one record at buf[at]; the caller has checked that RECORD_OVERHEAD + head + body bytes fit. */
export function encodeRecord(buf, at, flags, timestamp, head, body, withCrc) {
    const payloadLen = PAYLOAD_FIXED + head.length + body.length;
    buf.writeUInt32LE(payloadLen, at);
    buf[at + 8] = flags;
    buf.writeDoubleLE(timestamp, at + 9);
    buf.writeUInt32LE(head.length, at + 17);
    buf.set(head, at + RECORD_OVERHEAD);
    buf.set(body, at + RECORD_OVERHEAD + head.length);
    const p = at + FRAME_HEADER;
    buf.writeUInt32LE(withCrc ? crc32c(buf, p, p + payloadLen) : 0, at + 4);
}
/** Fills view from the record at buf[at] whose total length (header included) is len. */
export function decodeRecord(buf, at, len, view) {
    const headLen = buf.readUInt32LE(at + 17);
    const headStart = at + RECORD_OVERHEAD;
    view.flags = buf[at + 8];
    view.timestamp = buf.readDoubleLE(at + 9);
    view.head = buf.subarray(headStart, headStart + headLen);
    view.body = buf.subarray(headStart + headLen, at + len);
    return view;
}
/**
 * Length of the valid record at buf[at] (within buf[0, end)), or -1 when it is torn or corrupt, or 0 when it
 * is not entirely inside buf (the caller reads more and retries).
 */
export function checkRecord(buf, at, end, fileRemaining) {
    if (fileRemaining < RECORD_OVERHEAD)
        return -1;
    if (end - at < FRAME_HEADER)
        return 0;
    const payloadLen = buf.readUInt32LE(at);
    if (payloadLen < PAYLOAD_FIXED || payloadLen + FRAME_HEADER > fileRemaining)
        return -1;
    if (end - at < FRAME_HEADER + payloadLen)
        return 0;
    const p = at + FRAME_HEADER;
    if (crc32c(buf, p, p + payloadLen) !== buf.readUInt32LE(at + 4))
        return -1;
    if (buf.readUInt32LE(at + 17) > payloadLen - PAYLOAD_FIXED)
        return -1;
    return FRAME_HEADER + payloadLen;
}
/** Flags of the record at buf[at] (not checked). */
export function recordFlags(buf, at) {
    return buf[at + 8];
}
/** Timestamp of the record at buf[at] (not checked). */
export function recordTimestamp(buf, at) {
    return buf.readDoubleLE(at + 9);
}
export function newView() {
    return { flags: 0, timestamp: 0, head: EMPTY, body: EMPTY };
}
const EMPTY = Buffer.alloc(0);
//# sourceMappingURL=record.js.map