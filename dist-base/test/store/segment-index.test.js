// Persisted segment indexes (.idx): written when a segment is sealed, used by recovery instead of a scan,
// ignored (full scan) when missing, damaged or stale, and never a way for a corrupt record to be delivered.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
import { files, rm, tempDir } from './helpers.js';
const SEG = 2 ** 32;
const SMALL = 1024;
const syncP = (log) => new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));
function drain(log) {
    const out = [];
    for (let r = log.shift(); r; r = log.shift())
        out.push(r.body.toString());
    return out;
}
function reopen(dir) {
    const warnings = [];
    const log = SegmentLog.open(dir, { segmentSize: SMALL, onWarning: (m) => warnings.push(m) });
    return { log, warnings };
}
/** n records m0..m(n-1), every 4th transient when withTransient; closed cleanly. Returns positions. */
async function fill(dir, n, withTransient = false) {
    const log = SegmentLog.open(dir, { segmentSize: SMALL });
    const ps = [];
    for (let i = 0; i < n; i++) {
        const flags = withTransient && i % 4 === 3 ? 0 : 1;
        ps.push(log.append(flags, i, Buffer.from(`h${i}`), Buffer.from(`m${i}`)));
    }
    await log.close();
    return ps;
}
const segOf = (p) => Math.floor(p / SEG);
const bodies = (n, keep = () => true) => Array.from({ length: n }, (_, i) => i)
    .filter(keep)
    .map((i) => `m${i}`);
