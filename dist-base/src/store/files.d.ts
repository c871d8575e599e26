export declare const CURSOR_FILE = "cursor";
export declare function segName(id: number): string;
export declare function ackName(id: number): string;
export declare function idxName(id: number): string;
export declare function streamSegName(firstOffset: number): string;
/** Segment ids found in dir, ascending. */
export declare function listSegments(dir: string): number[];
/** First offsets of the StreamLog segment files in dir, ascending. */
export declare function listStreamSegments(dir: string): number[];
/** Ids of .ack files whose segment is gone (left over by a crash between the two unlinks). */
export declare function orphanAcks(dir: string, segs: Set<number>): number[];
/** Ids of .idx files whose segment is gone. */
export declare function orphanIndexes(dir: string, segs: Set<number>): number[];
export declare function writeFully(fd: number, buf: Uint8Array, start: number, end: number, pos?: number): void;
/** Reads up to len bytes at file position pos into buf[at]; returns the count (short only at end of file). */
export declare function readFully(fd: number, buf: Uint8Array, at: number, len: number, pos: number): number;
export declare function unlinkQuiet(path: string): void;
/**
 * Removes a file without making the caller wait for its blocks to be freed: renamed aside at once (a
 * metadata change, so the name is free for a new file at once), then unlinked in the thread pool.
 * Unlinking a large segment frees its extents, which takes milliseconds the broker would otherwise
 * stall for. A crash in between leaves `<name>.<tag>.trash`, which removeTrash deletes at the next open.
 */
export declare function trashQuiet(path: string, tag: string): void;
/** Deletes what trashQuiet left in dir when the process ended before its unlinks ran. */
export declare function removeTrash(dir: string): void;
export declare function pathOf(dir: string, name: string): string;
