// The persisted index of a sealed SegmentLog segment, `<id>.idx`, so that recovery need not scan it
// (Kafka-style). Little-endian:
//   header (28 bytes): u32 magic 'WIDX' | u32 version | u32 count | u32 covered (bytes of the .seg described)
//                      | u32 lastCrc (CRC field of the last record) | u32 crc32c(payload) | u32 crc32c(header[0,24))
//   payload:           count x u32 record offset | count x u8 record flags
// An index is written only once the data it describes has been fdatasynced, and is itself fdatasynced by the
// next group commit (at once when written at open or close). Nothing in a run reads it back; recovery trusts
// it only when every check below passes, and otherwise falls back to scanning the segment (a missing, torn,
// stale or damaged index costs time, never records). It never vouches for the records' bytes: those are
// CRC-checked when first read (log.ts, invariant 6).
import * as fs from 'node:fs';
import { crc32c } from './crc32c.js';
import { readFully, writeFully } from './files.js';
import { FRAME_HEADER, RECORD_OVERHEAD } from './record.js';
const MAGIC = 0x58444957; // 'WIDX'
const VERSION = 1;
export const INDEX_HEADER = 28;
/** Encodes the index of records [0, count) ending at `covered`; lastCrc is the last record's CRC field. */
export function encodeIndex(offsets, flags, count, covered, lastCrc) {
    const buf = Buffer.allocUnsafe(INDEX_HEADER + count * 5);
    const off = new Uint8Array(offsets.buffer, offsets.byteOffset, count * 4);
    // Offsets are stored little-endian; typed arrays use the host order, so copy through the Buffer API on
    // big-endian hosts.
    if (LITTLE_ENDIAN)
        buf.set(off, INDEX_HEADER);
    else
        for (let i = 0; i < count; i++)
            buf.writeUInt32LE(offsets[i], INDEX_HEADER + i * 4);
    buf.set(flags.subarray(0, count), INDEX_HEADER + count * 4);
    buf.writeUInt32LE(MAGIC, 0);
    buf.writeUInt32LE(VERSION, 4);
    buf.writeUInt32LE(count, 8);
    buf.writeUInt32LE(covered, 12);
    buf.writeUInt32LE(lastCrc, 16);
    buf.writeUInt32LE(crc32c(buf, INDEX_HEADER, buf.length), 20);
    buf.writeUInt32LE(crc32c(buf, 0, 24), 24);
    return buf;
}
/**
 * Writes the index file (truncating any previous one) and returns its descriptor, still open, for the caller
 * to fdatasync and close. `open`/`close` let the caller count the descriptor (file-handles.ts).
 */
export function writeIndexFile(path, data, open = fs.openSync, close = fs.closeSync) {
    const fd = open(path, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC, 0o644);
    try {
        writeFully(fd, data, 0, data.length, 0);
    }
    catch (e) {
        close(fd);
        throw e;
    }
    return fd;
}
/**
 * Loads and validates the index at idxPath for the segment file segPath; undefined when it is missing or not
 * trustworthy (then `why` tells why, except for a plain missing file). Checks: header and payload CRC32C,
 * magic and version, exact file length, offsets starting at 0 and ascending by at least a record's overhead,
 * covered <= the segment's current size, and the last record's frame header in the .seg (its length field
 * ends it exactly at `covered`, its CRC field equals lastCrc), which ties the index to this very file.
 */
export function loadIndex(idxPath, segPath, why) {
    let data;
    try {
        data = fs.readFileSync(idxPath);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    if (data.length < INDEX_HEADER || crc32c(data, 0, 24) !== data.readUInt32LE(24))
        return void why('damaged header');
    if (data.readUInt32LE(0) !== MAGIC || data.readUInt32LE(4) !== VERSION)
        return void why('unknown format');
    const count = data.readUInt32LE(8);
    const covered = data.readUInt32LE(12);
    if (count === 0 || data.length !== INDEX_HEADER + count * 5)
        return void why('bad length');
    if (crc32c(data, INDEX_HEADER, data.length) !== data.readUInt32LE(20))
        return void why('damaged payload');
    const offsets = new Uint32Array(count);
    let prev = -RECORD_OVERHEAD;
    for (let i = 0, p = INDEX_HEADER; i < count; i++, p += 4) {
        const o = data.readUInt32LE(p);
        if (o < prev + RECORD_OVERHEAD)
            return void why('offsets out of order');
        offsets[i] = prev = o;
    }
    if (offsets[0] !== 0 || prev + RECORD_OVERHEAD > covered)
        return void why('offsets out of range');
    const flags = new Uint8Array(count);
    flags.set(data.subarray(INDEX_HEADER + count * 4));
    const fd = fs.openSync(segPath, 'r');
    try {
        const size = fs.fstatSync(fd).size;
        if (covered > size)
            return void why(`covers ${covered} bytes, the segment has ${size}`);
        const h = Buffer.alloc(FRAME_HEADER);
        if (readFully(fd, h, 0, FRAME_HEADER, prev) !== FRAME_HEADER)
            return void why('short segment');
        if (h.readUInt32LE(0) + FRAME_HEADER !== covered - prev || h.readUInt32LE(4) !== data.readUInt32LE(16))
            return void why('does not match the segment');
    }
    finally {
        fs.closeSync(fd);
    }
    return { offsets, flags, count, covered, lastCrc: data.readUInt32LE(16) };
}
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
//# sourceMappingURL=segment-index.js.map