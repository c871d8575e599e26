// Large records in a SegmentLog: bodies written from where they arrived (a gathered write, no copy into the
// write chunk), writes of many bytes in the thread pool, and rolls while such a write is in flight. The file
// must hold exactly the bytes encodeRecord lays out, and every record must be readable at every moment.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
import { encodeRecord, RECORD_OVERHEAD } from '../../src/store/record.js';
import { files, rm, tempDir } from './helpers.js';

const KiB = 1024;

/** A body of n bytes that names its record: seq in the first 4 bytes, then a pattern. */
function body(seq: number, n: number): Buffer {
  const b = Buffer.alloc(n, seq & 0xff);
  b.writeUInt32LE(seq, 0);
  return b;
}

interface Rec {
  flags: number;
  ts: number;
  head: Buffer;
  body: Buffer;
}

/** The bytes encodeRecord lays out for recs, one after the other: what the segment file must hold. */
function encoded(recs: Rec[]): Buffer {
  const out = Buffer.alloc(recs.reduce((n, r) => n + RECORD_OVERHEAD + r.head.length + r.body.length, 0));
  let at = 0;
  for (const r of recs) {
    encodeRecord(out, at, r.flags, r.ts, r.head, r.body, true);
    at += RECORD_OVERHEAD + r.head.length + r.body.length;
  }
  return out;
}

const syncP = (log: SegmentLog): Promise<Error | undefined> => new Promise((resolve) => log.sync(resolve));
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function drain(log: SegmentLog): number[] {
  const seen: number[] = [];
  for (let r = log.shift(); r; r = log.shift()) seen.push(r.body.readUInt32LE(0));
  return seen;
}

describe('SegmentLog with large bodies', () => {
  test('a large body is kept where it arrived until written, and the file holds the records byte for byte', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      const sizes = [100, 64 * KiB, 8 * KiB - 1, 8 * KiB, 300, 1024 * KiB, 64 * KiB, 0, 20 * KiB];
      const recs: Rec[] = sizes.map((n, i) => ({
        flags: 1,
        ts: 1000 + i,
        head: Buffer.from(`head-${i}`),
        body: n >= 4 ? body(i, n) : Buffer.alloc(n),
      }));
      const positions = recs.map((r) => log.append(r.flags, r.ts, r.head, r.body));
      // Before any write: read from memory, the large bodies as the very buffers that were appended.
      for (let i = 0; i < recs.length; i++) {
        const v = log.shift()!;
        assert.equal(v.timestamp, recs[i].ts);
        assert.deepEqual(v.head, recs[i].head);
        assert.deepEqual(v.body, recs[i].body);
        if (recs[i].body.length >= 8 * KiB)
          assert.equal(v.body.buffer, recs[i].body.buffer, `record ${i}: the body was not copied`);
      }
      assert.equal(log.shift(), undefined);
      assert.deepEqual(log.read(positions[5]).body, recs[5].body);
      assert.equal(await syncP(log), undefined);
      assert.deepEqual(fs.readFileSync(join(dir, '00000001.seg')), encoded(recs));
      await log.close();

      const back = SegmentLog.open(dir);
      const again: Rec[] = [];
      for (let v = back.shift(); v; v = back.shift())
        again.push({ flags: v.flags, ts: v.timestamp, head: Buffer.from(v.head), body: Buffer.from(v.body) });
      assert.deepEqual(again, recs);
      await back.close();
    } finally {
      rm(dir);
    }
  });

  test('a large write runs in the thread pool: the main thread goes on, reads come from memory, the sync waits for it', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      const recs: Rec[] = [];
      for (let i = 0; i < 12; i++)
        recs.push({ flags: 1, ts: i, head: Buffer.alloc(0), body: body(i, 64 * KiB) });
      for (const r of recs) log.append(r.flags, r.ts, r.head, r.body);
      let synced = false;
      const done = syncP(log).then((err) => {
        synced = true;
        return err;
      });
      await tick(); // the log's tick came first and started the write; its end can only come in a later phase
      assert.equal(log.writing, true, 'a write of 768 KiB is in flight in the thread pool');
      assert.equal(log.stats.bytesWritten, 0);
      assert.equal(synced, false);
      assert.deepEqual(
        drain(log),
        recs.map((_, i) => i),
        'readable from memory while being written',
      );
      assert.equal(await done, undefined);
      assert.equal(log.writing, false);
      assert.equal(log.stats.bytesWritten, encoded(recs).length);
      assert.deepEqual(fs.readFileSync(join(dir, '00000001.seg')), encoded(recs));
      await log.close();
    } finally {
      rm(dir);
    }
  });

  test('segments that roll while a write is in flight are written in order, readable throughout, and recover', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir, { segmentSize: 2 * 1024 * KiB });
      const all: Rec[] = [];
      const syncs: Promise<Error | undefined>[] = [];
      let seq = 0;
      let rolledWhileWriting = 0;
      for (let burst = 0; burst < 6; burst++) {
        // 48 records of 64 KiB in one tick: an early write starts at 1 MiB, the segment rolls at 2 MiB
        for (let k = 0; k < 48; k++, seq++) {
          const r = { flags: 1, ts: seq, head: Buffer.from([seq & 0xff]), body: body(seq, 64 * KiB) };
          const segsBefore = files(dir, '.seg').length;
          const writing = log.writing;
          log.append(r.flags, r.ts, r.head, r.body);
          if (writing && files(dir, '.seg').length > segsBefore) rolledWhileWriting++;
          all.push(r);
        }
        syncs.push(syncP(log));
        assert.deepEqual(
          drain(log),
          all.slice(seq - 48).map((r) => r.ts),
        );
        await tick();
      }
      assert.ok(rolledWhileWriting > 0, 'some roll came while a write was in flight');
      for (const s of syncs) assert.equal(await s, undefined);
      // Each segment file holds its records exactly, in order.
      const segs = files(dir, '.seg');
      let i = 0;
      for (const name of segs) {
        const bytes = fs.readFileSync(join(dir, name));
        const recs: Rec[] = [];
        let n = 0;
        while (i < all.length && n + RECORD_OVERHEAD + 1 + 64 * KiB <= bytes.length) {
          recs.push(all[i++]);
          n += RECORD_OVERHEAD + 1 + 64 * KiB;
        }
        assert.deepEqual(bytes, encoded(recs), name);
      }
      assert.equal(i, all.length);
      await log.close();
      const back = SegmentLog.open(dir);
      assert.deepEqual(
        drain(back),
        all.map((r) => r.ts),
      );
      await back.close();
    } finally {
      rm(dir);
    }
  });
});
