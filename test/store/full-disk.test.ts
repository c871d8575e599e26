// Logs on a real, full file system (a small tmpfs; root only): a failed write poisons nothing, the records it
// held get failed syncs and are withdrawn (never delivered, never recovered), appends are refused until space
// returns and accepted again after; ack and cursor files that hit ENOSPC cost a warning, never a confirm.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog, StreamLog } from '../../src/store/index.js';
import { fillDisk, withTmpfs } from '../helpers/tmpfs.js';

const MiB = 1024 * 1024;
const BODY = 1000;

const body = (i: number): Buffer => {
  const b = Buffer.alloc(BODY, i & 0xff);
  b.writeUInt32LE(i, 0);
  return b;
};

type Syncable = { sync(cb: (err?: Error) => void): void };
const syncP = (log: Syncable): Promise<Error | undefined> => new Promise((resolve) => log.sync(resolve));

/** Appends batches of persistent records with a sync each until a sync fails; returns what was confirmed. */
async function publishUntilFull(
  log: { append(f: number, ts: number, h: Buffer, b: Buffer): number } & Syncable,
  first = 0,
): Promise<{ confirmed: number[]; failed: number[]; err: Error }> {
  const confirmed: number[] = [];
  for (let seq = first; ;) {
    const batch: number[] = [];
    for (let k = 0; k < 50; k++, seq++) {
      log.append(1, seq, Buffer.alloc(0), body(seq));
      batch.push(seq);
    }
    const err = await syncP(log);
    if (err) return { confirmed, failed: batch, err };
    confirmed.push(...batch);
  }
}

/** append() refused the record (LogRefusedError, by name: this file also runs against older builds). */
function refused(e: unknown, code: string): boolean {
  return (e as Error).name === 'LogRefusedError' && (e as NodeJS.ErrnoException).code === code;
}

function collect(warnings: string[]): (msg: string) => void {
  return (msg) => warnings.push(msg);
}

