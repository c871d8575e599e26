import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
import { files, rm, tempDir } from './helpers.js';

const SEG = 2 ** 32;
const syncP = (log: SegmentLog): Promise<void> =>
  new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));

function drain(log: SegmentLog): { pos: number; body: string; flags: number }[] {
  const out: { pos: number; body: string; flags: number }[] = [];
  for (let r = log.shift(); r; r = log.shift())
    out.push({ pos: log.lastPosition, body: r.body.toString(), flags: r.flags });
  return out;
}

function reopen(dir: string, segmentSize?: number): { log: SegmentLog; warnings: string[] } {
  const warnings: string[] = [];
  const log = SegmentLog.open(dir, { segmentSize, onWarning: (m) => warnings.push(m) });
  return { log, warnings };
}

/** Appends n persistent records m0..m(n-1), closes, returns their positions. */
async function fill(dir: string, n: number, segmentSize?: number): Promise<number[]> {
  const log = SegmentLog.open(dir, { segmentSize });
  const ps: number[] = [];
  for (let i = 0; i < n; i++) ps.push(log.append(1, i, Buffer.from(`h${i}`), Buffer.from(`m${i}`)));
  await log.close();
  return ps;
}

async function inDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  try {
    await fn(dir);
  } finally {
    rm(dir);
  }
}

