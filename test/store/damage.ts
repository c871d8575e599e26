// Damaging segment and ack files on purpose, for the recovery tests: the layout is read from the file itself
// (u32 length | u32 crc | payload, record.ts), so the tests name records, not byte offsets.
import * as fs from 'node:fs';

/** Byte offsets of the records of an intact segment file, in order. */
export function recordStarts(path: string): number[] {
  const data = fs.readFileSync(path);
  const out: number[] = [];
  // a zero length ends the records: zeros written ahead of them (preallocation.ts)
  for (let at = 0; at + 8 <= data.length && data.readUInt32LE(at) !== 0; at += 8 + data.readUInt32LE(at))
    out.push(at);
  return out;
}

/** XORs the byte at pos of the file with mask. */
export function flip(path: string, pos: number, mask: number): void {
  const fd = fs.openSync(path, 'r+');
  try {
    const b = Buffer.alloc(1);
    fs.readSync(fd, b, 0, 1, pos);
    b[0] ^= mask;
    fs.writeSync(fd, b, 0, 1, pos);
  } finally {
    fs.closeSync(fd);
  }
}

/** Overwrites n bytes at pos with zeros (a sector lost by the disk). */
export function zero(path: string, pos: number, n: number): void {
  const fd = fs.openSync(path, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(n), 0, n, pos);
  } finally {
    fs.closeSync(fd);
  }
}

/** A body that makes every record RECORD bytes long with a 1-byte head: "m00042......". */
export const RECORD = 64;
export function fixedBody(i: number): Buffer {
  const b = Buffer.alloc(RECORD - 21 - 1, '.');
  b.write(`m${String(i).padStart(5, '0')}`);
  return b;
}

/** The i of a fixedBody(). */
export function fixedIndex(body: Buffer): number {
  return Number(body.toString('latin1', 1, 6));
}

/** A small deterministic generator (tests must be repeatable). */
export function rng(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}
