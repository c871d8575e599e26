// Zeros written ahead of the records of a segment (preallocation.ts): small rounds overwrite blocks the file
// has, a crash image with the zeros recovers without a warning and appends after the last record, a record torn
// in the zeros is cut, large rounds and rolls and clean closes leave no zeros behind.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog, StreamLog } from '../../src/store/index.js';
import { PREALLOCATE_STEP, zerosAhead } from '../../src/store/preallocation.js';
import { RECORD_OVERHEAD } from '../../src/store/record.js';
import { files, rm, tempDir } from './helpers.js';

type Syncable = { sync(cb: (err?: Error) => void): void };
const syncP = (log: Syncable): Promise<void> =>
  new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));
const body = (i: number, size = 100): Buffer => {
  const b = Buffer.alloc(size, i & 0xff);
  b.writeUInt32LE(i, 0);
  return b;
};
const size = (path: string): number => fs.statSync(path).size;

/** A copy of dir's files: what a crash (SIGKILL) at this moment leaves on disk. */
function crashImage(dir: string): string {
  const copy = tempDir();
  for (const f of fs.readdirSync(dir))
    if (fs.statSync(join(dir, f)).isFile()) fs.copyFileSync(join(dir, f), join(copy, f));
  return copy;
}

function queueBodies(log: SegmentLog): number[] {
  const out: number[] = [];
  for (let r = log.shift(); r; r = log.shift()) out.push(r.body.readUInt32LE(0));
  return out;
}

function streamBodies(log: StreamLog): { offset: number; seq: number }[] {
  const out: { offset: number; seq: number }[] = [];
  const r = log.reader(0);
  for (let v = r.next(); v; v = r.next()) out.push({ offset: v.offset, seq: v.body.readUInt32LE(0) });
  r.close();
  return out;
}

describe('SegmentLog: zeros written ahead of the records', () => {
  test('a small round leaves zeros ahead; a crash image recovers without a warning and appends after the last record', async () => {
    const dir = tempDir();
    const dirs = [dir];
    try {
      const log = SegmentLog.open(dir);
      for (let i = 0; i < 3; i++) log.append(1, i, Buffer.alloc(0), body(i));
      await syncP(log);
      const seg = join(dir, '00000001.seg');
      const end = 3 * (RECORD_OVERHEAD + 100);
      assert.equal(size(seg), PREALLOCATE_STEP, 'one step of zeros, synced with the records');
      assert.ok(
        fs
          .readFileSync(seg)
          .subarray(end)
          .every((b) => b === 0),
      );
      // the next small rounds overwrite zeros: the file keeps its length
      log.append(1, 3, Buffer.alloc(0), body(3));
      await syncP(log);
      assert.equal(size(seg), PREALLOCATE_STEP);

      const copy = crashImage(dir);
      dirs.push(copy);
      const warnings: string[] = [];
      const back = SegmentLog.open(copy, { onWarning: (m) => warnings.push(m) });
      assert.equal(warnings.length, 0, warnings.join('\n'));
      assert.deepEqual(queueBodies(back), [0, 1, 2, 3]);
      assert.equal(size(join(copy, '00000001.seg')), PREALLOCATE_STEP, 'the zeros are kept for later writes');
      back.append(1, 4, Buffer.alloc(0), body(4));
      await syncP(back);
      await back.close();
      assert.equal(
        size(join(copy, '00000001.seg')),
        5 * (RECORD_OVERHEAD + 100),
        'a clean close cuts the zeros',
      );
      const again = SegmentLog.open(copy, { onWarning: (m) => warnings.push(m) });
      assert.deepEqual(
        queueBodies(again),
        [0, 1, 2, 3, 4],
        'the record went after the last one, not after the zeros',
      );
      await again.close();
      assert.equal(warnings.length, 0, warnings.join('\n'));

      await log.close();
      assert.equal(size(seg), 4 * (RECORD_OVERHEAD + 100));
    } finally {
      for (const d of dirs) rm(d);
    }
  });

  test('a round of more than 32 KiB appends without zeros; a small one after it writes them', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      for (let i = 0; i < 100; i++) log.append(1, i, Buffer.alloc(0), body(i, 1000));
      await syncP(log);
      const seg = join(dir, '00000001.seg');
      const big = 100 * (RECORD_OVERHEAD + 1000);
      assert.equal(size(seg), big, 'no zeros after a large round');
      log.append(1, 100, Buffer.alloc(0), body(100, 1000));
      await syncP(log);
      assert.equal(size(seg), PREALLOCATE_STEP, 'zeros up to the next step');
      await log.close();
      assert.equal(size(seg), big + RECORD_OVERHEAD + 1000);
    } finally {
      rm(dir);
    }
  });

  test('zeros stop at the segment size, and a rolled segment ends at its last record', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir, { segmentSize: 16 * 1024 });
      log.append(1, 0, Buffer.alloc(0), body(0, 1000));
      await syncP(log);
      assert.equal(size(join(dir, '00000001.seg')), 16 * 1024, 'zeros up to the size at which it rolls');
      for (let i = 1; i < 20; i++) {
        log.append(1, i, Buffer.alloc(0), body(i, 1000));
        await syncP(log);
      }
      assert.deepEqual(files(dir, '.seg'), ['00000001.seg', '00000002.seg']);
      const first = size(join(dir, '00000001.seg'));
      assert.equal(first % (RECORD_OVERHEAD + 1000), 0, `${first}: records only`);
      assert.equal(size(join(dir, '00000002.seg')), 16 * 1024);
      await log.close();
      const back = SegmentLog.open(dir);
      assert.deepEqual(
        queueBodies(back),
        Array.from({ length: 20 }, (_, i) => i),
      );
      await back.close();
    } finally {
      rm(dir);
    }
  });

  test('a record torn in the zeros is cut, the records before it kept', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      log.append(1, 0, Buffer.alloc(0), body(0));
      log.append(1, 1, Buffer.alloc(0), body(1));
      await syncP(log);
      const seg = join(dir, '00000001.seg');
      const image = fs.readFileSync(seg);
      await log.close();
      // a crash in the middle of writing the next record: its start over the zeros
      const end = 2 * (RECORD_OVERHEAD + 100);
      image.writeUInt32LE(RECORD_OVERHEAD + 100, end);
      image.fill(7, end + 8, end + 40);
      fs.writeFileSync(seg, image);
      const warnings: string[] = [];
      const back = SegmentLog.open(dir, { onWarning: (m) => warnings.push(m) });
      assert.deepEqual(queueBodies(back), [0, 1]);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /torn or corrupt record/);
      assert.equal(size(seg), end, 'cut at the torn record');
      await back.close();
    } finally {
      rm(dir);
    }
  });
});

