/**
 * append() refused the record: the log's last write failed and retrying it failed too (no space, no
 * descriptor). Nothing was appended; the caller nacks, and may try again later.
 */
export declare class LogRefusedError extends Error {
    /** The errno code of the write that failed (ENOSPC, EDQUOT, EMFILE, ...), when it had one. */
    readonly code: string | undefined;
    constructor(dir: string, cause: Error);
}
/** Told the first failure of each episode of each file, e.g. to check free disk space at once. */
export type WriteFailureObserver = (path: string, err: NodeJS.ErrnoException) => void;
/**
 * Reports write failures once per episode and file: the first failure of a file is logged with its path and
 * error, further ones with the same code are not, and the first success after them ends the episode
 * (logged too, so the log shows when it recovered).
 */
export declare class FailureReports {
    private readonly warn;
    private readonly observe?;
    private readonly failing;
    constructor(warn: (msg: string) => void, observe?: WriteFailureObserver | undefined);
    /** Any episode open? (cheap check for the success path) */
    get active(): boolean;
    failed(path: string, what: string, err: unknown, consequence: string): void;
    /** The file is gone (deleted with its segment): its episode ends without a word. */
    forget(path: string): void;
    succeeded(path: string, what: string): void;
}
/** Cuts a file back to len bytes after a failed write (the tail was never synced); best effort. */
export declare function cutBack(fd: number, len: number): void;
/**
 * Rewrites the persistent record at buf[at] (total length len) as transient: flags bit 0 cleared and the
 * CRC recomputed, so recovery drops it (log.ts, invariant 4) while its bytes still frame a valid record.
 * Returns false when it was not persistent.
 */
export declare function withdrawRecord(buf: Buffer, at: number, len: number): boolean;
/**
 * Rewrites bytes [a, b) of the file open as fd in place: read back, changed by rewrite(), and written over
 * themselves, which takes no new space. For withdrawing records that an earlier write of a failed round put
 * in the file. Throws when the read or the write fails.
 */
export declare function rewriteInPlace(fd: number, a: number, b: number, rewrite: (bytes: Buffer) => void): void;
/** A chunk that caches the record at file offset off (the chunk starts at start) gets the withdrawal too. */
export declare function withdrawCached(chunk: Buffer | null, start: number, off: number, len: number): void;
