export declare class RecordIndex {
    readonly id: number;
    /** Byte offset of record i within its segment; ascending. */
    offsets: Uint32Array<ArrayBuffer>;
    acked: Uint8Array<ArrayBuffer>;
    /** Number of records. */
    n: number;
    ackedCount: number;
    /** Bytes used in the segment: the end of the last record. */
    size: number;
    constructor(id: number);
    push(offset: number, length: number): void;
    /** Index of the record at offset, or -1. */
    indexOf(offset: number): number;
    lengthOf(i: number): number;
    isAcked(i: number): boolean;
    /** Marks record i acked; false if it already was. */
    markAcked(i: number): boolean;
    get allAcked(): boolean;
    /** Index of the first un-acked record at or after i, or n. */
    nextUnacked(i: number): number;
    /** Releases the slack of a segment that will get no more records. */
    trim(): void;
    private grow;
}
