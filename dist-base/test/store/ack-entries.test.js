// .ack files (ack-file.ts): a damaged entry must at worst bring a message back, never ack another one; files of
// the earlier format (bare u32 offsets) are read and converted; the current format reads harmlessly to the
// earlier reader (every extra word names no record).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
import { fixedBody, fixedIndex, RECORD } from './damage.js';
import { rm, tempDir } from './helpers.js';
const SEG = 2 ** 32;
const H = Buffer.from('h');
const ACK = '00000001.ack';
async function inDir(fn) {
    const dir = tempDir();
    try {
        await fn(dir);
    }
    finally {
        rm(dir);
    }
}
/**
 * n records (RECORD bytes each, so record i is at offset i * RECORD), the listed ones delivered (shifted) and
 * acked; closed.
 */
async function fill(dir, n, acked) {
    const log = SegmentLog.open(dir);
    const ps = [];
    for (let i = 0; i < n; i++)
        ps.push(log.append(1, i, H, fixedBody(i)));
    if (acked.length > 0)
        for (let i = 0; i <= Math.max(...acked); i++)
            log.shift();
    for (const i of acked)
        log.ack(ps[i]);
    await log.close();
    return ps;
}
function open(dir) {
    const warnings = [];
    const corruption = [];
    const log = SegmentLog.open(dir, {
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
/**
 * File positions of the u32 offset of each entry, in either format: 8-byte entries after an 8-byte header
 * starting 0xFFFFFFFF, or (the earlier format) bare 4-byte offsets.
 */
function entryOffsets(path) {
    const data = fs.readFileSync(path);
    const v2 = data.length >= 4 && data.readUInt32LE(0) === 0xffffffff;
    const out = [];
    for (let p = v2 ? 8 : 0; p + 4 <= data.length; p += v2 ? 8 : 4)
        out.push(p);
    return out;
}
const range = (n, drop) => Array.from({ length: n }, (_, i) => i).filter((i) => !drop(i));
describe('ack files', () => {
    test('a damaged ack entry naming another record does not ack it: the record it acked comes back instead', () => inDir(async (dir) => {
        assert.equal(RECORD, 64);
        // Record 1 is at offset 0x40, record 3 at 0xC0: one flipped byte (bit 7) turns one into the other.
        const ps = await fill(dir, 10, [1]);
        const path = join(dir, ACK);
        const [at] = entryOffsets(path);
        const data = fs.readFileSync(path);
        assert.equal(data.readUInt32LE(at), 1 * RECORD);
        data[at] ^= 0x80;
        assert.equal(data.readUInt32LE(at), 3 * RECORD);
        fs.writeFileSync(path, data);
        const { log, warnings, corruption } = open(dir);
        assert.deepEqual(drainIds(log), range(10, () => false), 'record 3 is not acked; record 1 is back');
        assert.ok(log.isDelivered(ps[1]), 'the returning record is flagged as possibly delivered');
        assert.ok(!log.isDelivered(ps[3]), 'the record the damaged entry named was never delivered');
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /1 damaged ack entries ignored/);
        assert.deepEqual(corruption, ['ack:1']);
        assert.equal(log.stats.corruptAcks, 1);
        await log.close();
    }));
    test('a damaged check word, or a torn entry, is ignored and the file rewritten clean', () => inDir(async (dir) => {
        const ps = await fill(dir, 10, [2, 4, 6]);
        const path = join(dir, ACK);
        const data = fs.readFileSync(path);
        data[8 + 8 + 5] ^= 0x01; // the check word of the entry for record 4
        fs.writeFileSync(path, Buffer.concat([data, Buffer.from([1, 2, 3])])); // and a torn entry
        const { log, warnings } = open(dir);
        assert.deepEqual(drainIds(log), range(10, (i) => i === 2 || i === 6));
        assert.equal(warnings.length, 2, warnings.join('\n'));
        assert.equal(fs.statSync(path).size, 8 + 2 * 8, 'rewritten with the two good entries');
        log.ack(ps[0]);
        await log.close();
        const again = open(dir);
        assert.deepEqual(again.warnings, []);
        assert.deepEqual(drainIds(again.log), range(10, (i) => i === 0 || i === 2 || i === 6));
        await again.log.close();
    }));
    test('an ack file of the earlier format (bare offsets) is read, converted, then appended to', () => inDir(async (dir) => {
        const ps = await fill(dir, 10, []);
        const old = Buffer.alloc(12);
        old.writeUInt32LE(ps[1] % SEG, 0);
        old.writeUInt32LE(ps[5] % SEG, 4);
        old.writeUInt32LE(ps[7] % SEG, 8);
        const path = join(dir, ACK);
        fs.writeFileSync(path, old);
        const { log, warnings } = open(dir);
        assert.deepEqual(warnings, []);
        assert.deepEqual(drainIds(log), range(10, (i) => i === 1 || i === 5 || i === 7));
        assert.equal(fs.readFileSync(path).readUInt32LE(0), 0xffffffff, 'converted at open');
        log.ack(ps[8]);
        await log.close();
        const again = open(dir);
        assert.deepEqual(again.warnings, []);
        assert.deepEqual(drainIds(again.log), range(10, (i) => i === 1 || i === 5 || i === 7 || i === 8));
        await again.log.close();
    }));
    test('every word of a current ack file that is not an acked offset names no record (the earlier reader drops it)', () => inDir(async (dir) => {
        const ps = await fill(dir, 300, [0, 1, 2, 17, 100, 299]);
        const data = fs.readFileSync(join(dir, ACK));
        const offsets = new Set(ps.map((p) => p % SEG));
        const acked = new Set([0, 1, 2, 17, 100, 299].map((i) => ps[i] % SEG));
        for (let p = 0; p < data.length; p += 4) {
            const w = data.readUInt32LE(p);
            if (acked.has(w))
                continue;
            assert.ok(!offsets.has(w), `word ${w} at byte ${p} would ack a record`);
            assert.ok(w === 0xffffffff || w === 2 || w >= 0xff000000, `word ${w} at byte ${p}`);
        }
    }));
    test('an ack file of an unknown later version: its acks are ignored (records come back), not misread', () => inDir(async (dir) => {
        await fill(dir, 5, [1, 2]);
        const path = join(dir, ACK);
        const data = fs.readFileSync(path);
        data.writeUInt32LE(3, 4);
        fs.writeFileSync(path, data);
        const { log, warnings } = open(dir);
        assert.match(warnings[0], /unknown ack file version 3/);
        assert.deepEqual(drainIds(log), [0, 1, 2, 3, 4]);
        await log.close();
    }));
    test('a conversion cut short by a crash (its temporary file) is removed at open', () => inDir(async (dir) => {
        await fill(dir, 5, [3]);
        fs.writeFileSync(join(dir, `${ACK}.tmp`), Buffer.from([1, 2, 3]));
        const { log } = open(dir);
        assert.deepEqual(drainIds(log), [0, 1, 2, 4]);
        assert.equal(fs.existsSync(join(dir, `${ACK}.tmp`)), false);
        await log.close();
    }));
});
//# sourceMappingURL=ack-entries.test.js.map