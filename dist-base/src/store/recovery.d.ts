import { Segment } from './segment.js';
export type Warn = (msg: string) => void;
/**
 * What recovery did: segments loaded from their index or scanned, the bytes CRC-scanned at open, and the damage
 * found: corrupt records (holes, see above; a SegmentLog also counts records of indexed segments that fail
 * their check when first read) and damaged ack entries.
 */
export interface RecoveryStats {
    indexedSegments: number;
    scannedSegments: number;
    scannedBytes: number;
    corruptRecords: number;
    corruptAcks: number;
}
export declare function newRecoveryStats(): RecoveryStats;
/** Scans and verifies one segment file, truncating a torn tail. Transient records come back already acked. */
export declare function scanSegment(dir: string, id: number, warn: Warn, stats: RecoveryStats): Segment;
/**
 * Recovers a sealed segment from its .idx when that is valid (scanning only what lies past the part it
 * covers), else by a full scan. A segment recovered from its index has verifiedTo = 0 and flags = null
 * (unless it had to be extended by a scan: then it keeps its flags, to get a fresh index).
 */
export declare function loadSegment(dir: string, id: number, warn: Warn, stats: RecoveryStats): Segment;
/**
 * Called for each valid record found by scanRecords(): the record is at buf[rel, rel + len), which is file
 * offset `at`. buf is the scanner's buffer: reused after the call returns, so copy what must be kept.
 */
export type RecordVisitor = (buf: Buffer, rel: number, at: number, len: number) => void;
/**
 * Called for each damaged stretch scanRecords() skips: file bytes [at, at + len), followed by a valid record.
 * `single`: known to be exactly one record (resync.ts); else one or more.
 */
export type HoleVisitor = (at: number, len: number, single: boolean) => void;
/**
 * Verifies (CRC32C) the records of one segment file in order from file offset `from` (a record boundary),
 * calling visit for each valid one and hole (if given) for each damaged stretch between valid ones (resync.ts). A bad
 * record with nothing valid after it is a torn tail: the file is truncated there (and fdatasynced). Returns
 * the end of the last valid record.
 */
export declare function scanRecords(path: string, warn: Warn, visit: RecordVisitor, hole?: HoleVisitor, from?: number): number;
/** Cuts a file (open read-write) to size bytes, durably. */
export declare function truncateFile(fd: number, size: number): void;
/** The delivered watermark saved by the previous run; 0 if none, everything if the file is damaged. */
export declare function readWatermark(dir: string, warn: Warn): number;
export declare function encodeWatermark(pos: number, buf: Buffer): void;
