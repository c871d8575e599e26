// What the logs do when a write fails (ENOSPC, EDQUOT, EMFILE, EIO...): the bytes never reached the file, so
// unlike a failed fdatasync (log.ts, invariant 3) nothing is poisoned. Shared by SegmentLog and StreamLog:
// the refusal error, the once-per-episode reports, cutting a file back, and withdrawing a record.
import * as fs from 'node:fs';
import { crc32c } from './crc32c.js';
import { FLAG_PERSISTENT } from './log.js';
import { readFully, writeFully } from './files.js';
import { FRAME_HEADER } from './record.js';
/**
 * append() refused the record: the log's last write failed and retrying it failed too (no space, no
 * descriptor). Nothing was appended; the caller nacks, and may try again later.
 */
export class LogRefusedError extends Error {
    /** The errno code of the write that failed (ENOSPC, EDQUOT, EMFILE, ...), when it had one. */
    code;
    constructor(dir, cause) {
        super(`${dir}: not accepting records: ${cause.message}`, { cause });
        this.name = 'LogRefusedError';
        this.code = cause.code;
    }
}
/**
 * Reports write failures once per episode and file: the first failure of a file is logged with its path and
 * error, further ones with the same code are not, and the first success after them ends the episode
 * (logged too, so the log shows when it recovered).
 */
export class FailureReports {
    warn;
    observe;
    failing = new Map();
    constructor(warn, observe) {
        this.warn = warn;
        this.observe = observe;
    }
    /** Any episode open? (cheap check for the success path) */
    get active() {
        return this.failing.size > 0;
    }
    failed(path, what, err, consequence) {
        const e = err;
        const code = e?.code ?? String(e?.message ?? e);
        if (this.failing.get(path) === code)
            return;
        this.failing.set(path, code);
        this.warn(`${path}: ${what} failed (${e?.message ?? String(e)}); ${consequence}`);
        this.observe?.(path, e);
    }
    /** The file is gone (deleted with its segment): its episode ends without a word. */
    forget(path) {
        this.failing.delete(path);
    }
    succeeded(path, what) {
        if (this.failing.delete(path))
            this.warn(`${path}: ${what} succeeds again`);
    }
}
/** Cuts a file back to len bytes after a failed write (the tail was never synced); best effort. */
export function cutBack(fd, len) {
    try {
        fs.ftruncateSync(fd, len);
    }
    catch {
        // the next write starts at len anyway (positioned writes), and recovery cuts a torn tail
    }
}
/**
 * Rewrites the persistent record at buf[at] (total length len) as transient: flags bit 0 cleared and the
 * CRC recomputed, so recovery drops it (log.ts, invariant 4) while its bytes still frame a valid record.
 * Returns false when it was not persistent.
 */
export function withdrawRecord(buf, at, len) {
    const flags = buf[at + FRAME_HEADER];
    if ((flags & FLAG_PERSISTENT) === 0)
        return false;
    buf[at + FRAME_HEADER] = flags & ~FLAG_PERSISTENT;
    buf.writeUInt32LE(crc32c(buf, at + FRAME_HEADER, at + len), at + 4);
    return true;
}
/**
 * Rewrites bytes [a, b) of the file open as fd in place: read back, changed by rewrite(), and written over
 * themselves, which takes no new space. For withdrawing records that an earlier write of a failed round put
 * in the file. Throws when the read or the write fails.
 */
export function rewriteInPlace(fd, a, b, rewrite) {
    const bytes = Buffer.allocUnsafe(b - a);
    readFully(fd, bytes, 0, b - a, a);
    rewrite(bytes);
    writeFully(fd, bytes, 0, b - a, a);
}
/** A chunk that caches the record at file offset off (the chunk starts at start) gets the withdrawal too. */
export function withdrawCached(chunk, start, off, len) {
    if (chunk !== null && off >= start && off + len <= start + chunk.length)
        withdrawRecord(chunk, off - start, len);
}
//# sourceMappingURL=write-failures.js.map