import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
import { files, rm, tempDir } from './helpers.js';
import { logConformance } from './log-conformance.js';

const dirs: string[] = [];
logConformance('SegmentLog', {
  make: (opts) => {
    const dir = tempDir();
    dirs.push(dir);
    return SegmentLog.open(dir, { segmentSize: opts?.small ? 16 * 1024 : undefined });
  },
  cleanup: () => {
    for (const d of dirs) rm(d);
  },
});

const syncP = (log: SegmentLog): Promise<void> =>
  new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));

describe('SegmentLog durability and files', () => {
  test('sync calls back only after the record is written and fdatasynced', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      log.append(1, 1, Buffer.from('h'), Buffer.from('durable-payload-1'));
      assert.equal(log.stats.fsyncs, 0);
      const seg = join(dir, '00000001.seg');
      assert.equal(fs.statSync(seg).size, 0, 'nothing written within the appending tick');
      await new Promise<void>((resolve) =>
        log.sync(() => {
          assert.ok(log.stats.fsyncs >= 1);
          assert.ok(fs.readFileSync(seg).includes('durable-payload-1'));
          resolve();
        }),
      );
      await log.close();
    } finally {
      rm(dir);
    }
  });

  test('group commit: 10 000 synced appends share a handful of fdatasyncs', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      let done = 0;
      const all: Promise<void>[] = [];
      // One burst in a single tick, then bursts over many ticks while fsyncs are in flight.
      for (let i = 0; i < 5000; i++) {
        log.append(1, i, Buffer.alloc(0), Buffer.alloc(100));
        all.push(syncP(log).then(() => void done++));
      }
      const burst = log.stats.fsyncs;
      for (let t = 0; t < 50; t++) {
        await new Promise((r) => setImmediate(r));
        for (let i = 0; i < 100; i++) {
          log.append(1, i, Buffer.alloc(0), Buffer.alloc(100));
          all.push(syncP(log).then(() => void done++));
        }
      }
      await Promise.all(all);
      assert.equal(done, 10_000);
      const fsyncs = log.stats.fsyncs;
      assert.ok(fsyncs < 500, `${fsyncs} fdatasyncs for 10 000 syncs`);
      assert.equal(burst, 0, 'the first round starts on the next tick');
      await log.close();
      console.log(`# group commit: ${fsyncs} fdatasyncs, ${log.stats.commits} rounds for 10000 syncs`);
    } finally {
      rm(dir);
    }
  });

  test('a sync with only transient records pending needs no fdatasync', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      log.append(1, 1, Buffer.alloc(0), Buffer.from('p'));
      await syncP(log);
      const before = log.stats.fsyncs;
      log.append(0, 1, Buffer.alloc(0), Buffer.from('t'));
      await syncP(log);
      assert.equal(log.stats.fsyncs, before);
      await log.close();
    } finally {
      rm(dir);
    }
  });

  test('segments roll at segmentSize and are deleted once fully acked, except the current one', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir, { segmentSize: 4096 });
      const ps: number[] = [];
      for (let i = 0; i < 100; i++) ps.push(log.append(1, i, Buffer.alloc(0), Buffer.alloc(200, i)));
      await syncP(log);
      const segs = files(dir, '.seg');
      assert.ok(segs.length >= 5, `rolled into ${segs.length} segments`);
      for (const f of segs) assert.ok(fs.statSync(join(dir, f)).size <= 4096);
      const firstSeg = Math.floor(ps[0] / 2 ** 32);
      const onFirst = ps.filter((p) => Math.floor(p / 2 ** 32) === firstSeg);
      for (const p of onFirst.slice(1)) log.ack(p);
      assert.ok(files(dir, '.seg').includes(segs[0]), 'not all acked yet');
      log.ack(onFirst[0]);
      assert.ok(!files(dir, '.seg').includes(segs[0]), 'fully acked segment deleted');
      assert.ok(!files(dir, '.ack').includes(segs[0].replace('.seg', '.ack')));
      for (const p of ps) log.ack(p);
      assert.deepEqual(files(dir, '.seg'), [segs[segs.length - 1]], 'the current segment stays');
      assert.equal(log.shift(), undefined);
      // the deleted files' blocks are freed in the thread pool: nothing is left once it ran
      for (const until = Date.now() + 5000; files(dir, '.trash').length > 0 && Date.now() < until;)
        await new Promise((r) => setTimeout(r, 5));
      assert.deepEqual(files(dir, '.trash'), []);
      await log.close();
    } finally {
      rm(dir);
    }
  });

  test('files set aside for unlinking by a process that ended first are removed at the next open', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      log.append(1, 1, Buffer.alloc(0), Buffer.from('kept'));
      await syncP(log);
      await log.close();
      fs.writeFileSync(join(dir, '00000007.seg.3.trash'), 'old');
      fs.writeFileSync(join(dir, '00000007.idx.3.trash'), 'old');
      const again = SegmentLog.open(dir);
      assert.equal(again.shift()?.body.toString(), 'kept', 'a trash file is not a segment');
      for (const until = Date.now() + 5000; files(dir, '.trash').length > 0 && Date.now() < until;)
        await new Promise((r) => setTimeout(r, 5));
      assert.deepEqual(files(dir, '.trash'), []);
      await again.close();
    } finally {
      rm(dir);
    }
  });

  test('acks reach the .ack file without anybody asking for a sync', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir, { ackSyncDelayMs: 10 });
      const p = log.append(1, 1, Buffer.alloc(0), Buffer.from('x'));
      log.append(1, 1, Buffer.alloc(0), Buffer.from('y'));
      log.ack(p);
      // nothing here asks for a sync: the log's own background round must write the ack (a deadline, not a sleep)
      const ackFile = join(dir, '00000001.ack');
      const size = () => (fs.existsSync(ackFile) ? fs.statSync(ackFile).size : 0);
      const until = Date.now() + 10_000;
      while (size() < 8 + 8 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      assert.equal(size(), 8 + 8); // header + one entry (ack-file.ts)
      await log.close();
    } finally {
      rm(dir);
    }
  });

  test("a round publishers wait for syncs their segment, not the ack file: that is the background round's", async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir, { ackSyncDelayMs: 50 });
      const p = log.append(1, 1, Buffer.alloc(0), Buffer.from('x'));
      const q = log.append(1, 1, Buffer.alloc(0), Buffer.from('x'));
      // the .ack file and its directory entry exist (and are synced) before what is measured
      log.ack(p);
      await syncP(log);
      await new Promise((r) => setTimeout(r, 200));
      log.ack(q);
      log.append(1, 2, Buffer.alloc(0), Buffer.from('y'));
      const before = log.stats.fsyncs;
      await syncP(log);
      assert.equal(log.stats.fsyncs - before, 1, 'one fdatasync: the segment');
      // the ack is in the file already (the page cache keeps it through a SIGKILL) ...
      assert.equal(fs.statSync(join(dir, '00000001.ack')).size, 8 + 2 * 8);
      // ... and its own fdatasync comes with the background round, nobody asking
      const until = Date.now() + 10_000;
      while (log.stats.fsyncs === before + 1 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 10));
      assert.equal(log.stats.fsyncs, before + 2);
      await log.close();
    } finally {
      rm(dir);
    }
  });

  test('destroy removes the directory and fails pending syncs', async () => {
    const dir = tempDir();
    try {
      const log = SegmentLog.open(dir);
      log.append(1, 1, Buffer.alloc(0), Buffer.from('x'));
      const res = new Promise<Error | undefined>((r) => log.sync(r));
      await log.destroy();
      assert.ok((await res) instanceof Error);
      assert.equal(fs.existsSync(dir), false);
    } finally {
      rm(dir);
    }
  });
});

