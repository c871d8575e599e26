// StreamLog records that cover several offsets (stream-record.ts): offsets, counts and bytes across reopen,
// segment rolls, and damage. A corrupt batch costs its own offsets only: the records after it keep theirs,
// whether the damage spared the batch's prefix (its own count is believed), the next record is a batch
// (it says where it starts), or neither (a sealed segment's total decides).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32c, StreamLog } from '../../src/store/index.js';
import { readFileSync } from 'node:fs';
import { flip, recordStarts } from './damage.js';
import { files, rm, tempDir } from './helpers.js';
const E = Buffer.alloc(0);
const body = (i) => {
    const b = Buffer.alloc(48, 0x2e);
    b.write(`#${i}#`);
    return b;
};
const idOf = (b) => Number(/^#(\d+)#/.exec(b.toString('latin1', 0, 16))[1]);
/** The layout the tests write: record i covers counts[i] offsets. */
const COUNTS = [1, 5, 1, 3, 1, 1, 7, 2, 1, 4];
async function fill(dir, segmentSize) {
    const log = StreamLog.open(dir, { segmentSize });
    const want = new Map();
    for (let i = 0; i < COUNTS.length; i++) {
        const o = COUNTS[i] === 1
            ? log.append(1, 100 + i, E, body(i))
            : log.appendBatch(1, 100 + i, COUNTS[i], E, body(i));
        want.set(o, [COUNTS[i], i]);
    }
    await log.close();
    return want;
}
function readAll(log) {
    const out = new Map();
    const r = log.reader(0);
    for (let v = r.next(); v; v = r.next())
        out.set(v.offset, [v.count, idOf(v.body)]);
    r.close();
    return out;
}
const without = (m, id) => new Map([...m].filter(([, [, i]]) => i !== id));
describe('StreamLog batches', () => {
    test('counts, bytes and offsets survive reopen and rolls; appends continue after the last batch', async () => {
        const dir = tempDir();
        try {
            const want = await fill(dir, 160);
            assert.ok(files(dir, '.seg').length > 3, 'several segments');
            const log = StreamLog.open(dir, { segmentSize: 160 });
            assert.deepEqual(readAll(log), want);
            assert.equal(log.count, 26);
            assert.equal(log.bytes, 48 * COUNTS.length);
            assert.equal(log.nextOffset, 26);
            assert.equal(log.highWatermark, 26);
            assert.equal(log.appendBatch(1, 0, 3, E, body(99)), 26);
            assert.equal(log.nextOffset, 29);
            await log.close();
        }
        finally {
            rm(dir);
        }
    });
    for (const [what, id] of [
        ['a batch whose prefix the damage spared', 1],
        ['a batch followed by one-offset records', 6],
        ['a one-offset record followed by a batch', 5],
    ]) {
        test(`a corrupt record in the last segment: ${what}; every other record keeps its offset`, async () => {
            const dir = tempDir();
            try {
                const want = await fill(dir);
                const [seg] = files(dir, '.seg');
                const at = recordStarts(`${dir}/${seg}`)[id];
                flip(`${dir}/${seg}`, at + 21 + 8 + 20, 0x40); // a byte of the body
                const warnings = [];
                const log = StreamLog.open(dir, { onWarning: (m) => warnings.push(m) });
                assert.deepEqual(readAll(log), without(want, id));
                assert.equal(log.nextOffset, 26);
                assert.equal(log.count, 26 - COUNTS[id]);
                assert.ok(warnings.some((w) => w.includes('corrupt')));
                await log.close();
            }
            finally {
                rm(dir);
            }
        });
    }
    test('a batch whose prefix is damaged, in a sealed segment: the next file name bounds it', async () => {
        const dir = tempDir();
        try {
            // records 0-2 in the first segment (1 + 5 + 1 offsets), the rest after
            const want = await fill(dir, 3 * (21 + 48) + 8 + 10);
            const segs = files(dir, '.seg');
            assert.ok(segs.length >= 2);
            const at = recordStarts(`${dir}/${segs[0]}`)[1];
            flip(`${dir}/${segs[0]}`, at + 21 + 1, 0x01); // the count in the prefix
            const log = StreamLog.open(dir, { segmentSize: 3 * (21 + 48) + 8 + 10 });
            assert.deepEqual(readAll(log), without(want, 1));
            await log.close();
        }
        finally {
            rm(dir);
        }
    });
    test("a batch appended with its caller's CRC of the body's tail is stored byte for byte as without it", async () => {
        const dirs = [tempDir(), tempDir()];
        try {
            const batch = Buffer.alloc(5000);
            for (let i = 0; i < batch.length; i++)
                batch[i] = (i * 31 + 7) & 0xff;
            const tailCrc = crc32c(batch, 21);
            for (const [k, dir] of dirs.entries()) {
                const log = StreamLog.open(dir);
                log.append(1, 1, E, body(0));
                for (let n = 0; n < 3; n++)
                    log.appendBatch(1, 2 + n, 4, E, batch, {
                        offsetField: 0,
                        bodyCrc: k === 0 ? undefined : { from: 21, crc: tailCrc },
                    });
                await log.close();
            }
            const seg = files(dirs[0], '.seg')[0];
            assert.ok(readFileSync(`${dirs[1]}/${seg}`).equals(readFileSync(`${dirs[0]}/${seg}`)));
            const log = StreamLog.open(dirs[1]);
            const r = log.reader(0);
            const offsets = [];
            for (let v = r.next(); v; v = r.next())
                offsets.push(v.offset);
            r.close();
            assert.deepEqual(offsets, [0, 1, 5, 9], 'every record passes its CRC check on reopen');
            await log.close();
        }
        finally {
            for (const d of dirs)
                rm(d);
        }
    });
    test('a wrong caller CRC makes a record that recovery drops as corrupt; a range before the offset field is refused', async () => {
        const dir = tempDir();
        try {
            const batch = Buffer.alloc(200, 0x41);
            const log = StreamLog.open(dir);
            assert.throws(() => log.appendBatch(1, 1, 2, E, batch, { offsetField: 0, bodyCrc: { from: 4, crc: 0 } }));
            log.appendBatch(1, 1, 2, E, batch, { offsetField: 0 });
            log.appendBatch(1, 2, 2, E, batch, {
                offsetField: 0,
                bodyCrc: { from: 21, crc: crc32c(batch, 21) ^ 1 },
            });
            log.appendBatch(1, 3, 2, E, batch, { offsetField: 0, bodyCrc: { from: 21, crc: crc32c(batch, 21) } });
            await log.close();
            const again = StreamLog.open(dir);
            const r = again.reader(0);
            const offsets = [];
            for (let v = r.next(); v; v = r.next())
                offsets.push(v.offset);
            r.close();
            assert.deepEqual(offsets, [0, 4]);
            await again.close();
        }
        finally {
            rm(dir);
        }
    });
});
//# sourceMappingURL=stream-batches.test.js.map