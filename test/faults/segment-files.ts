// Reading and damaging a stopped broker's queue files, for the fault tests. The layout comes from the files
// themselves (record.ts: u32 length | u32 crc | flags | f64 timestamp | u32 headLength | head | body), so a test
// names the message it damages, not a byte offset.
import * as fs from 'node:fs';
import { join } from 'node:path';

export interface StoredRecord {
  /** Segment file path. */
  file: string;
  /** Byte offset of the record in it. */
  at: number;
  /** Total length (frame header included). */
  len: number;
  /** The message number the test wrote in its body. */
  id: number;
}

/** The one queue directory under <dataDir>/queues whose name ends with suffix ('' for a queue, '.stream'). */
export function queueDir(dataDir: string, suffix = ''): string {
  const root = join(dataDir, 'queues');
  const dirs = fs
    .readdirSync(root)
    .filter((d) => (suffix === '' ? !d.includes('.') : d.endsWith(suffix)))
    .filter((d) => fs.readdirSync(join(root, d)).some((f) => f.endsWith('.seg')));
  if (dirs.length !== 1)
    throw new Error(`expected one queue directory with segments, found ${dirs.join(', ')}`);
  return join(root, dirs[0]);
}

/** Segment files of a queue directory, in order. */
export function segmentFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.seg'))
    .sort()
    .map((f) => join(dir, f));
}

/** The records of an intact segment file, with the message number idOf() reads from each body. */
export function recordsOf(file: string, idOf: (body: Buffer) => number): StoredRecord[] {
  const data = fs.readFileSync(file);
  const out: StoredRecord[] = [];
  for (let at = 0; at + 21 <= data.length;) {
    // a zero length: the zeros written ahead of the records of the segment being written (preallocation.ts)
    if (data.readUInt32LE(at) === 0) break;
    const len = 8 + data.readUInt32LE(at);
    const headLen = data.readUInt32LE(at + 17);
    out.push({ file, at, len, id: idOf(data.subarray(at + 21 + headLen, at + len)) });
    at += len;
  }
  return out;
}

/** XORs the byte at pos of file with mask. */
export function flipByte(file: string, pos: number, mask: number): void {
  const data = fs.readFileSync(file);
  data[pos] ^= mask;
  fs.writeFileSync(file, data);
}
