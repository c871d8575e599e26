/** Record flag bit 7 (reserved by the store for streams): the head starts with the batch prefix. */
export declare const FLAG_BATCH = 128;
/** Bytes of the batch prefix. */
export declare const BATCH_PREFIX = 8;
/** Where the caller asked its base offset to be written: no patch. */
export declare const NO_OFFSET_FIELD = -1;
/**
 * Writes one stream record at buf[at] (the caller checked it fits: streamRecordLength()). `offsetField` >= 0:
 * the record's offset is written into the stored copy of body at that byte, as a big-endian 64-bit integer
 * (a Kafka batch's baseOffset), before the CRC is computed. `known`: the caller's checked CRC32C of body from
 * byte `known.from` to its end (a Kafka batch's own CRC, from its attributes on), so those bytes are not read
 * again for the record's CRC; the offset field must lie before `from`.
 */
export declare function encodeStreamRecord(buf: Buffer, at: number, flags: number, timestamp: number, count: number, rel: number, offset: number, offsetField: number, head: Uint8Array, body: Uint8Array, withCrc: boolean, known?: KnownBodyCrc): void;
/** A CRC32C the caller computed and checked over body[from, body.length). */
export interface KnownBodyCrc {
    from: number;
    crc: number;
}
/** Total bytes of a stream record. */
export declare function streamRecordLength(count: number, head: Uint8Array, body: Uint8Array): number;
/** Head + body bytes the caller gave (what `bytes` counts) of a record len bytes long with these flags. */
export declare function streamPayloadBytes(flags: number, len: number): number;
/** Offsets covered by the (checked) record at buf[at]. */
export declare function streamRecordCount(buf: Buffer, at: number): number;
/** The record's offset minus its segment's base, as written, or -1 for a one-offset record (not stored). */
export declare function streamRecordRel(buf: Buffer, at: number): number;
/** The view's fields of the record at buf[at], len bytes long (the prefix and bit 7 left out). */
export declare function decodeStreamRecord(buf: Buffer, at: number, len: number, view: {
    flags: number;
    timestamp: number;
    head: Buffer;
    body: Buffer;
}): void;
