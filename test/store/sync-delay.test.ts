// The benchmark-only slow disk (syncDelayMs): every group-commit round waits before its
// fdatasync, and a round still covers everything written before it (the slow-disk bench
// relies on both: more messages per round, none confirmed before its sync). A stream log
// keeps two rounds in flight: the slow disk makes their overlap visible.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SegmentLog, StreamLog } from '../../src/store/index.js';

const sync = (log: SegmentLog) =>
  new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    log.sync((err) => (err ? reject(err) : resolve(performance.now() - t0)));
  });

test('a log with syncDelayMs syncs each round that much later, and one round serves every waiting sync', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-sync-delay-'));
  try {
    const log = SegmentLog.open(dir, { syncDelayMs: 80 });
    log.append(1, 1, Buffer.alloc(0), Buffer.from('a'));
    assert.ok((await sync(log)) >= 75, 'the round waited');
    for (let i = 0; i < 100; i++) log.append(1, 1, Buffer.alloc(0), Buffer.from(`m${i}`));
    const rounds = log.stats.commits;
    const took = await Promise.all(Array.from({ length: 10 }, () => sync(log)));
    assert.ok(Math.min(...took) >= 75);
    assert.ok(
      log.stats.commits - rounds <= 2,
      `ten syncs requested together took ${log.stats.commits - rounds} rounds`,
    );
    await log.close();
    const back = SegmentLog.open(dir);
    assert.equal(back.count, 101, 'everything synced is there after a reopen');
    await back.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a stream log starts a second round while one runs, at most two, and completes them in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-sync-delay-'));
  const DELAY = 300;
  try {
    const log = StreamLog.open(dir, { syncDelayMs: DELAY });
    const order: string[] = [];
    const timed = (name: string) =>
      new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        log.sync((err) => {
          order.push(name);
          if (err) reject(err);
          else resolve(performance.now() - t0);
        });
      });
    log.append(1, 1, Buffer.alloc(0), Buffer.from('a'));
    const a = timed('a');
    await new Promise((r) => setTimeout(r, 50));
    log.append(1, 1, Buffer.alloc(0), Buffer.from('b'));
    const b = timed('b');
    const bVisible = log.waitFor(1, 10_000);
    await new Promise((r) => setTimeout(r, 50));
    log.append(1, 1, Buffer.alloc(0), Buffer.from('c'));
    const c = timed('c');
    const [tookA, tookB, tookC] = await Promise.all([a, b, c]);
    assert.ok(tookA >= DELAY - 5, `a waited for its round (${tookA} ms)`);
    // one round: b would wait for a's round to end (DELAY - 50 ms) and then for its own (DELAY)
    assert.ok(tookB >= DELAY - 5 && tookB < DELAY * 1.5, `b had a round of its own at once (${tookB} ms)`);
    // two rounds in flight: c waits for a's to complete before its own starts
    assert.ok(tookC >= DELAY * 1.5, `c waited for a round to complete first (${tookC} ms)`);
    assert.deepEqual(order, ['a', 'b', 'c'], 'rounds complete in the order they started');
    assert.equal(await bVisible, true);
    assert.equal(log.highWatermark, 3);
    await log.close();
    const back = StreamLog.open(dir);
    assert.equal(back.count, 3, 'everything synced is there after a reopen');
    await back.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
