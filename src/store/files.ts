// File naming and small synchronous I/O helpers for a SegmentLog directory:
//   <8-digit id>.seg  records           <8-digit id>.ack  u32 LE offsets of acked records of that segment
//   <8-digit id>.idx  index of a sealed segment (record offsets and flags; see segment-index.ts)
//   cursor            delivered watermark (f64 position + u32 crc32c), rewritten in place
// and for a StreamLog directory:
//   <20-digit first offset>.seg  records, named (like Kafka) by the stream offset of their first record

import * as fs from 'node:fs';
import { join } from 'node:path';

export const CURSOR_FILE = 'cursor';

export function segName(id: number): string {
  return String(id).padStart(8, '0') + '.seg';
}

export function ackName(id: number): string {
  return String(id).padStart(8, '0') + '.ack';
}

export function idxName(id: number): string {
  return String(id).padStart(8, '0') + '.idx';
}

export function streamSegName(firstOffset: number): string {
  return String(firstOffset).padStart(20, '0') + '.seg';
}

/** Segment ids found in dir, ascending. */
export function listSegments(dir: string): number[] {
  const ids: number[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = /^(\d{8,})\.seg$/.exec(name);
    if (m) ids.push(Number(m[1]));
  }
  return ids.sort((a, b) => a - b);
}

/** First offsets of the StreamLog segment files in dir, ascending. */
export function listStreamSegments(dir: string): number[] {
  const bases: number[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = /^(\d{20})\.seg$/.exec(name);
    if (m) bases.push(Number(m[1]));
  }
  return bases.sort((a, b) => a - b);
}

/** Ids of .ack files whose segment is gone (left over by a crash between the two unlinks). */
export function orphanAcks(dir: string, segs: Set<number>): number[] {
  return orphans(dir, segs, /^(\d{8,})\.ack$/);
}

/** Ids of .idx files whose segment is gone. */
export function orphanIndexes(dir: string, segs: Set<number>): number[] {
  return orphans(dir, segs, /^(\d{8,})\.idx$/);
}

function orphans(dir: string, segs: Set<number>, re: RegExp): number[] {
  const ids: number[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = re.exec(name);
    if (m && !segs.has(Number(m[1]))) ids.push(Number(m[1]));
  }
  return ids;
}

export function writeFully(fd: number, buf: Uint8Array, start: number, end: number, pos?: number): void {
  while (start < end) {
    const n = fs.writeSync(fd, buf, start, end - start, pos);
    start += n;
    if (pos !== undefined) pos += n;
  }
}

/** Reads up to len bytes at file position pos into buf[at]; returns the count (short only at end of file). */
export function readFully(fd: number, buf: Uint8Array, at: number, len: number, pos: number): number {
  let got = 0;
  while (got < len) {
    const n = fs.readSync(fd, buf, at + got, len - got, pos + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

export function unlinkQuiet(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/**
 * Removes a file without making the caller wait for its blocks to be freed: renamed aside at once (a
 * metadata change, so the name is free for a new file at once), then unlinked in the thread pool.
 * Unlinking a large segment frees its extents, which takes milliseconds the broker would otherwise
 * stall for. A crash in between leaves `<name>.<tag>.trash`, which removeTrash deletes at the next open.
 */
export function trashQuiet(path: string, tag: string): void {
  const aside = `${path}.${tag}.trash`;
  try {
    fs.renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  fs.unlink(aside, () => {}); // gone with the next open at worst
}

/** Deletes what trashQuiet left in dir when the process ended before its unlinks ran. */
export function removeTrash(dir: string): void {
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.trash')) fs.unlink(join(dir, name), () => {});
}

export function pathOf(dir: string, name: string): string {
  return join(dir, name);
}
