export declare const INDEX_HEADER = 28;
/** The index of one segment, as loaded: offsets[i] and flags[i] of records 0..count-1. */
export interface LoadedIndex {
    offsets: Uint32Array<ArrayBuffer>;
    flags: Uint8Array<ArrayBuffer>;
    count: number;
    covered: number;
    lastCrc: number;
}
/** Encodes the index of records [0, count) ending at `covered`; lastCrc is the last record's CRC field. */
export declare function encodeIndex(offsets: Uint32Array, flags: Uint8Array, count: number, covered: number, lastCrc: number): Buffer;
/**
 * Writes the index file (truncating any previous one) and returns its descriptor, still open, for the caller
 * to fdatasync and close. `open`/`close` let the caller count the descriptor (file-handles.ts).
 */
export declare function writeIndexFile(path: string, data: Buffer, open?: (path: string, flags: number, mode: number) => number, close?: (fd: number) => void): number;
/**
 * Loads and validates the index at idxPath for the segment file segPath; undefined when it is missing or not
 * trustworthy (then `why` tells why, except for a plain missing file). Checks: header and payload CRC32C,
 * magic and version, exact file length, offsets starting at 0 and ascending by at least a record's overhead,
 * covered <= the segment's current size, and the last record's frame header in the .seg (its length field
 * ends it exactly at `covered`, its CRC field equals lastCrc), which ties the index to this very file.
 */
export declare function loadIndex(idxPath: string, segPath: string, why: (msg: string) => void): LoadedIndex | undefined;
