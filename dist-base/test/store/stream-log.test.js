import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { StreamLog } from '../../src/store/index.js';
import { files, rm, tempDir } from './helpers.js';
const tick = () => new Promise((r) => setImmediate(r));
const syncP = (log) => new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));
const body = (i, size = 40) => {
    const b = Buffer.alloc(size, i & 0xff);
    b.write(`#${i}#`);
    return b;
};
const seqOf = (b) => Number(/^#(\d+)#/.exec(b.toString('latin1', 0, 24))[1]);
function readAll(r) {
    const out = [];
    for (let v = r.next(); v; v = r.next())
        out.push({ offset: v.offset, seq: seqOf(v.body), ts: v.timestamp });
    return out;
}
/** Waits until a durable log has made its pending directory changes durable (retention waits for that). */
async function settle(log) {
    await syncP(log);
    for (let i = 0; i < 5; i++)
        await tick();
    await syncP(log);
}
function functional(name, durable) {
    describe(`StreamLog functional (${name})`, () => {
        const dirs = [];
        const make = (opts) => {
            const dir = tempDir();
            dirs.push(dir);
            return StreamLog.open(dir, { ...opts, durable });
        };
        after(() => {
            for (const d of dirs)
                rm(d);
        });
        test('offsets are sequential from 0 and records are readable at once (read-your-writes)', async () => {
            const log = make({ segmentSize: 1024 });
            assert.equal(log.firstOffset, 0);
            assert.equal(log.nextOffset, 0);
            assert.equal(log.lastChunkOffset(), 0);
            const r = log.reader(0);
            assert.equal(r.next(), undefined);
            for (let i = 0; i < 200; i++) {
                assert.equal(log.append(1, 1000 + i, Buffer.from(`h${i}`), body(i)), i);
                const v = r.next();
                assert.equal(v.offset, i);
                assert.equal(v.head.toString(), `h${i}`);
                assert.equal(seqOf(v.body), i);
                assert.equal(v.timestamp, 1000 + i);
                assert.equal(v.flags, 1);
                assert.equal(r.offset, i + 1);
                assert.equal(r.next(), undefined);
            }
            assert.equal(log.count, 200);
            assert.equal(log.bytes, 200 * 40 + [...Array(200).keys()].reduce((a, i) => a + `h${i}`.length, 0));
            assert.equal(log.nextOffset, 200);
            // Consuming removes nothing.
            assert.deepEqual(readAll(log.reader(0)).map((x) => x.seq), [...Array(200).keys()]);
            r.close();
            await log.close();
            if (!durable)
                assert.deepEqual(fs.readdirSync(dirs[dirs.length - 1]), [], 'memory only: no files');
        });
        test('readers are independent; offsets are clamped to [firstOffset, nextOffset]', async () => {
            const log = make({ segmentSize: 2048 });
            for (let i = 0; i < 500; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            const a = log.reader(10);
            const b = log.reader(300);
            assert.equal(a.next().offset, 10);
            assert.equal(b.next().offset, 300);
            assert.equal(a.next().offset, 11);
            const restB = readAll(b);
            assert.equal(restB.length, 199);
            assert.equal(restB[0].offset, 301);
            assert.equal(a.next().offset, 12, 'b reading to the end does not move a');
            const beyond = log.reader(10_000);
            assert.equal(beyond.offset, 500);
            assert.equal(beyond.next(), undefined);
            const negative = log.reader(-5);
            assert.equal(negative.offset, 0);
            assert.equal(negative.next().offset, 0);
            // A reader at the tail resumes when more is appended.
            log.append(1, 500, Buffer.alloc(0), body(500));
            assert.equal(beyond.next().offset, 500);
            assert.equal(b.next().offset, 500);
            for (const r of [a, b, beyond, negative])
                r.close();
            assert.equal(a.next(), undefined, 'a closed reader returns nothing');
            await log.close();
        });
        test('head/body slices stay valid while later records are read', async () => {
            const log = make({ segmentSize: 64 * 1024, readAhead: 8192 });
            for (let i = 0; i < 3000; i++)
                log.append(1, i, Buffer.from('x'), body(i, 100 + (i % 50)));
            await syncP(log);
            const r = log.reader(0);
            const held = [];
            for (let v = r.next(); v; v = r.next())
                if (v.offset % 97 === 0)
                    held.push(v.body);
            held.forEach((b, k) => assert.equal(seqOf(b), k * 97));
            await log.close();
        });
        test('offsetForTimestamp finds the first record at or after a time', async () => {
            const log = make({ segmentSize: 4096 });
            assert.equal(log.offsetForTimestamp(0), 0);
            for (let i = 0; i < 1000; i++)
                log.append(1, 10_000 + i * 10, Buffer.alloc(0), body(i));
            assert.equal(log.offsetForTimestamp(0), 0);
            assert.equal(log.offsetForTimestamp(10_000), 0);
            assert.equal(log.offsetForTimestamp(10_001), 1);
            assert.equal(log.offsetForTimestamp(10_000 + 5000), 500);
            assert.equal(log.offsetForTimestamp(10_000 + 9990), 999);
            assert.equal(log.offsetForTimestamp(10_000 + 9991), 1000);
            assert.equal(log.offsetForTimestamp(Number.POSITIVE_INFINITY), 1000);
            // Timestamps going backwards (a clock step) do not confuse the search.
            log.append(1, 5, Buffer.alloc(0), body(1000));
            log.append(1, 50_000, Buffer.alloc(0), body(1001));
            assert.equal(log.offsetForTimestamp(20_000), 1001);
            await log.close();
        });
        test('lastChunkOffset is the first record of the last tick of appends', async () => {
            const log = make();
            for (let i = 0; i < 5; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            assert.equal(log.lastChunkOffset(), 0);
            await tick();
            for (let i = 5; i < 8; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            assert.equal(log.lastChunkOffset(), 5);
            await tick();
            assert.equal(log.lastChunkOffset(), 5);
            log.append(1, 8, Buffer.alloc(0), body(8));
            assert.equal(log.lastChunkOffset(), 8);
            assert.equal(log.reader(log.lastChunkOffset()).next().offset, 8);
            await log.close();
        });
        test('retention by bytes deletes whole old segments, keeps the current one; readers skip forward', async () => {
            // 61 bytes a record: 16 records (976 bytes) a segment.
            const log = make({ segmentSize: 1000, maxBytes: 3000 });
            const early = log.reader(0);
            for (let i = 0; i < 20; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            assert.equal(early.next().offset, 0);
            for (let i = 20; i < 200; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            if (durable)
                await settle(log);
            assert.ok(log.firstOffset > 0, 'retention ran by itself after the appends');
            assert.equal(log.applyRetention(), 0);
            const first = log.firstOffset;
            assert.ok(first > 0 && first % 16 === 0, `first offset ${first}`);
            assert.ok(log.diskSize <= 3000 && log.diskSize > 3000 - 976, `disk ${log.diskSize}`);
            assert.equal(log.count, 200 - first);
            assert.equal(log.nextOffset, 200);
            if (durable) {
                const dir = dirs[dirs.length - 1];
                assert.equal(files(dir, '.seg').length, Math.ceil((200 - first) / 16));
                assert.equal(files(dir, '.seg')[0], String(first).padStart(20, '0') + '.seg');
            }
            const v = early.next();
            assert.equal(v.offset, first, 'a reader behind the retained data skips forward');
            assert.equal(seqOf(v.body), first);
            assert.equal(log.reader(0).offset, first);
            assert.equal(readAll(log.reader(0)).length, 200 - first);
            // A limit below one segment still keeps the current segment.
            const tiny = make({ segmentSize: 1000, maxBytes: 1 });
            for (let i = 0; i < 100; i++)
                tiny.append(1, i, Buffer.alloc(0), body(i));
            if (durable)
                await settle(tiny);
            tiny.applyRetention();
            assert.equal(tiny.firstOffset, 96);
            assert.deepEqual(readAll(tiny.reader(0)).map((x) => x.seq), [96, 97, 98, 99]);
            early.close();
            await log.close();
            await tiny.close();
        });
        test('retention by age deletes segments whose newest record is too old, keeps the current one', async () => {
            const now = Date.now();
            const log = make({ segmentSize: 1000, maxAgeMs: 60_000 });
            for (let i = 0; i < 100; i++)
                log.append(1, now - 120_000, Buffer.alloc(0), body(i));
            for (let i = 100; i < 140; i++)
                log.append(1, now, Buffer.alloc(0), body(i));
            if (durable)
                await settle(log);
            log.applyRetention(now);
            // Segment [96, 112) holds old and new records: it and everything after it stay.
            assert.equal(log.firstOffset, 96);
            assert.equal(log.offsetForTimestamp(now), 100);
            const dropped = log.applyRetention(now + 120_000);
            assert.equal(dropped, 128 - 96);
            assert.equal(log.firstOffset, 128);
            assert.equal(log.count, 12);
            assert.equal(log.applyRetention(now + 10_000_000), 0, 'the current segment always stays');
            assert.equal(log.append(1, now, Buffer.alloc(0), body(140)), 140);
            await log.close();
        });
        test('age retention also runs on its timer', async () => {
            // An age of 1 s, the records all stamped before the first append and checked before anything
            // awaits: on a loaded machine appending (or a settle) can outlast a shorter age, and retention
            // is then right to drop them before the check.
            const log = make({ segmentSize: 1000, maxAgeMs: 1000, retentionIntervalMs: 10 });
            const stamp = Date.now();
            for (let i = 0; i < 100; i++)
                log.append(1, stamp, Buffer.alloc(0), body(i));
            assert.ok(Date.now() - stamp < 1000, 'appended within the age');
            assert.equal(log.firstOffset, 0);
            if (durable)
                await settle(log);
            const until = Date.now() + 10_000;
            while (log.firstOffset < 96 && Date.now() < until)
                await new Promise((r) => setTimeout(r, 10));
            assert.equal(log.firstOffset, 96);
            await log.close();
        });
        test('a reader part-way through a segment that retention deletes continues at the first retained offset', async () => {
            const log = make({ segmentSize: 1000, maxBytes: 10_000, readAhead: 4096 });
            for (let i = 0; i < 150; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            await syncP(log);
            const r = log.reader(0);
            for (let i = 0; i < 20; i++)
                assert.equal(r.next().offset, i);
            const kept = r.next().body; // a slice into the reader's read-ahead of a segment about to go
            for (let i = 150; i < 300; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            if (durable)
                await settle(log);
            log.applyRetention();
            const first = log.firstOffset;
            assert.ok(first > 21, `first ${first}`);
            assert.equal(r.offset, first);
            assert.equal(r.next().offset, first);
            assert.equal(seqOf(kept), 20, 'a slice handed out stays valid after its segment is deleted');
            r.close();
            await log.close();
        });
        test('a record larger than the segment size gets a segment of its own', async () => {
            const log = make({ segmentSize: 1000 });
            log.append(1, 0, Buffer.alloc(0), body(0));
            log.append(1, 1, Buffer.from('big'), body(1, 5000));
            log.append(1, 2, Buffer.alloc(0), body(2));
            await syncP(log);
            const all = readAll(log.reader(0));
            assert.deepEqual(all.map((x) => x.seq), [0, 1, 2]);
            await log.close();
        });
        test('thousands of readers at different offsets hold little read-ahead each', async () => {
            const log = make({ segmentSize: 256 * 1024 });
            for (let i = 0; i < 20_000; i++)
                log.append(1, i, Buffer.alloc(0), body(i, 100));
            await syncP(log);
            const readers = [];
            for (let k = 0; k < 2000; k++)
                readers.push(log.reader(k * 10));
            for (let round = 0; round < 3; round++) {
                for (let k = 0; k < readers.length; k++) {
                    const v = readers[k].next();
                    assert.equal(v.offset, k * 10 + round);
                    assert.equal(seqOf(v.body), k * 10 + round);
                }
            }
            // A reader's first refill is 16 KiB (and any refill beyond the 64 MiB budget): far below 1 MiB each.
            const used = log.readAheadUsed;
            assert.ok(used <= 2000 * 16 * 1024, `read-ahead ${used}`);
            for (const r of readers)
                r.close();
            assert.equal(log.readAheadUsed, 0);
            await log.close();
        });
        test('closed log: append throws, sync fails, readers end', async () => {
            const log = make();
            log.append(1, 0, Buffer.alloc(0), body(0));
            const r = log.reader(0);
            await log.close();
            assert.throws(() => log.append(1, 0, Buffer.alloc(0), body(1)));
            await assert.rejects(syncP(log));
            assert.equal(r.next(), undefined);
            await log.destroy();
        });
    });
}
functional('durable', true);
functional('memory', false);
describe('StreamLog durability and recovery', () => {
    test('sync calls back after an fdatasync; segment files are named by first offset', async () => {
        const dir = tempDir();
        try {
            const log = StreamLog.open(dir, { segmentSize: 1000 });
            for (let i = 0; i < 40; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            assert.equal(log.stats.fsyncs, 0);
            await syncP(log);
            assert.ok(log.stats.fsyncs >= 1);
            assert.deepEqual(files(dir, '.seg'), [
                '00000000000000000000.seg',
                '00000000000000000016.seg',
                '00000000000000000032.seg',
            ]);
            assert.ok(fs.readFileSync(join(dir, '00000000000000000016.seg')).includes('#16#'));
            await log.close();
        }
        finally {
            rm(dir);
        }
    });
    test('offsets, contents and timestamps are stable across reopen; appends continue the sequence', async () => {
        const dir = tempDir();
        try {
            let log = StreamLog.open(dir, { segmentSize: 1000 });
            for (let i = 0; i < 100; i++)
                log.append(1, 5000 + i, Buffer.from(`h${i}`), body(i));
            await log.close();
            for (let round = 0; round < 2; round++) {
                log = StreamLog.open(dir, { segmentSize: 1000 });
                const n = 100 + round * 50;
                assert.equal(log.nextOffset, n);
                assert.equal(log.count, n);
                assert.equal(log.lastChunkOffset(), n - 1, 'after a restart the last chunk is the last record');
                const all = readAll(log.reader(0));
                assert.deepEqual(all.map((x) => x.offset), [...Array(n).keys()]);
                assert.deepEqual(all.map((x) => x.seq), [...Array(n).keys()]);
                assert.equal(all[42].ts, 5042);
                assert.equal(log.offsetForTimestamp(5042), 42);
                for (let i = n; i < n + 50; i++)
                    assert.equal(log.append(1, 5000 + i, Buffer.alloc(0), body(i)), i);
                await log.close();
            }
        }
        finally {
            rm(dir);
        }
    });
    test('a stream ending exactly at a segment boundary, or emptied by retention, keeps its offsets', async () => {
        const dir = tempDir();
        try {
            let log = StreamLog.open(dir, { segmentSize: 976 }); // exactly 16 records of 61 bytes
            for (let i = 0; i < 32; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            await log.close();
            log = StreamLog.open(dir, { segmentSize: 976, maxBytes: 1 });
            // Reopen rolled to a new (empty) current segment; retention dropped everything before it.
            assert.equal(log.firstOffset, 32);
            assert.equal(log.nextOffset, 32);
            assert.equal(log.count, 0);
            assert.equal(log.reader(0).next(), undefined);
            await log.close();
            log = StreamLog.open(dir, { segmentSize: 976 });
            assert.equal(log.nextOffset, 32);
            assert.equal(log.append(1, 0, Buffer.alloc(0), body(32)), 32);
            await log.close();
        }
        finally {
            rm(dir);
        }
    });
    test('retention by size and age applies across restarts', async () => {
        const dir = tempDir();
        try {
            const now = Date.now();
            let log = StreamLog.open(dir, { segmentSize: 1000 });
            for (let i = 0; i < 64; i++)
                log.append(1, now - 3_600_000, Buffer.alloc(0), body(i));
            for (let i = 64; i < 200; i++)
                log.append(1, now, Buffer.alloc(0), body(i));
            await log.close();
            log = StreamLog.open(dir, { segmentSize: 1000, maxAgeMs: 60_000 });
            assert.equal(log.firstOffset, 64, 'age retention at open');
            await log.close();
            log = StreamLog.open(dir, { segmentSize: 1000, maxBytes: 2000 });
            assert.equal(log.firstOffset, 176, 'size retention at open');
            assert.deepEqual(files(dir, '.seg'), ['00000000000000000176.seg', '00000000000000000192.seg']);
            assert.equal(readAll(log.reader(0))[0].seq, 176);
            await log.close();
        }
        finally {
            rm(dir);
        }
    });
    test('readers spread over many segments share a bounded set of descriptors', async () => {
        const dir = tempDir();
        try {
            let log = StreamLog.open(dir, { segmentSize: 1000 });
            for (let i = 0; i < 3400; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            await log.close();
            const fds = () => fs.readdirSync('/proc/self/fd').length;
            const before = fds();
            log = StreamLog.open(dir, { segmentSize: 1000 });
            const readers = [];
            for (let k = 0; k < 200; k++)
                readers.push(log.reader(k * 16 + (k % 16)));
            for (let round = 0; round < 20; round++) {
                for (let k = 0; k < readers.length; k++) {
                    const want = k * 16 + (k % 16) + round;
                    const v = readers[k].next();
                    assert.equal(v.offset, want);
                    assert.equal(seqOf(v.body), want);
                }
            }
            assert.ok(fds() - before <= 40, `${fds() - before} descriptors for 200 readers over 200 segments`);
            for (const r of readers)
                r.close();
            await log.close();
            assert.ok(fds() <= before, 'close releases every descriptor');
        }
        finally {
            rm(dir);
        }
    });
    test('transient records are dropped on recovery, leaving holes that readers skip', async () => {
        const dir = tempDir();
        try {
            let log = StreamLog.open(dir, { segmentSize: 1000 });
            for (let i = 0; i < 50; i++)
                log.append(i % 5 === 0 ? 0 : 1, i, Buffer.alloc(0), body(i));
            await log.close();
            log = StreamLog.open(dir, { segmentSize: 1000 });
            assert.equal(log.nextOffset, 50);
            assert.equal(log.count, 40);
            const all = readAll(log.reader(0));
            assert.deepEqual(all.map((x) => x.offset), [...Array(50).keys()].filter((i) => i % 5 !== 0));
            assert.ok(all.every((x) => x.seq === x.offset));
            const r = log.reader(10);
            assert.equal(r.next().offset, 11);
            await log.close();
        }
        finally {
            rm(dir);
        }
    });
    test('a torn tail is truncated and every complete record recovered', async () => {
        const dir = tempDir();
        try {
            let log = StreamLog.open(dir, { segmentSize: 1000 });
            for (let i = 0; i < 40; i++)
                log.append(1, i, Buffer.alloc(0), body(i));
            await log.close();
            // Crash mid-write: the last record of the last segment is cut short, then garbage is appended.
            const last = join(dir, '00000000000000000032.seg');
            fs.truncateSync(last, fs.statSync(last).size - 7);
            const warnings = [];
            log = StreamLog.open(dir, { segmentSize: 1000, onWarning: (m) => warnings.push(m) });
            assert.equal(warnings.length, 1);
            assert.equal(log.nextOffset, 39);
            assert.deepEqual(readAll(log.reader(0)).map((x) => x.seq), [...Array(39).keys()]);
            assert.equal(log.append(1, 0, Buffer.alloc(0), body(39)), 39);
            await log.close();
            fs.appendFileSync(last, Buffer.from('\x40\x00\x00\x00garbage'));
            warnings.length = 0;
            log = StreamLog.open(dir, { segmentSize: 1000, onWarning: (m) => warnings.push(m) });
            assert.equal(warnings.length, 1);
            assert.equal(log.nextOffset, 40);
            assert.equal(readAll(log.reader(0)).length, 40);
            // A corrupt byte inside an older segment costs that record only; every other record keeps its offset.
            await log.close();
            const mid = join(dir, '00000000000000000016.seg');
            const data = fs.readFileSync(mid);
            data[61 * 10 + 30] ^= 0xff;
            fs.writeFileSync(mid, data);
            log = StreamLog.open(dir, { segmentSize: 1000 });
            const offs = readAll(log.reader(0)).map((x) => x.offset);
            assert.deepEqual(offs, [...Array(40).keys()].filter((i) => i !== 26));
            assert.equal(log.nextOffset, 40);
            await log.destroy();
            assert.equal(fs.existsSync(dir), false);
        }
        finally {
            rm(dir);
        }
    });
});
//# sourceMappingURL=stream-log.test.js.map