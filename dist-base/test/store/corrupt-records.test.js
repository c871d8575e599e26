// A corrupt record in a SegmentLog segment costs that record only (recovery.ts, resync.ts): never the records
// after it, whatever byte is damaged (payload, CRC field, length field), in the segment being written or in a
// sealed one without its .idx; a damaged stretch costs the records it covers; only a torn tail is cut.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
import { fixedBody, fixedIndex, flip, RECORD, recordStarts, rng, zero } from './damage.js';
import { files, rm, tempDir } from './helpers.js';
const SEG = 2 ** 32;
const H = Buffer.from('h');
async function inDir(fn) {
    const dir = tempDir();
    try {
        await fn(dir);
    }
    finally {
        rm(dir);
    }
}
/** n persistent records of RECORD bytes each (fixedBody), closed cleanly; their positions. */
async function fill(dir, n, segmentSize) {
    const log = SegmentLog.open(dir, { segmentSize });
    const ps = [];
    for (let i = 0; i < n; i++)
        ps.push(log.append(1, i, H, fixedBody(i)));
    await log.close();
    return ps;
}
function open(dir, segmentSize) {
    const warnings = [];
    const corruption = [];
    const log = SegmentLog.open(dir, {
        segmentSize,
        onWarning: (m) => warnings.push(m),
        onCorruption: (what, n) => corruption.push(`${what}:${n}`),
    });
    return { log, warnings, corruption };
}
function drainIds(log) {
    const out = [];
    for (let r = log.shift(); r; r = log.shift())
        out.push(fixedIndex(r.body));
    return out;
}
const allBut = (n, lost) => Array.from({ length: n }, (_, i) => i).filter((i) => !lost(i));
describe('SegmentLog: a corrupt record costs that record only', () => {
    test('a flipped payload byte in the segment being written: that record is lost, the rest kept; appends go after them', () => inDir(async (dir) => {
        const ps = await fill(dir, 100);
        const seg = join(dir, '00000001.seg');
        const size = fs.statSync(seg).size;
        flip(seg, (ps[10] % SEG) + 30, 0x04);
        const { log, warnings, corruption } = open(dir);
        assert.deepEqual(drainIds(log), allBut(100, (i) => i === 10));
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], new RegExp(`corrupt record at offset ${ps[10] % SEG}; skipped ${RECORD} bytes \\(that record\\)`));
        assert.deepEqual(corruption, ['record:1']);
        assert.equal(log.stats.corruptRecords, 1);
        assert.equal(log.count, 99);
        assert.equal(fs.statSync(seg).size, size, 'nothing truncated');
        // Appends go after the records that follow the hole, never over the damaged bytes.
        assert.equal(log.append(1, 100, H, fixedBody(100)), ps[0] + size);
        log.ack(ps[50]);
        await log.close();
        const again = open(dir);
        assert.deepEqual(drainIds(again.log), allBut(101, (i) => i === 10 || i === 50));
        assert.equal(again.warnings.length, 1, 'the hole in the segment being written is found again');
        await again.log.close();
    }));
    test('a sealed segment without its .idx: that record only; the .idx written at open remembers the hole', () => inDir(async (dir) => {
        const ps = await fill(dir, 120, 2048);
        const segs = files(dir, '.seg');
        assert.ok(segs.length >= 3);
        const path = join(dir, segs[0]);
        flip(path, (ps[5] % SEG) + 40, 0x80);
        fs.unlinkSync(path.replace('.seg', '.idx'));
        const { log, warnings } = open(dir, 2048);
        assert.deepEqual(drainIds(log), allBut(120, (i) => i === 5));
        assert.equal(warnings.length, 1, warnings.join('\n'));
        await log.close();
        const again = open(dir, 2048);
        assert.deepEqual(again.warnings, [], 'loaded from the new .idx, hole included');
        assert.ok(again.log.stats.indexedSegments >= 2);
        assert.deepEqual(drainIds(again.log), allBut(120, (i) => i === 5));
        await again.log.close();
    }));
    test('a flipped bit anywhere in a length field costs that record only (each of the 32 bits)', () => inDir(async (dir) => {
        // With records of one size, bit 6 or 7 makes the length point exactly at a later record: skipping by
        // that length would swallow valid records (the record's own CRC shows where it really ends).
        for (let bit = 0; bit < 32; bit++) {
            rm(dir);
            const ps = await fill(dir, 60);
            const seg = join(dir, '00000001.seg');
            flip(seg, (ps[20] % SEG) + (bit >>> 3), 1 << (bit & 7));
            const { log, warnings } = open(dir);
            assert.deepEqual(drainIds(log), allBut(60, (i) => i === 20), `bit ${bit}`);
            assert.equal(warnings.length, 1, `bit ${bit}: ${warnings.join('\n')}`);
            assert.match(warnings[0], /\(that record\)/, `bit ${bit}`);
            await log.close();
        }
    }));
    test('any byte of any record, flipped: exactly that record is lost (records of random sizes)', () => inDir(async (dir) => {
        const rnd = rng(20261211);
        for (let trial = 0; trial < 120; trial++) {
            rm(dir);
            const log = SegmentLog.open(dir);
            const n = 20 + rnd(30);
            for (let i = 0; i < n; i++) {
                const body = Buffer.alloc(6 + rnd(300), i & 0xff);
                body.write(`m${String(i).padStart(5, '0')}`);
                log.append(1, i, Buffer.alloc(rnd(40), 7), body);
            }
            await log.close();
            const seg = join(dir, '00000001.seg');
            const starts = recordStarts(seg);
            const k = rnd(n);
            const end = k + 1 < n ? starts[k + 1] : fs.statSync(seg).size;
            const pos = starts[k] + rnd(end - starts[k]);
            flip(seg, pos, 1 + rnd(255));
            const again = open(dir);
            assert.deepEqual(drainIds(again.log), allBut(n, (i) => i === k), `trial ${trial}: record ${k}, byte ${pos}`);
            await again.log.close();
        }
    }));
    test('a zeroed stretch (a lost sector) costs the records it covers, no more', () => inDir(async (dir) => {
        const ps = await fill(dir, 100);
        const seg = join(dir, '00000001.seg');
        // From inside record 10 to inside record 18.
        zero(seg, (ps[10] % SEG) + 10, 512);
        const { log, warnings, corruption } = open(dir);
        assert.deepEqual(drainIds(log), allBut(100, (i) => i >= 10 && i <= 18));
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /one or more records/);
        assert.deepEqual(corruption, ['record:1']);
        await log.close();
    }));
    test('two damaged records in a row, the second in its length field: those two only', () => inDir(async (dir) => {
        const ps = await fill(dir, 50);
        const seg = join(dir, '00000001.seg');
        flip(seg, (ps[10] % SEG) + 25, 0x01);
        flip(seg, (ps[11] % SEG) + 2, 0x10);
        const { log } = open(dir);
        assert.deepEqual(drainIds(log), allBut(50, (i) => i === 10 || i === 11));
        await log.close();
    }));
    test('a damaged last record is a torn tail: cut, and the next append takes its place', () => inDir(async (dir) => {
        const ps = await fill(dir, 30);
        const seg = join(dir, '00000001.seg');
        flip(seg, (ps[29] % SEG) + 30, 0x01);
        const { log, warnings, corruption } = open(dir);
        assert.deepEqual(drainIds(log), allBut(30, (i) => i === 29));
        assert.match(warnings[0], /nothing valid after it; truncating/);
        assert.deepEqual(corruption, [], 'a torn tail is what a crash leaves, not counted as corruption');
        assert.equal(fs.statSync(seg).size, ps[29] % SEG);
        assert.equal(log.append(1, 0, H, fixedBody(30)), ps[29]);
        await log.close();
    }));
    test('a corrupt record of an indexed segment, found when first read, is counted too', () => inDir(async (dir) => {
        const ps = await fill(dir, 120, 2048);
        const path = join(dir, files(dir, '.seg')[0]);
        flip(path, (ps[3] % SEG) + 30, 0x02);
        const { log, warnings, corruption } = open(dir, 2048);
        assert.deepEqual(corruption, [], 'an indexed segment is not read at open');
        assert.deepEqual(drainIds(log), allBut(120, (i) => i === 3));
        assert.equal(warnings.length, 1);
        assert.deepEqual(corruption, ['record:1']);
        assert.equal(log.stats.corruptRecords, 1);
        await log.close();
    }));
});
//# sourceMappingURL=corrupt-records.test.js.map