describe('SegmentLog on a full disk', () => {
  test('a failed write is withdrawn and nacked, appends are refused, and accepted again once space returns', async (t) => {
    await withTmpfs(t, 2 * MiB, async (mnt) => {
      const filler = join(mnt, 'filler');
      fs.writeFileSync(filler, Buffer.alloc(MiB));
      const dir = join(mnt, 'q');
      const warnings: string[] = [];
      const failures: string[] = [];
      const log = SegmentLog.open(dir, {
        onWarning: collect(warnings),
        onWriteFailure: (path, err) => failures.push(`${err.code} ${path}`),
      });
      const { confirmed, failed, err } = await publishUntilFull(log);
      assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
      assert.ok(confirmed.length > 100, `confirmed ${confirmed.length}`);
      // The file holds exactly the confirmed records: the failed write's bytes were cut off.
      const seg = join(dir, '00000001.seg');
      assert.equal(fs.statSync(seg).size, confirmed.length * (21 + BODY));
      // Refused while full, each time retrying the pending bytes; reported once, with the file.
      for (let i = 0; i < 5; i++) {
        assert.throws(
          () => log.append(1, 0, Buffer.alloc(0), body(0xffffffff)),
          (e: unknown) => refused(e, 'ENOSPC'),
        );
      }
      assert.match(
        String(await syncP(log)),
        /ENOSPC/,
        'a sync fails while the pending bytes cannot be written',
      );
      const writeFailed = warnings.filter((w) => w.includes('write failed'));
      assert.equal(writeFailed.length, 1, warnings.join('\n'));
      assert.ok(writeFailed[0].startsWith(seg) && writeFailed[0].includes('ENOSPC'), writeFailed[0]);
      assert.deepEqual(failures, [`ENOSPC ${seg}`]);
      // The withdrawn records are not delivered: the log holds the confirmed ones only.
      assert.equal(log.count, confirmed.length);
      const seen: number[] = [];
      for (let r = log.shift(); r; r = log.shift()) seen.push(r.body.readUInt32LE(0));
      assert.deepEqual(seen, confirmed);
      log.rewind();

      // Space returns: the pending (withdrawn) bytes go first, then new records, confirmed.
      fs.rmSync(filler);
      const after: number[] = [];
      for (let seq = 100_000; seq < 100_050; seq++) {
        log.append(1, seq, Buffer.alloc(0), body(seq));
        after.push(seq);
      }
      assert.equal(await syncP(log), undefined);
      assert.ok(warnings.some((w) => w.startsWith(seg) && w.includes('succeeds again')));
      await log.close();

      const back = SegmentLog.open(dir);
      const recovered: number[] = [];
      for (let r = back.shift(); r; r = back.shift()) recovered.push(r.body.readUInt32LE(0));
      await back.close();
      t.diagnostic(
        `confirmed ${confirmed.length + after.length}, recovered ${recovered.length}, withdrawn ${failed.length}`,
      );
      assert.deepEqual(
        recovered,
        [...confirmed, ...after],
        'exactly the confirmed records, none of the nacked',
      );
    });
  });

  test('a record delivered before its write failed stays until acked, and is gone after a restart', async (t) => {
    await withTmpfs(t, MiB, async (mnt) => {
      const dir = join(mnt, 'q');
      const log = SegmentLog.open(dir, { onWarning: () => {} });
      log.append(1, 1, Buffer.alloc(0), body(1));
      assert.equal(await syncP(log), undefined);
      assert.equal(log.shift()!.body.readUInt32LE(0), 1); // the cursor file exists before the disk is full
      fillDisk(mnt);
      // more than the zeros written ahead of the records (preallocation.ts): those need no new blocks
      for (let i = 2; i < 300; i++) log.append(1, i, Buffer.alloc(0), body(i));
      // Read-your-writes hands out record 2 before its bytes reach the file.
      assert.equal(log.shift()!.body.readUInt32LE(0), 2);
      const delivered = log.lastPosition;
      assert.equal((await syncP(log))?.message.includes('ENOSPC'), true);
      assert.equal(log.shift(), undefined, 'records 3 to 299 were withdrawn');
      assert.equal(log.count, 2, 'records 1 and 2 (delivered) are still there');
      assert.equal(log.read(delivered).body.readUInt32LE(0), 2, 'a requeue still finds it');
      fs.rmSync(join(mnt, 'filler'));
      log.append(1, 300, Buffer.alloc(0), body(300));
      assert.equal(await syncP(log), undefined);
      await log.close();
      const back = SegmentLog.open(dir);
      const recovered: number[] = [];
      for (let r = back.shift(); r; r = back.shift()) recovered.push(r.body.readUInt32LE(0));
      await back.close();
      assert.deepEqual(recovered, [1, 300]);
    });
  });

  test('acks that hit ENOSPC are reported once and retried; they never fail a sync', async (t) => {
    await withTmpfs(t, MiB, async (mnt) => {
      const dir = join(mnt, 'q');
      const warnings: string[] = [];
      const log = SegmentLog.open(dir, { onWarning: collect(warnings), ackSyncDelayMs: 5 });
      for (let i = 0; i < 100; i++) log.append(1, i, Buffer.alloc(0), body(i));
      assert.equal(await syncP(log), undefined);
      const delivered: number[] = [];
      for (let i = 0; i < 10; i++) {
        log.shift();
        delivered.push(log.lastPosition);
      }
      await new Promise((r) => setTimeout(r, 50)); // the cursor file is written: only the acks will fail
      const filler = fillDisk(mnt);
      for (const pos of delivered) log.ack(pos);
      const ackFile = join(dir, '00000001.ack');
      const until = Date.now() + 5000;
      while (!warnings.some((w) => w.startsWith(ackFile)) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 10));
      const ackWarnings = warnings.filter((w) => w.startsWith(ackFile));
      assert.equal(ackWarnings.length, 1, warnings.join('\n'));
      assert.match(ackWarnings[0], /ack write failed .*ENOSPC/);
      await new Promise((r) => setTimeout(r, 100)); // several retries: still one warning
      assert.equal(warnings.filter((w) => w.startsWith(ackFile)).length, 1);
      assert.equal(await syncP(log), undefined, 'a sync with nothing new is not failed by the acks');
      fs.rmSync(filler);
      log.append(1, 100, Buffer.alloc(0), body(100));
      assert.equal(await syncP(log), undefined, 'not poisoned');
      // its header, then 10 entries (ack-file.ts)
      while (!(fs.existsSync(ackFile) && fs.statSync(ackFile).size === 88) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 10));
      assert.equal(fs.statSync(ackFile).size, 88, 'the acks were written once space returned');
      await log.close();
      const back = SegmentLog.open(dir);
      assert.equal(back.count, 91);
      await back.close();
    });
  });

  test('a cursor file that hits ENOSPC costs a warning; delivery goes on and the next round writes it', async (t) => {
    await withTmpfs(t, MiB, async (mnt) => {
      const dir = join(mnt, 'q');
      const warnings: string[] = [];
      const log = SegmentLog.open(dir, { onWarning: collect(warnings), ackSyncDelayMs: 5 });
      for (let i = 0; i < 10; i++) log.append(1, i, Buffer.alloc(0), body(i));
      assert.equal(await syncP(log), undefined);
      const filler = fillDisk(mnt);
      const cursor = join(dir, 'cursor');
      assert.equal(fs.existsSync(cursor), false);
      // The first delivery writes the watermark to a new (empty) cursor file: no page left for it.
      assert.equal(log.shift()!.body.readUInt32LE(0), 0);
      assert.equal(log.shift()!.body.readUInt32LE(0), 1);
      const cw = warnings.filter((w) => w.startsWith(cursor));
      assert.equal(cw.length, 1, warnings.join('\n'));
      assert.match(cw[0], /cursor write failed .*ENOSPC/);
      fs.rmSync(filler);
      const until = Date.now() + 5000;
      while (!(fs.existsSync(cursor) && fs.statSync(cursor).size === 12) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 10));
      assert.equal(fs.statSync(cursor).size, 12);
      log.append(1, 10, Buffer.alloc(0), body(10));
      assert.equal(await syncP(log), undefined);
      await log.close();
    });
  });
});