test('zerosAhead: only a small round that wrote something and reached the end of the file extends it', () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'f');
    const fd = fs.openSync(path, 'w+');
    fs.writeSync(fd, Buffer.alloc(1000, 1));
    assert.equal(zerosAhead(fd, 1000, 0, 1000, 1 << 30), 1000, 'a round that wrote nothing');
    assert.equal(zerosAhead(fd, 1000, 40_000, 1000, 1 << 30), 1000, 'a large round');
    assert.equal(size(path), 1000);
    assert.equal(zerosAhead(fd, 1000, 1000, 1000, 1 << 30), PREALLOCATE_STEP);
    assert.equal(size(path), PREALLOCATE_STEP);
    assert.equal(zerosAhead(fd, 2000, 1000, PREALLOCATE_STEP, 1 << 30), PREALLOCATE_STEP, 'zeros left ahead');
    assert.equal(
      zerosAhead(fd, PREALLOCATE_STEP, 10, PREALLOCATE_STEP, PREALLOCATE_STEP),
      PREALLOCATE_STEP,
      'at the roll size',
    );
    fs.closeSync(fd);
  } finally {
    rm(dir);
  }
});

describe('StreamLog: zeros written ahead of the records', () => {
  test('a crash image recovers every offset without a warning; appends go on at the next offset', async () => {
    const dir = tempDir();
    const dirs = [dir];
    try {
      const log = StreamLog.open(dir);
      for (let i = 0; i < 5; i++) log.append(1, i, Buffer.alloc(0), body(i));
      await syncP(log);
      const seg = join(dir, files(dir, '.seg')[0]);
      assert.equal(size(seg), PREALLOCATE_STEP);
      const copy = crashImage(dir);
      dirs.push(copy);
      const warnings: string[] = [];
      const back = StreamLog.open(copy, { onWarning: (m) => warnings.push(m) });
      assert.equal(warnings.length, 0, warnings.join('\n'));
      assert.equal(back.nextOffset, 5);
      assert.equal(back.append(1, 5, Buffer.alloc(0), body(5)), 5);
      await syncP(back);
      await back.close();
      const copySeg = join(copy, files(copy, '.seg')[0]);
      assert.ok(
        size(copySeg) < 6 * (RECORD_OVERHEAD + 200),
        `${size(copySeg)}: a clean close cuts the zeros`,
      );
      const again = StreamLog.open(copy, { onWarning: (m) => warnings.push(m) });
      assert.deepEqual(
        streamBodies(again),
        Array.from({ length: 6 }, (_, i) => ({ offset: i, seq: i })),
      );
      await again.close();
      assert.equal(warnings.length, 0, warnings.join('\n'));
      await log.close();
    } finally {
      for (const d of dirs) rm(d);
    }
  });

  test('a rolled segment ends at its last record; a crash image of a roll recovers every offset', async () => {
    const dir = tempDir();
    const dirs = [dir];
    try {
      const log = StreamLog.open(dir, { segmentSize: 4096 });
      for (let i = 0; i < 60; i++) {
        log.append(1, i, Buffer.alloc(0), body(i));
        if (i % 7 === 0) await syncP(log);
      }
      await syncP(log);
      const segs = files(dir, '.seg');
      assert.ok(segs.length >= 2, segs.join());
      for (const f of segs.slice(0, -1)) assert.ok(size(join(dir, f)) < 4096, `${f}: ${size(join(dir, f))}`);
      assert.equal(
        size(join(dir, segs[segs.length - 1])),
        4096,
        'the current one has zeros up to its roll size',
      );
      const copy = crashImage(dir);
      dirs.push(copy);
      const warnings: string[] = [];
      const back = StreamLog.open(copy, { onWarning: (m) => warnings.push(m) });
      assert.equal(warnings.length, 0, warnings.join('\n'));
      assert.deepEqual(
        streamBodies(back),
        Array.from({ length: 60 }, (_, i) => ({ offset: i, seq: i })),
      );
      await back.close();
      await log.close();
    } finally {
      for (const d of dirs) rm(d);
    }
  });
});
