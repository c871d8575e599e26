import type { RecordView } from './log.js';
export declare const FRAME_HEADER = 8;
export declare const PAYLOAD_FIXED = 13;
export declare const RECORD_OVERHEAD: number;
/** Writes one record at buf[at]; the caller has checked that RECORD_OVERHEAD + head + body bytes fit. */
export declare function encodeRecord(buf: Buffer, at: number, flags: number, timestamp: number, head: Uint8Array, body: Uint8Array, withCrc: boolean): void;
/** Fills view from the record at buf[at] whose total length (header included) is len. */
export declare function decodeRecord(buf: Buffer, at: number, len: number, view: RecordView): RecordView;
/**
 * Length of the valid record at buf[at] (within buf[0, end)), or -1 when it is torn or corrupt, or 0 when it
 * is not entirely inside buf (the caller reads more and retries).
 */
export declare function checkRecord(buf: Buffer, at: number, end: number, fileRemaining: number): number;
/** Flags of the record at buf[at] (not checked). */
export declare function recordFlags(buf: Buffer, at: number): number;
/** Timestamp of the record at buf[at] (not checked). */
export declare function recordTimestamp(buf: Buffer, at: number): number;
export declare function newView(): RecordView;