describe('StreamLog on a full disk', () => {
  test('failed writes become holes, appends are refused until space returns, confirmed offsets all recover', async (t) => {
    await withTmpfs(t, 2 * MiB, async (mnt) => {
      const filler = join(mnt, 'filler');
      fs.writeFileSync(filler, Buffer.alloc(MiB));
      const dir = join(mnt, 's');
      const warnings: string[] = [];
      const log = StreamLog.open(dir, { onWarning: collect(warnings) });
      const reader = log.reader(0);
      const { confirmed, failed, err } = await publishUntilFull(log);
      assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
      assert.throws(
        () => log.append(1, 0, Buffer.alloc(0), body(0xffffffff)),
        (e: unknown) => refused(e, 'ENOSPC'),
      );
      const seen: number[] = [];
      for (let v = reader.next(); v; v = reader.next()) seen.push(v.body.readUInt32LE(0));
      assert.deepEqual(seen, confirmed, 'the reader skips the withdrawn records');
      assert.equal(log.count, confirmed.length);
      assert.equal(warnings.filter((w) => w.includes('write failed')).length, 1, warnings.join('\n'));
      fs.rmSync(filler);
      const next = log.nextOffset;
      assert.equal(log.append(1, 1, Buffer.alloc(0), body(999_999)), next, 'offsets are not reused');
      assert.equal(await syncP(log), undefined);
      reader.close();
      await log.close();
      const back = StreamLog.open(dir);
      const r = back.reader(0);
      const recovered: number[] = [];
      for (let v = r.next(); v; v = r.next()) recovered.push(v.body.readUInt32LE(0));
      r.close();
      await back.close();
      t.diagnostic(
        `confirmed ${confirmed.length + 1}, recovered ${recovered.length}, withdrawn ${failed.length}`,
      );
      assert.deepEqual(recovered, [...confirmed, 999_999]);
    });
  });
});

/**
 * One round whose records reach the files in more than one write (full chunks are written at once, the rest at
 * the round's tick), the last of which hits ENOSPC: 300 records of ~1 KiB, a sync after the first 70 and one
 * after all; about 64 KiB of space left after the early writes. The first sync's records were all written
 * before the failure, so it is confirmed; the second fails, and the records it covers must not come back after
 * a restart although an early write of the same round had put most of them in the file.
 */
async function splitRound(
  t: { diagnostic(msg: string): void },
  mnt: string,
  log: { append(f: number, ts: number, h: Buffer, b: Buffer): number; close(): Promise<void> } & Syncable,
): Promise<{ first: Error | undefined; second: Error | undefined }> {
  const filler = fillDisk(mnt);
  fs.truncateSync(filler, fs.statSync(filler).size - 256 * 1024);
  const first = syncOf(log, 0, 70);
  const second = syncOf(log, 70, 300);
  const results = { first: await first, second: await second };
  t.diagnostic(`first sync: ${results.first?.message ?? 'ok'}; second: ${results.second?.message ?? 'ok'}`);
  fs.rmSync(filler);
  await log.close();
  return results;
}

function syncOf(
  log: { append(f: number, ts: number, h: Buffer, b: Buffer): number } & Syncable,
  from: number,
  to: number,
) {
  for (let seq = from; seq < to; seq++) log.append(1, seq, Buffer.alloc(0), body(seq));
  return syncP(log);
}

const firstSeventy = Array.from({ length: 70 }, (_, i) => i);

describe('a round written in several writes, the last of which hits ENOSPC', () => {
  test('SegmentLog: what the failed sync covered is withdrawn from the file too; the written sync is confirmed', async (t) => {
    await withTmpfs(t, 2 * MiB, async (mnt) => {
      const dir = join(mnt, 'q');
      const log = SegmentLog.open(dir);
      const { first, second } = await splitRound(t, mnt, log);
      assert.equal(first, undefined, 'the records of the first sync were all written: confirmed');
      assert.equal((second as NodeJS.ErrnoException | undefined)?.code, 'ENOSPC');
      const back = SegmentLog.open(dir);
      const recovered: number[] = [];
      for (let r = back.shift(); r; r = back.shift()) recovered.push(r.body.readUInt32LE(0));
      await back.close();
      assert.deepEqual(recovered, firstSeventy, 'exactly the confirmed records, none of the nacked');
    });
  });

  test('StreamLog: the same, as holes', async (t) => {
    await withTmpfs(t, 2 * MiB, async (mnt) => {
      const dir = join(mnt, 's');
      const log = StreamLog.open(dir);
      const { first, second } = await splitRound(t, mnt, log);
      assert.equal(first, undefined, 'the records of the first sync were all written: confirmed');
      assert.equal((second as NodeJS.ErrnoException | undefined)?.code, 'ENOSPC');
      const back = StreamLog.open(dir);
      const r = back.reader(0);
      const recovered: number[] = [];
      for (let v = r.next(); v; v = r.next()) recovered.push(v.body.readUInt32LE(0));
      r.close();
      await back.close();
      assert.deepEqual(recovered, firstSeventy, 'exactly the confirmed records, none of the nacked');
    });
  });
});