describe('SegmentLog recovery', () => {
  test('reopen yields exactly the un-acked persistent records, in order, with counters', () =>
    inDir(async (dir) => {
      const log = SegmentLog.open(dir, { segmentSize: 2048 });
      const ps: number[] = [];
      for (let i = 0; i < 200; i++)
        ps.push(log.append(i % 4 === 3 ? 0 : 1, i, Buffer.from('h'), Buffer.from(`m${i}`)));
      for (let i = 0; i < 200; i += 5) log.ack(ps[i]);
      await syncP(log);
      await log.close();
      const want = ps
        .map((p, i) => ({ p, i }))
        .filter(({ i }) => i % 5 !== 0 && i % 4 !== 3)
        .map(({ p, i }) => ({ pos: p, body: `m${i}`, flags: 1 }));
      const { log: again, warnings } = reopen(dir, 2048);
      assert.deepEqual(warnings, []);
      assert.equal(again.count, want.length);
      assert.equal(
        again.bytes,
        want.reduce((s, w) => s + 1 + w.body.length, 0),
      );
      assert.deepEqual(drain(again), want);
      const p = again.append(1, 1, Buffer.alloc(0), Buffer.from('new'));
      assert.ok(p > ps[199], 'appends continue after the recovered records');
      await again.close();
    }));

  test('random operations with reopens keep exactly the un-acked persistent records', () =>
    inDir(async (dir) => {
      let log = SegmentLog.open(dir, { segmentSize: 4096 });
      let model: { pos: number; body: string; persistent: boolean; acked: boolean }[] = [];
      let seed = 777;
      const rnd = (n: number): number => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      const shifted: number[] = [];
      for (let round = 0; round < 8; round++) {
        for (let step = 0; step < 400; step++) {
          const op = rnd(10);
          if (op < 5) {
            const persistent = rnd(4) > 0;
            const body = `b${round}.${step}`.padEnd(10 + rnd(200), '.');
            model.push({
              pos: log.append(persistent ? 1 : 0, step, Buffer.alloc(0), Buffer.from(body)),
              body,
              persistent,
              acked: false,
            });
          } else if (op < 8) {
            if (log.shift()) shifted.push(log.lastPosition);
          } else if (shifted.length > 0) {
            const pos = shifted.splice(rnd(shifted.length), 1)[0];
            log.ack(pos);
            const m = model.find((x) => x.pos === pos);
            if (m) m.acked = true;
          }
        }
        await log.close();
        log = SegmentLog.open(dir, { segmentSize: 4096, onWarning: (w) => assert.fail(w) });
        model = model.filter((m) => m.persistent && !m.acked);
        shifted.length = 0;
        assert.equal(log.count, model.length);
        const got: string[] = [];
        for (let r = log.shift(); r; r = log.shift()) {
          got.push(r.body.toString());
          shifted.push(log.lastPosition);
        }
        assert.deepEqual(
          got,
          model.map((m) => m.body),
        );
      }
      await log.close();
    }));

  test('torn tail: truncated last record plus garbage is cut, earlier records stay, appends continue', () =>
    inDir(async (dir) => {
      for (let trial = 0; trial < 20; trial++) {
        rm(dir);
        const ps = await fill(dir, 30);
        const seg = join(dir, '00000001.seg');
        const size = fs.statSync(seg).size;
        const lastLen = size - (ps[29] % SEG);
        const cut = 1 + Math.floor(Math.random() * (lastLen - 1)); // 1..lastLen-1 bytes of it remain
        const garbage = Buffer.from(
          Array.from({ length: Math.floor(Math.random() * 40) }, () => (Math.random() * 256) | 0),
        );
        // garbage that happened to start with the bytes cut off would rebuild the record exactly
        const original = fs.readFileSync(seg);
        if (garbage.length > 0) garbage[0] = original[(ps[29] % SEG) + cut] ^ 0xff;
        fs.truncateSync(seg, (ps[29] % SEG) + cut);
        fs.appendFileSync(seg, garbage);
        const { log, warnings } = reopen(dir);
        assert.equal(warnings.length, 1, warnings.join());
        assert.deepEqual(
          drain(log).map((r) => r.body),
          ps.slice(0, 29).map((_, i) => `m${i}`),
        );
        assert.equal(fs.statSync(seg).size, ps[29] % SEG, 'truncated to the last good record');
        const p = log.append(1, 99, Buffer.alloc(0), Buffer.from('after'));
        assert.equal(p, ps[29], "the next record takes the torn one's place");
        await log.close();
        const { log: third, warnings: w3 } = reopen(dir);
        assert.deepEqual(w3, []);
        const all = drain(third).map((r) => r.body);
        assert.equal(all.length, 30);
        assert.equal(all[29], 'after');
        await third.close();
      }
    }));

  test('a CRC mismatch in a middle record costs that record only; later records and segments survive', () =>
    inDir(async (dir) => {
      const ps = await fill(dir, 120, 1024);
      const segs = files(dir, '.seg');
      assert.ok(segs.length >= 3);
      const firstId = Math.floor(ps[0] / SEG);
      const onFirst = ps.filter((p) => Math.floor(p / SEG) === firstId);
      const bad = Math.floor(onFirst.length / 2);
      const path = join(dir, segs[0]);
      const data = fs.readFileSync(path);
      data[(onFirst[bad] % SEG) + 12] ^= 0x40; // a payload byte: length intact, CRC wrong
      fs.writeFileSync(path, data);
      // Without its index the segment is scanned at open (segment-index.test.ts covers the indexed case).
      fs.unlinkSync(path.replace('.seg', '.idx'));
      const { log, warnings } = reopen(dir, 1024);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /corrupt/);
      const got = drain(log).map((r) => r.body);
      const want = ps.map((_, i) => `m${i}`).filter((_, i) => i !== bad);
      assert.deepEqual(got, want);
      await log.close();
    }));

  test('a torn final ack entry is ignored and cut', () =>
    inDir(async (dir) => {
      const log = SegmentLog.open(dir);
      const ps: number[] = [];
      for (let i = 0; i < 5; i++) ps.push(log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`)));
      log.ack(ps[1]);
      log.ack(ps[3]);
      await log.close();
      const ack = join(dir, '00000001.ack');
      assert.equal(fs.statSync(ack).size, 8 + 2 * 8); // header and two entries (ack-file.ts)
      fs.truncateSync(ack, 8 + 8 + 6); // the second entry is torn
      const { log: again, warnings } = reopen(dir);
      assert.equal(warnings.length, 1);
      assert.deepEqual(
        drain(again).map((r) => r.body),
        ['m0', 'm2', 'm3', 'm4'],
      );
      again.ack(ps[4]);
      await again.close();
      assert.equal(fs.statSync(ack).size, 8 + 2 * 8, 'new entries stay aligned after the cut');
      const { log: third } = reopen(dir);
      assert.deepEqual(
        drain(third).map((r) => r.body),
        ['m0', 'm2', 'm3'],
      );
      await third.close();
    }));

  test('an ack whose record was lost does not ack the record appended in its place', () =>
    inDir(async (dir) => {
      const log = SegmentLog.open(dir);
      const ps: number[] = [];
      for (let i = 0; i < 5; i++) ps.push(log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`)));
      log.ack(ps[4]);
      await log.close();
      // The crash beat the data's fdatasync but not the ack file's: the last record is gone entirely.
      fs.truncateSync(join(dir, '00000001.seg'), ps[4] % SEG);
      const { log: again, warnings } = reopen(dir);
      assert.equal(warnings.length, 1);
      assert.equal(again.append(1, 9, Buffer.alloc(0), Buffer.from('replacement')), ps[4]);
      await again.close();
      const { log: third } = reopen(dir);
      assert.deepEqual(
        drain(third).map((r) => r.body),
        ['m0', 'm1', 'm2', 'm3', 'replacement'],
      );
      await third.close();
    }));

  test('purge survives reopen, and nothing comes back', () =>
    inDir(async (dir) => {
      const log = SegmentLog.open(dir, { segmentSize: 1024 });
      for (let i = 0; i < 100; i++) log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`));
      assert.equal(log.purge(), 100);
      log.append(1, 1, Buffer.alloc(0), Buffer.from('kept'));
      await log.close();
      const { log: again } = reopen(dir, 1024);
      assert.equal(again.count, 1);
      assert.deepEqual(
        drain(again).map((r) => r.body),
        ['kept'],
      );
      await again.close();
      assert.equal(files(dir, '.seg').length, 1);
    }));

  test('isDelivered: records below the recovered delivered watermark are flagged', () =>
    inDir(async (dir) => {
      const log = SegmentLog.open(dir);
      const ps: number[] = [];
      for (let i = 0; i < 10; i++) ps.push(log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`)));
      for (let i = 0; i < 5; i++) log.shift();
      log.ack(ps[0]);
      log.ack(ps[2]);
      assert.equal(log.isDelivered(ps[1]), false, 'nothing is "delivered before a restart" in the first run');
      await log.close();
      const { log: again } = reopen(dir);
      const got = drain(again).map((r) => [r.body, again.isDelivered(r.pos)]);
      assert.deepEqual(got, [
        ['m1', true],
        ['m3', true],
        ['m4', true],
        ['m5', false],
        ['m6', false],
        ['m7', false],
        ['m8', false],
        ['m9', false],
      ]);
      const p = again.append(1, 1, Buffer.alloc(0), Buffer.from('new'));
      assert.equal(again.isDelivered(p), false);
      await again.close();
      // The watermark only rises: a run that delivers nothing keeps the old one.
      const { log: third } = reopen(dir);
      assert.equal(third.isDelivered(ps[4]), true);
      assert.equal(third.isDelivered(ps[5]), true, 'm5..m9 were shifted by the second run');
      assert.equal(third.isDelivered(p), false);
      await third.close();
    }));

  test('a damaged cursor file flags every recovered record as possibly delivered', () =>
    inDir(async (dir) => {
      const ps = await fill(dir, 3);
      fs.writeFileSync(join(dir, 'cursor'), Buffer.from('garbage!garbage!'));
      const { log, warnings } = reopen(dir);
      assert.equal(warnings.length, 1);
      for (const p of ps) assert.equal(log.isDelivered(p), true);
      assert.equal(log.isDelivered(log.append(1, 1, Buffer.alloc(0), Buffer.alloc(1))), false);
      await log.close();
    }));

  test('fully acked segments left by a crash are removed at open; orphan .ack files too', () =>
    inDir(async (dir) => {
      const log = SegmentLog.open(dir, { segmentSize: 1024 });
      const ps: number[] = [];
      for (let i = 0; i < 100; i++) ps.push(log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`)));
      await log.close();
      const segs = files(dir, '.seg');
      // Simulate acks written to a segment's .ack file whose deletion never happened.
      const firstId = Math.floor(ps[0] / SEG);
      const onFirst = ps.filter((p) => Math.floor(p / SEG) === firstId);
      const ack = Buffer.alloc(onFirst.length * 4);
      for (let i = 0; i < onFirst.length; i++) ack.writeUInt32LE(onFirst[i] % SEG, i * 4);
      fs.writeFileSync(join(dir, segs[0].replace('.seg', '.ack')), ack);
      fs.writeFileSync(join(dir, '99999999.ack'), Buffer.alloc(4));
      const { log: again } = reopen(dir, 1024);
      assert.ok(!files(dir, '.seg').includes(segs[0]));
      assert.deepEqual(files(dir, '.ack'), []);
      assert.equal(again.count, 100 - onFirst.length);
      await again.close();
    }));
});
