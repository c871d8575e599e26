import { RecordIndex } from './record-index.js';
/** Records per entry of the sparse timestamp index. */
export declare const TS_BLOCK = 64;
export declare class StreamSegment extends RecordIndex {
    /** Read-write descriptor while the segment is written or awaits its last fdatasync, else -1. */
    wfd: number;
    /** Read-only descriptor from the log's small descriptor cache, or -1. */
    rfd: number;
    /** Written since its last fdatasync. */
    dirty: boolean;
    /** Unlinked by retention: readers positioned in it move on to the first retained segment. */
    deleted: boolean;
    /** Rewritten by compaction: readers positioned in it continue at the same index in this one. */
    replacedBy: StreamSegment | null;
    /** Value of the log's directory-change counter when this segment's file was created. */
    dirSeq: number;
    /** Retained (not dropped) records and their head + body bytes. */
    live: number;
    liveBytes: number;
    /** Smallest and largest record timestamp seen (ms); NaN while empty. */
    minTs: number;
    maxTs: number;
    /** tsMax[j] = largest timestamp among records [0, (j + 1) * TS_BLOCK): non-decreasing, for binary search. */
    tsMax: Float64Array<ArrayBuffer>;
    /** Memory-only logs: the segment's bytes, as chunks (mem[k] holds the bytes from memStart[k] on). */
    mem: Buffer[] | null;
    memStart: number[] | null;
    /** Offsets the records cover: base + span is the offset after the last record. */
    span: number;
    /** rel[i] = offset of record i - base, once some record covered more than one offset; else null (rel[i] = i). */
    rel: Uint32Array | null;
    get base(): number;
    /** The offset after the last record. */
    get end(): number;
    /** Indexes a record of `count` offsets (count >= 1) at byte at, len bytes long. */
    pushRecord(at: number, len: number, count: number): void;
    /** Offset of record i (i < n). */
    offsetAt(i: number): number;
    /** Offsets record i covers (i < n). */
    countAt(i: number): number;
    /** Index of the record covering offset o (base <= o), or n when o >= end. */
    indexFor(o: number): number;
    /** Indexes record n - 1 (just pushed) with its timestamp. */
    noteTimestamp(ts: number): void;
    /**
     * Records `count` offsets lost to the damaged bytes [at, at + len) (recovery): entries that are dropped from
     * the start, like transient records, so later records keep their offsets. They have no timestamp: their block
     * keeps the largest timestamp so far (NaN before any, which blockFor() skips).
     */
    pushHole(at: number, len: number, count: number): void;
    private noteBlock;
    /** Index of the first block that may hold a record with timestamp >= ts, or -1 if none does. */
    blockFor(ts: number): number;
    /** Index in mem of the chunk holding byte offset off (records never span chunks). */
    memChunk(off: number): number;
    trim(): void;
}
