// StreamLog.compact (invariant 10): sealed segments rewritten through a decision per record, offsets
// unchanged (one-offset records and batches alike), dropped records read as holes, replaced bodies read
// back, a reader positioned inside a rewritten segment carries on at the same place, the active segment
// untouched, and the result is what a reopen finds.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { StreamLog } from '../../src/store/index.js';
import { files, rm, tempDir } from './helpers.js';
const dirs = [];
after(() => {
    for (const d of dirs)
        rm(d);
});
const body = (i) => Buffer.from(`record-${i}`.padEnd(100, '.'));
function readAll(log) {
    return log
        .read(0, 1 << 30)
        .map((b) => ({ offset: b.offset, count: b.count, body: b.body.toString().replace(/\.+$/, '') }));
}
test('compact drops and replaces records of sealed segments without moving offsets', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const log = StreamLog.open(dir, { segmentSize: 1024 });
    // one-offset records 0..19, then batches of 3 offsets (20..22, 23..25, ...), then more one-offset ones
    for (let i = 0; i < 20; i++)
        log.append(1, 1000 + i, Buffer.alloc(0), body(i));
    for (let i = 20; i < 50; i += 3)
        log.appendBatch(1, 1000 + i, 3, Buffer.alloc(0), body(i));
    for (let i = 50; i < 70; i++)
        log.append(1, 1000 + i, Buffer.alloc(0), body(i));
    await log.syncPromise();
    const before = readAll(log);
    const active = log.activeSegmentBase;
    assert.ok(active > 30, 'several segments sealed');
    const reader = log.reader(0);
    for (let i = 0; i < 3; i++)
        reader.next();
    const sizeBefore = files(dir, '.seg').length;
    const r = log.compact(Infinity, (v) => {
        if (v.offset % 2 === 1 && v.count === 1)
            return null; // odd one-offset records go
        if (v.count === 3)
            return Buffer.from(`batch-${v.offset}`); // batches get a new body
        return undefined;
    });
    assert.ok(r.segments > 0 && r.bytesFreed > 0);
    const want = before
        .filter((b) => b.offset >= active || !(b.offset % 2 === 1 && b.count === 1))
        .map((b) => (b.offset < active && b.count === 3 ? { ...b, body: `batch-${b.offset}` } : b));
    assert.deepEqual(readAll(log), want);
    // the reader stood at offset 3 in the first segment, which was rewritten
    const next = [];
    for (let v = reader.next(); v !== undefined && v.offset < 12; v = reader.next())
        next.push(v.offset);
    assert.deepEqual(next, [4, 6, 8, 10]);
    reader.close();
    assert.equal(files(dir, '.seg').length, sizeBefore, 'one file per segment, as before');
    assert.equal(files(dir, '.compacting').length, 0);
    // nothing left to do: a second pass rewrites nothing
    assert.equal(log.compact(Infinity, () => undefined).segments, 0);
    const next50 = log.append(1, 2000, Buffer.alloc(0), body(999));
    assert.equal(next50, 70);
    await log.close();
    const again = StreamLog.open(dir, { segmentSize: 1024 });
    assert.deepEqual(readAll(again).slice(0, want.length), want);
    assert.equal(again.nextOffset, 71);
    await again.close();
});
//# sourceMappingURL=stream-compaction.test.js.map