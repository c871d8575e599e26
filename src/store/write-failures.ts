// What the logs do when a write fails (ENOSPC, EDQUOT, EMFILE, EIO...): the bytes never reached the file, so
// unlike a failed fdatasync (log.ts, invariant 3) nothing is poisoned. Shared by SegmentLog and StreamLog:
// the refusal error, the once-per-episode reports, cutting a file back, and withdrawing a record.

import * as fs from 'node:fs';
import { crc32c } from './crc32c.js';
import { FLAG_PERSISTENT } from './log.js';
import { readFully, writeFully } from './files.js';
import { FRAME_HEADER } from './record.js';
import type { RecordIndex } from './record-index.js';
import type { Warn } from './recovery.js';

/**
 * append() refused the record: the log's last write failed and retrying it failed too (no space, no
 * descriptor). Nothing was appended; the caller nacks, and may try again later.
 */
export class LogRefusedError extends Error {
  /** The errno code of the write that failed (ENOSPC, EDQUOT, EMFILE, ...), when it had one. */
  readonly code: string | undefined;
  constructor(dir: string, cause: Error) {
    super(`${dir}: not accepting records: ${cause.message}`, { cause });
    this.name = 'LogRefusedError';
    this.code = (cause as NodeJS.ErrnoException).code;
  }
}

/** Told the first failure of each episode of each file, e.g. to check free disk space at once. */
export type WriteFailureObserver = (path: string, err: NodeJS.ErrnoException) => void;

/**
 * Reports write failures once per episode and file: the first failure of a file is logged with its path and
 * error, further ones with the same code are not, and the first success after them ends the episode
 * (logged too, so the log shows when it recovered).
 */
export class FailureReports {
  private readonly failing = new Map<string, string>();

  constructor(
    private readonly warn: (msg: string) => void,
    private readonly observe?: WriteFailureObserver,
  ) {}

  /** Any episode open? (cheap check for the success path) */
  get active(): boolean {
    return this.failing.size > 0;
  }

  failed(path: string, what: string, err: unknown, consequence: string): void {
    const e = err as NodeJS.ErrnoException;
    const code = e?.code ?? String(e?.message ?? e);
    if (this.failing.get(path) === code) return;
    this.failing.set(path, code);
    this.warn(`${path}: ${what} failed (${e?.message ?? String(e)}); ${consequence}`);
    this.observe?.(path, e);
  }

  /** The file is gone (deleted with its segment): its episode ends without a word. */
  forget(path: string): void {
    this.failing.delete(path);
  }

  succeeded(path: string, what: string): void {
    if (this.failing.delete(path)) this.warn(`${path}: ${what} succeeds again`);
  }
}

/** Cuts a file back to len bytes after a failed write (the tail was never synced); best effort. */
export function cutBack(fd: number, len: number): void {
  try {
    fs.ftruncateSync(fd, len);
  } catch {
    // the next write starts at len anyway (positioned writes), and recovery cuts a torn tail
  }
}

/**
 * Rewrites the persistent record at buf[at] (total length len) as transient: flags bit 0 cleared and the
 * CRC recomputed, so recovery drops it (log.ts, invariant 4) while its bytes still frame a valid record.
 * Returns false when it was not persistent.
 */
export function withdrawRecord(buf: Buffer, at: number, len: number): boolean {
  const flags = buf[at + FRAME_HEADER];
  if ((flags & FLAG_PERSISTENT) === 0) return false;
  buf[at + FRAME_HEADER] = flags & ~FLAG_PERSISTENT;
  buf.writeUInt32LE(crc32c(buf, at + FRAME_HEADER, at + len), at + 4);
  return true;
}

/** What withdrawWritten needs from the log whose segment file it rewrites. */
export interface WrittenWithdrawal {
  /** Opens the segment file read-write (under the log's descriptor budget). */
  open(path: string): number;
  /** Withdraws record k, whose bytes are at bytes[at], in the log's memory too; false when not persistent. */
  withdrawAt(k: number, bytes: Buffer, at: number): boolean;
  /** Chunks that may cache records of this segment, each with the file offset it starts at. */
  caches: readonly (readonly [Buffer | null, number])[];
  /** The file was rewritten: the next round must sync it. True when the segment keeps fd for that. */
  rewritten(fd: number): boolean;
  /** A descriptor not kept: closed once no fdatasync can be using it. */
  release(fd: number): void;
  warn: Warn;
}

/**
 * Withdraws records [i, j) of a segment whose bytes an earlier write of a failed round put in the file at
 * `path`: read back, rewritten as transient and written over themselves, which takes no new space; the
 * chunks that cache them get the same bytes. Returns how many were withdrawn. Never throws: a file that
 * cannot be rewritten is reported, and those records may come back after a restart.
 */
export function withdrawWritten(
  index: RecordIndex,
  path: string,
  i: number,
  j: number,
  w: WrittenWithdrawal,
): number {
  if (i >= j) return 0;
  const a = index.offsets[i];
  const b = j < index.n ? index.offsets[j] : index.size;
  let withdrawn = 0;
  let fd = -1;
  try {
    fd = w.open(path);
    const bytes = Buffer.allocUnsafe(b - a);
    readFully(fd, bytes, 0, b - a, a);
    for (let k = i; k < j; k++) {
      const off = index.offsets[k];
      if (!w.withdrawAt(k, bytes, off - a)) continue;
      withdrawn++;
      const len = index.lengthOf(k);
      for (const [chunk, start] of w.caches)
        if (chunk !== null && off >= start && off + len <= start + chunk.length)
          withdrawRecord(chunk, off - start, len);
    }
    writeFully(fd, bytes, 0, b - a, a);
    if (w.rewritten(fd)) fd = -1;
  } catch (e) {
    w.warn(
      `${path}: withdrawing the records of a failed round failed (${(e as Error).message}); ` +
        'they may come back after a restart',
    );
  } finally {
    if (fd >= 0) w.release(fd);
  }
  return withdrawn;
}