test('a log opened in the directory of a log being destroyed keeps its own records, and only them', async () => {
  const dir = tempDir();
  try {
    const old = SegmentLog.open(dir);
    for (let i = 0; i < 100; i++) old.append(1, i, Buffer.alloc(0), Buffer.from(`old-${i}`));
    await syncP(old);
    // a sync in flight when the delete comes, as under load: destroy has to wait for it
    old.append(1, 100, Buffer.alloc(0), Buffer.from('old-100'));
    const destroyed = old.destroy();
    // a queue of the same name declared at once (AMQP delete then declare)
    const next = SegmentLog.open(dir);
    assert.equal(next.shift(), undefined, 'the new log must not recover the deleted log records');
    for (let i = 0; i < 10; i++) next.append(1, i, Buffer.alloc(0), Buffer.from(`new-${i}`));
    await syncP(next);
    await destroyed;
    await next.close();
    const reopened = SegmentLog.open(dir);
    const bodies: string[] = [];
    for (let r = reopened.shift(); r !== undefined; r = reopened.shift()) bodies.push(r.body.toString());
    assert.deepEqual(
      bodies,
      Array.from({ length: 10 }, (_, i) => `new-${i}`),
    );
    await reopened.close();
    assert.deepEqual(
      fs.readdirSync(join(dir, '..')).filter((n) => n.startsWith(`${join(dir).split('/').pop()}.deleted-`)),
      [],
      'the set-aside directory is removed',
    );
  } finally {
    rm(dir);
  }
});
