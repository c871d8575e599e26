// A corrupt record in a StreamLog segment costs that record only, and every other record keeps its offset
// (stream-recovery.ts): a hole keeps the offsets it held; a damaged stretch of unknown size never lowers a
// later offset (a consumer that stored one could skip records), and in a sealed segment keeps them exact.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { StreamLog } from '../../src/store/index.js';
import { fixedBody, fixedIndex, flip, recordStarts, zero } from './damage.js';
import { files, rm, tempDir } from './helpers.js';
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
/** n persistent records (record i has timestamp 1000 + i and body fixedBody(i)), closed cleanly. */
async function fill(dir, n, segmentSize) {
    const log = StreamLog.open(dir, { segmentSize });
    for (let i = 0; i < n; i++)
        assert.equal(log.append(1, 1000 + i, H, fixedBody(i)), i);
    await log.close();
}
function open(dir, segmentSize) {
    const warnings = [];
    const corruption = [];
    const log = StreamLog.open(dir, {
        segmentSize,
        onWarning: (m) => warnings.push(m),
        onCorruption: (_what, n) => corruption.push(n),
    });
    return { log, warnings, corruption };
}
/** offset -> record number of every record a reader from 0 returns. */
function readAll(log) {
    const out = new Map();
    const r = log.reader(0);
    for (let v = r.next(); v; v = r.next())
        out.set(v.offset, fixedIndex(v.body));
    r.close();
    return out;
}
const exact = (n, lost) => new Map(Array.from({ length: n }, (_, i) => i)
    .filter((i) => !lost(i))
    .map((i) => [i, i]));
describe('StreamLog: a corrupt record costs that record only, offsets stay', () => {
    test('a flipped payload byte in the last segment: that offset is a hole, every other offset unchanged', () => inDir(async (dir) => {
        await fill(dir, 80);
        const seg = join(dir, files(dir, '.seg')[0]);
        const starts = recordStarts(seg);
        flip(seg, starts[30] + 33, 0x20);
        const { log, warnings, corruption } = open(dir);
        assert.deepEqual(readAll(log), exact(80, (i) => i === 30));
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.deepEqual(corruption, [1]);
        assert.equal(log.stats.corruptRecords, 1);
        assert.equal(log.count, 79);
        assert.equal(log.nextOffset, 80);
        assert.equal(log.append(1, 2000, H, fixedBody(80)), 80, 'appends continue the sequence');
        await log.close();
        const again = open(dir);
        assert.deepEqual(readAll(again.log), exact(81, (i) => i === 30));
        await again.log.close();
    }));
    test('a flipped bit anywhere in a length field costs that offset only (each of the 32 bits)', () => inDir(async (dir) => {
        for (let bit = 0; bit < 32; bit++) {
            rm(dir);
            await fill(dir, 50);
            const seg = join(dir, files(dir, '.seg')[0]);
            flip(seg, recordStarts(seg)[20] + (bit >>> 3), 1 << (bit & 7));
            const { log } = open(dir);
            assert.deepEqual(readAll(log), exact(50, (i) => i === 20), `bit ${bit}`);
            assert.equal(log.nextOffset, 50, `bit ${bit}`);
            await log.close();
        }
    }));
    test('a zeroed stretch in a sealed segment: exactly the offsets it covered are lost, later ones exact', () => inDir(async (dir) => {
        await fill(dir, 200, 4096);
        const segs = files(dir, '.seg');
        assert.ok(segs.length >= 3);
        const first = join(dir, segs[0]);
        const starts = recordStarts(first);
        zero(first, starts[10] + 10, 512); // records 10..18
        const { log, warnings } = open(dir, 4096);
        assert.deepEqual(readAll(log), exact(200, (i) => i >= 10 && i <= 18));
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.equal(log.nextOffset, 200);
        await log.close();
    }));
    test('a zeroed stretch in the last segment: no record lost but those, none moves to a lower offset', () => inDir(async (dir) => {
        await fill(dir, 100);
        const seg = join(dir, files(dir, '.seg')[0]);
        zero(seg, recordStarts(seg)[10] + 10, 512); // records 10..18
        const { log } = open(dir);
        const got = readAll(log);
        assert.deepEqual([...got.values()], Array.from({ length: 100 }, (_, i) => i).filter((i) => i < 10 || i > 18));
        for (const [offset, i] of got)
            assert.ok(offset >= i, `record ${i} moved down to offset ${offset}`);
        for (const [offset, i] of got)
            if (i < 10)
                assert.equal(offset, i);
        assert.ok(log.nextOffset >= 100);
        const next = log.nextOffset;
        assert.equal(log.append(1, 0, H, fixedBody(100)), next);
        await log.close();
        const again = open(dir);
        assert.deepEqual([...readAll(again.log)], [...got, [next, 100]], 'the same offsets at the next open');
        await again.log.close();
    }));
    test('a hole at the start of a segment: timestamps still find records', () => inDir(async (dir) => {
        await fill(dir, 200, 4096);
        const segs = files(dir, '.seg');
        const second = join(dir, segs[1]);
        const base = Number(segs[1].slice(0, 20));
        flip(second, 30, 0x01); // the first record's payload
        const { log } = open(dir, 4096);
        assert.equal(log.offsetForTimestamp(1000 + base), base + 1);
        assert.equal(log.offsetForTimestamp(1000 + base + 5), base + 5);
        assert.equal(log.offsetForTimestamp(1000 + base - 1), base - 1);
        assert.deepEqual(readAll(log), exact(200, (i) => i === base));
        await log.close();
    }));
});
describe('StreamLog: a corrupt record is never a reason to truncate', () => {
    test('the file keeps its size when a middle record is damaged', () => inDir(async (dir) => {
        await fill(dir, 40);
        const seg = join(dir, files(dir, '.seg')[0]);
        const size = fs.statSync(seg).size;
        flip(seg, recordStarts(seg)[5] + 4, 0xff); // the CRC field
        const { log } = open(dir);
        assert.equal(fs.statSync(seg).size, size);
        await log.close();
    }));
});
//# sourceMappingURL=stream-corrupt.test.js.map