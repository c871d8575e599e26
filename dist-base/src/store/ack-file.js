// The <id>.ack file of a SegmentLog segment: the offsets of its acked records, appended as acks are synced.
//
// Version 2 (little-endian):  header  u32 0xFFFFFFFF | u32 2
//                             entries u32 offset | u32 check, check = 0xFF000000 | (crc32c(offset, seed: id) & 0xFFFFFF)
// An entry whose check fails is ignored. Without it a flipped bit in an entry could name ANOTHER record's offset
// and ack a record nobody acked (records of one size sit at regular offsets, so this is likely, not rare);
// ignoring the entry instead brings back the record it acked, flagged redelivered, which the contract allows.
// Version 1 (earlier releases): bare u32 offsets, no header. Read as before (nothing to check) and rewritten as
// version 2 at open.
//
// Both directions stay readable: 0xFFFFFFFF and every check word (>= 0xFF000000) are no record offset (a record
// offset is below the segment size, under 4 GiB, and leaves room for a record), and 2 is never one either (the
// second record starts at 21 or later), so a version-1 reader takes them for entries naming no record, drops
// them and keeps the offsets.
import * as fs from 'node:fs';
import { dirname } from 'node:path';
import { crc32c } from './crc32c.js';
import { unlinkQuiet, writeFully } from './files.js';
const MAGIC = 0xffffffff;
const VERSION = 2;
export const ACK_HEADER = 8;
export const ACK_ENTRY = 8;
const CHECK_MARK = 0xff000000;
/** The header a new ack file starts with. */
export function newAckHeader() {
    const buf = Buffer.allocUnsafe(ACK_HEADER);
    encodeAckHeader(buf, 0);
    return buf;
}
function encodeAckHeader(buf, at) {
    buf.writeUInt32LE(MAGIC, at);
    buf.writeUInt32LE(VERSION, at + 4);
}
/** Writes the entry acking `offset` of segment `id` at buf[at] (8 bytes). */
export function encodeAck(buf, at, id, offset) {
    buf.writeUInt32LE(offset, at);
    buf.writeUInt32LE((CHECK_MARK | (crc32c(buf, at, at + 4, id) & 0xffffff)) >>> 0, at + 4);
}
export function parseAcks(data, id) {
    const out = { offsets: [], version: 1, damaged: 0, torn: 0 };
    if (data.length >= 4 && data.readUInt32LE(0) === MAGIC) {
        if (data.length < ACK_HEADER) {
            out.version = VERSION;
            out.torn = data.length;
            return out;
        }
        out.version = data.readUInt32LE(4);
        if (out.version !== VERSION)
            return out;
        const body = data.length - ACK_HEADER;
        out.torn = body % ACK_ENTRY;
        for (let p = ACK_HEADER; p + ACK_ENTRY <= data.length; p += ACK_ENTRY) {
            const check = (CHECK_MARK | (crc32c(data, p, p + 4, id) & 0xffffff)) >>> 0;
            if (data.readUInt32LE(p + 4) === check)
                out.offsets.push(data.readUInt32LE(p));
            else
                out.damaged++;
        }
        return out;
    }
    out.torn = data.length & 3;
    for (let p = 0; p + 4 <= data.length; p += 4)
        out.offsets.push(data.readUInt32LE(p));
    return out;
}
/**
 * Replaces the ack file at path with a version-2 one holding `offsets`, atomically: a temporary file, fdatasynced,
 * renamed over it, then the directory fsynced. A crash leaves the old file or the new one, never a mix.
 */
export function rewriteAcks(path, id, offsets) {
    const buf = Buffer.allocUnsafe(ACK_HEADER + offsets.length * ACK_ENTRY);
    encodeAckHeader(buf, 0);
    for (let k = 0; k < offsets.length; k++)
        encodeAck(buf, ACK_HEADER + k * ACK_ENTRY, id, offsets[k]);
    const tmp = tempAckPath(path);
    const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC, 0o644);
    try {
        writeFully(fd, buf, 0, buf.length, 0);
        fs.fdatasyncSync(fd);
    }
    catch (e) {
        fs.closeSync(fd);
        unlinkQuiet(tmp);
        throw e;
    }
    fs.closeSync(fd);
    fs.renameSync(tmp, path);
    const dfd = fs.openSync(dirname(path), fs.constants.O_RDONLY);
    try {
        fs.fsyncSync(dfd);
    }
    finally {
        fs.closeSync(dfd);
    }
}
/** Where rewriteAcks() builds the new file (a leftover from a crash is removed at the next open). */
export function tempAckPath(path) {
    return path + '.tmp';
}
//# sourceMappingURL=ack-file.js.map