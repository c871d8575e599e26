// Zeros written ahead of a segment's records, so that a small sync round overwrites blocks the file already
// has. An fdatasync after an append must commit the file's new size (a file-system journal commit); after an
// overwrite it has only the data to write: about half the time on this project's disks (0.10-0.14 ms against
// 0.18-0.29 ms at p50 for 4 KiB, bench/lib/disk-sync.ts's measure). A confirm, a Kafka acks=all answer, an
// SQS send or a Redis XADD waits for exactly that fdatasync.
//
// Only small writes extend the zeros: a round that writes more than SMALL_WRITE commits the file's size
// anyway and is dominated by its data, and zeros ahead of a fast writer would double what reaches the disk.
// The round that writes the zeros also syncs them (they ride on its fdatasync), so the next rounds find
// allocated blocks. Recovery reads zeros from a record boundary to the end of a file as unused space
// (recovery.ts scanRecords' zeroTail; a record never starts with a zero length); rolls and clean closes cut
// them off, so only the segment being written carries them.

import { writeFully } from './files.js';
import { cutBack } from './write-failures.js';

/** Zeros are written up to the next multiple of this (per segment file: at most this much unused disk). */
export const PREALLOCATE_STEP = 256 * 1024;
/** Rounds that wrote up to this much extend the zeros; larger ones append. */
const SMALL_WRITE = 32 * 1024;

/**
 * After a round's writes (`written` bytes in all) ending at `end`, in the file `fd` that is `allocated` bytes
 * long: when no zeros are left ahead of `end` and the round was small, writes zeros from `end` up to the next
 * step (never past `limit`, the size at which the file rolls). Returns the file's new length. A failure (no
 * space) costs only the saving: the file is cut back to `end`.
 */
export function zerosAhead(
  fd: number,
  end: number,
  written: number,
  allocated: number,
  limit: number,
): number {
  if (end < allocated) return allocated;
  // nothing written: a round that only syncs (a fast writer's bytes went out before it) says nothing of size
  if (written === 0 || written > SMALL_WRITE) return end;
  return zerosTo(fd, end, PREALLOCATE_STEP, limit);
}

/**
 * Writes zeros from `end` to the next multiple of `step` past it (never past `limit`); returns the file's new
 * length. A failure (no space) costs only the saving: the file is cut back to `end`. Shared with journal.ts.
 */
export function zerosTo(fd: number, end: number, step: number, limit = Number.POSITIVE_INFINITY): number {
  const to = Math.min(limit, Math.ceil((end + 1) / step) * step);
  if (to <= end) return end;
  try {
    writeFully(fd, Buffer.alloc(to - end), 0, to - end, end);
    return to;
  } catch {
    cutBack(fd, end);
    return end;
  }
}

/** Cuts the zeros after a segment's last record (`end`) off its file, when there are any. Not synced. */
export function cutZeros(fd: number, end: number, allocated: number): number {
  if (allocated > end && fd >= 0) cutBack(fd, end);
  return end;
}
