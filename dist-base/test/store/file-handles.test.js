// The per-Broker budget of open descriptors (file-handles.ts) with real logs on real files: many logs share
// a small limit, keep within it whatever the traffic, wait rather than fail in a burst, refuse a new log only
// while every descriptor is busy, and read through transient descriptors when the budget is full.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { defaultFileHandleLimit, FileHandles, FileLimitError, processFileLimit, SegmentLog, StreamLog, } from '../../src/store/index.js';
import { rm, tempDir } from './helpers.js';
const syncP = (log) => new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));
const openFds = () => fs.readdirSync('/proc/self/fd').length;
const body = (i) => {
    const b = Buffer.alloc(300, i & 0xff);
    b.writeUInt32LE(i, 0);
    return b;
};
describe('FileHandles budget', () => {
    test('30 queues with traffic share 8 descriptors: within the limit, nothing lost', async () => {
        const root = tempDir();
        const files = new FileHandles(8);
        const before = openFds();
        try {
            const logs = Array.from({ length: 30 }, (_, i) => SegmentLog.open(join(root, `q${i}`), { files }));
            for (let round = 0; round < 3; round++) {
                for (const [i, log] of logs.entries()) {
                    for (let k = 0; k < 20; k++)
                        log.append(1, k, Buffer.alloc(0), body(i * 1000 + round * 20 + k));
                    await syncP(log);
                    // deliver and ack some: ack file and cursor file want descriptors too
                    for (let k = 0; k < 5; k++)
                        log.ack((log.shift(), log.lastPosition));
                    assert.ok(files.open <= 8, `open ${files.open}`);
                    assert.ok(openFds() - before <= 9, `process descriptors +${openFds() - before}`);
                }
            }
            await new Promise((r) => setTimeout(r, 250)); // background rounds write the acks
            assert.ok(files.peak <= 9, `peak ${files.peak} (the limit, plus one transient)`);
            assert.ok(files.evicted > 0, 'idle descriptors were closed to make room');
            await Promise.all(logs.map((l) => l.close()));
            assert.equal(files.open, 0);
            for (let i = 0; i < 30; i++) {
                const log = SegmentLog.open(join(root, `q${i}`));
                assert.equal(log.count, 45, `q${i}`);
                await log.close();
            }
        }
        finally {
            rm(root);
        }
    });
    test('a burst to 40 queues over 8 descriptors waits for room instead of failing', async () => {
        const root = tempDir();
        const files = new FileHandles(8);
        try {
            const logs = Array.from({ length: 40 }, (_, i) => SegmentLog.open(join(root, `q${i}`), { files }));
            const synced = [];
            for (const [i, log] of logs.entries()) {
                for (let k = 0; k < 10; k++)
                    log.append(1, k, Buffer.alloc(0), body(i));
                synced.push(syncP(log)); // all in one tick: far more rounds than descriptors
            }
            await Promise.all(synced);
            assert.ok(files.peak <= 9, `peak ${files.peak}`);
            assert.ok(files.refused > 0, 'the budget was the bottleneck');
            await Promise.all(logs.map((l) => l.close()));
            for (let i = 0; i < 40; i++) {
                const log = SegmentLog.open(join(root, `q${i}`));
                assert.equal(log.count, 10);
                await log.close();
            }
        }
        finally {
            rm(root);
        }
    });
    test('a new log is refused while every descriptor is busy, and opens once a round completes', async () => {
        const root = tempDir();
        const files = new FileHandles(2);
        try {
            const a = SegmentLog.open(join(root, 'a'), { files });
            a.append(1, 1, Buffer.alloc(0), body(1));
            const done = syncP(a);
            // After the tick that writes: a's segment and directory are in an fdatasync in flight.
            await new Promise((r) => setImmediate(r));
            assert.equal(files.open, 2);
            assert.throws(() => SegmentLog.open(join(root, 'b'), { files }), (e) => e instanceof FileLimitError && e.busy && /too many open files/.test(e.message));
            await done;
            const b = SegmentLog.open(join(root, 'b'), { files }); // a's descriptors are idle now: closed for b
            b.append(1, 2, Buffer.alloc(0), body(2));
            await syncP(b);
            assert.ok(files.open <= 2);
            await Promise.all([a.close(), b.close()]);
        }
        finally {
            rm(root);
        }
    });
    test('consumers of 10 deep queues read through 3 descriptors', async () => {
        const root = tempDir();
        try {
            for (let i = 0; i < 10; i++) {
                const log = SegmentLog.open(join(root, `q${i}`), { segmentSize: 64 * 1024 });
                for (let k = 0; k < 500; k++)
                    log.append(1, k, Buffer.alloc(0), body(k));
                await log.close();
            }
            const files = new FileHandles(3);
            const logs = Array.from({ length: 10 }, (_, i) => SegmentLog.open(join(root, `q${i}`), { files, readAhead: 4096, segmentSize: 64 * 1024 }));
            const got = logs.map(() => 0);
            for (let k = 0; k < 500; k++) {
                for (const [i, log] of logs.entries()) {
                    const r = log.shift();
                    assert.equal(r?.body.readUInt32LE(0), k, `q${i} record ${k}`);
                    got[i]++;
                    assert.ok(files.open <= 3);
                }
            }
            assert.deepEqual(got, logs.map(() => 500));
            assert.ok(files.peak <= 4, `peak ${files.peak}`);
            await Promise.all(logs.map((l) => l.close()));
        }
        finally {
            rm(root);
        }
    });
    test('10 streams with a reader each share 4 descriptors', async () => {
        const root = tempDir();
        const files = new FileHandles(4);
        try {
            const streams = Array.from({ length: 10 }, (_, i) => StreamLog.open(join(root, `s${i}`), { files, segmentSize: 32 * 1024, readAhead: 4096 }));
            // One tick of appends rolls segments of every stream: those opens cannot wait, so they go past the
            // limit; once their rounds are done they are closed again.
            for (const s of streams)
                for (let k = 0; k < 300; k++)
                    s.append(1, k, Buffer.alloc(0), body(k));
            await Promise.all(streams.map(syncP));
            await new Promise((r) => setImmediate(r));
            assert.ok(files.open <= 4, `back under the limit: ${files.open}`);
            files.peak = files.open;
            // fresh readers from offset 0 read what the write chunks no longer hold from the files
            const readers = streams.map((s) => s.reader(0));
            for (let k = 0; k < 300; k++) {
                for (const [i, r] of readers.entries())
                    assert.equal(r.next()?.body.readUInt32LE(0), k, `s${i} offset ${k}`);
                assert.ok(files.open <= 4);
            }
            assert.ok(files.peak <= 5, `peak ${files.peak}`);
            for (const r of readers)
                r.close();
            await Promise.all(streams.map((s) => s.close()));
            assert.equal(files.open, 0);
        }
        finally {
            rm(root);
        }
    });
    test('Node raises a lowered soft open file limit to the hard one at start; the default budget is half', () => {
        if (processFileLimit() === undefined)
            return; // not Linux
        const store = pathToFileURL(new URL('../../src/store/index.js', import.meta.url).pathname).href;
        const r = spawnSync('sh', [
            '-c',
            'ulimit -Sn 64 && exec "$0" --input-type=module -e "$1"',
            process.execPath,
            `import { processFileLimit } from '${store}'; console.log(processFileLimit())`,
        ], { encoding: 'utf8' });
        const hard = spawnSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).stdout.trim();
        assert.equal(r.stdout.trim(), hard === 'unlimited' ? 'undefined' : hard, r.stderr);
        assert.equal(defaultFileHandleLimit(256), 128);
        assert.equal(defaultFileHandleLimit(20), 16);
        assert.equal(defaultFileHandleLimit(undefined), Number.POSITIVE_INFINITY);
    });
});
//# sourceMappingURL=file-handles.test.js.map