async function inDir(fn) {
    const dir = tempDir();
    try {
        await fn(dir);
    }
    finally {
        rm(dir);
    }
}
describe('SegmentLog segment indexes', () => {
    test('a rolled segment gets its .idx once its data is synced; the current one at close', () => inDir(async (dir) => {
        const log = SegmentLog.open(dir, { segmentSize: SMALL, ackSyncDelayMs: 5 });
        for (let i = 0; i < 100; i++)
            log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`));
        await syncP(log);
        await new Promise((r) => setTimeout(r, 50)); // the round that syncs the indexes
        const segs = files(dir, '.seg');
        assert.ok(segs.length >= 3);
        const sealed = segs.slice(0, -1).map((f) => f.replace('.seg', '.idx'));
        assert.deepEqual(files(dir, '.idx'), sealed, 'every sealed segment, not the current one');
        await log.close();
        assert.deepEqual(files(dir, '.idx'), segs.map((f) => f.replace('.seg', '.idx')));
    }));
    test('reopen loads sealed segments from their index and scans only the last one', () => inDir(async (dir) => {
        await fill(dir, 200);
        const segs = files(dir, '.seg');
        const { log, warnings } = reopen(dir);
        assert.deepEqual(warnings, []);
        assert.equal(log.stats.indexedSegments, segs.length - 1);
        assert.equal(log.stats.scannedSegments, 1);
        assert.equal(log.stats.scannedBytes, fs.statSync(join(dir, segs[segs.length - 1])).size);
        assert.equal(log.count, 200);
        assert.deepEqual(drain(log), bodies(200));
        await log.close();
    }));
    test('transient records are dropped on reopen from the index; acks still apply', () => inDir(async (dir) => {
        const ps = await fill(dir, 200, true);
        const { log } = reopen(dir);
        assert.ok(log.stats.indexedSegments > 0);
        for (let i = 0; i < 200; i += 5)
            log.ack(ps[i]);
        await log.close();
        const { log: again, warnings } = reopen(dir);
        assert.deepEqual(warnings, []);
        assert.ok(again.stats.indexedSegments > 0);
        const want = bodies(200, (i) => i % 4 !== 3 && i % 5 !== 0);
        assert.equal(again.count, want.length);
        assert.deepEqual(drain(again), want);
        await again.close();
    }));
    for (const damage of [
        'bit flip',
        'truncated',
        'empty',
        'of another segment',
        'segment shortened',
    ]) {
        test(`an index that is ${damage} is ignored: full scan, same records`, () => inDir(async (dir) => {
            const ps = await fill(dir, 200);
            const segs = files(dir, '.seg');
            const idx = join(dir, segs[0].replace('.seg', '.idx'));
            const data = fs.readFileSync(idx);
            let want = bodies(200);
            if (damage === 'bit flip')
                data[data.length - 3] ^= 1;
            if (damage === 'truncated')
                fs.writeFileSync(idx, data.subarray(0, data.length - 1));
            if (damage === 'empty')
                fs.writeFileSync(idx, Buffer.alloc(0));
            if (damage === 'bit flip')
                fs.writeFileSync(idx, data);
            if (damage === 'of another segment')
                fs.copyFileSync(join(dir, segs[1].replace('.seg', '.idx')), idx);
            if (damage === 'segment shortened') {
                // The segment lost its last record after the index was written: the index covers more than exists.
                const onFirst = ps.filter((p) => segOf(p) === segOf(ps[0]));
                fs.truncateSync(join(dir, segs[0]), onFirst[onFirst.length - 1] % SEG);
                want = want.filter((_, i) => i !== onFirst.length - 1);
            }
            const { log, warnings } = reopen(dir);
            assert.equal(warnings.length, 1, warnings.join('\n'));
            assert.match(warnings[0], /scanning the segment/);
            assert.equal(log.stats.scannedSegments, 2);
            assert.equal(log.stats.indexedSegments, segs.length - 2);
            assert.deepEqual(drain(log), want);
            await log.close();
            // The scan rewrote a good index: the next open uses it.
            const { log: again, warnings: w2 } = reopen(dir);
            assert.deepEqual(w2, []);
            assert.equal(again.stats.scannedSegments, 1);
            assert.deepEqual(drain(again), want);
            await again.close();
        }));
    }
    test('a missing index means a silent full scan, and is rewritten', () => inDir(async (dir) => {
        await fill(dir, 200);
        for (const f of files(dir, '.idx'))
            fs.unlinkSync(join(dir, f));
        const { log, warnings } = reopen(dir);
        assert.deepEqual(warnings, []);
        assert.equal(log.stats.indexedSegments, 0);
        assert.deepEqual(drain(log), bodies(200));
        await log.close();
        const { log: again } = reopen(dir);
        assert.equal(again.stats.scannedSegments, 1);
        await again.close();
    }));
    test('an index covering a prefix of its segment (crash before it was rewritten): the rest is scanned', () => inDir(async (dir) => {
        const log = SegmentLog.open(dir, { segmentSize: 64 * 1024 });
        for (let i = 0; i < 10; i++)
            log.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`));
        await log.close();
        const idx = join(dir, '00000001.idx');
        const prefix = fs.readFileSync(idx);
        const log2 = SegmentLog.open(dir, { segmentSize: 64 * 1024 });
        for (let i = 10; i < 20; i++)
            log2.append(1, i, Buffer.alloc(0), Buffer.from(`m${i}`));
        await log2.close();
        // Seal segment 1 by starting segment 2, then put the old (prefix) index back.
        fs.writeFileSync(join(dir, '00000002.seg'), Buffer.alloc(0));
        fs.writeFileSync(idx, prefix);
        const seg1 = fs.statSync(join(dir, '00000001.seg')).size;
        const { log: again, warnings } = reopen(dir);
        assert.deepEqual(warnings, []);
        assert.equal(again.stats.indexedSegments, 1);
        assert.ok(again.stats.scannedBytes > 0 && again.stats.scannedBytes < seg1);
        assert.deepEqual(drain(again), bodies(20));
        await again.close();
        const { log: third } = reopen(dir);
        assert.equal(third.stats.scannedBytes, 0, 'a full index was written');
        assert.deepEqual(drain(third), bodies(20));
        await third.close();
    }));
    test('a corrupt record in an indexed segment is never delivered: dropped when read, for good', () => inDir(async (dir) => {
        const ps = await fill(dir, 120);
        const segs = files(dir, '.seg');
        const onFirst = ps.filter((p) => segOf(p) === segOf(ps[0]));
        const bad = Math.floor(onFirst.length / 2);
        const path = join(dir, segs[0]);
        const data = fs.readFileSync(path);
        data[(onFirst[bad] % SEG) + 12] ^= 0x40; // a payload byte: length intact, CRC wrong
        fs.writeFileSync(path, data);
        const { log, warnings } = reopen(dir);
        assert.deepEqual(warnings, [], 'not read yet');
        assert.equal(log.stats.indexedSegments, segs.length - 1);
        assert.throws(() => log.read(onFirst[bad]), RangeError);
        assert.equal(warnings.length, 1);
        assert.match(warnings[0], /corrupt/);
        // The index gives the boundaries, so only the corrupt record is lost.
        const want = bodies(120, (i) => i !== bad);
        assert.equal(log.count, want.length);
        assert.deepEqual(drain(log), want);
        await log.close();
        const { log: again, warnings: w2 } = reopen(dir);
        assert.deepEqual(drain(again), want);
        assert.deepEqual(w2, [], 'its drop was durable, like an ack');
        await again.close();
    }));
    test('a corrupt length field in an indexed segment is caught by shift and peek too', () => inDir(async (dir) => {
        const ps = await fill(dir, 120);
        const segs = files(dir, '.seg');
        const path = join(dir, segs[0]);
        const data = fs.readFileSync(path);
        data.writeUInt32LE(3, ps[0] % SEG); // the first record's length field
        data[(ps[1] % SEG) + 20] ^= 0xff; // and the second's head length
        fs.writeFileSync(path, data);
        const { log, warnings } = reopen(dir);
        assert.equal(log.peek()?.body.toString(), 'm2');
        assert.equal(warnings.length, 2);
        assert.deepEqual(drain(log), bodies(120, (i) => i > 1));
        await log.close();
    }));
});
//# sourceMappingURL=segment-index.test.js.map