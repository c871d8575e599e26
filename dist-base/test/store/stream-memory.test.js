import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { StreamLog } from '../../src/store/index.js';
import { rm, tempDir } from './helpers.js';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
function used() {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
}
test('StreamLog: 1 000 000 records keep only small typed-array indexes in memory', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    try {
        const log = StreamLog.open(dir);
        const head = Buffer.from('h');
        const body = Buffer.alloc(32, 1);
        const before = used();
        const t0 = Date.now();
        for (let i = 0; i < 1_000_000; i++) {
            log.append(1, i, head, body);
            if ((i & 0xffff) === 0)
                await new Promise((r) => setImmediate(r));
        }
        await new Promise((resolve, reject) => log.sync((e) => (e ? reject(e) : resolve())));
        const grown = used() - before;
        const t1 = Date.now();
        const r = log.reader(0);
        let n = 0;
        for (let v = r.next(); v; v = r.next()) {
            if (v.body.length !== 32 || v.offset !== n)
                throw new Error('bad record');
            n++;
        }
        assert.equal(n, 1_000_000);
        const afterRead = used() - before;
        const t2 = Date.now();
        // 1000 readers spread over the stream, each a record or two in: bounded read-ahead each.
        const readers = [];
        for (let k = 0; k < 1000; k++) {
            const rd = log.reader(k * 997);
            readers.push(rd);
            rd.next();
            rd.next();
        }
        const withReaders = used() - before;
        for (const rd of readers)
            rd.close();
        console.log(`# stream 1M appends ${t1 - t0} ms, 1M reads ${t2 - t1} ms, 1000 readers ${Date.now() - t2} ms; memory ` +
            `+${(grown / 2 ** 20).toFixed(1)} MiB after appends, +${(afterRead / 2 ** 20).toFixed(1)} MiB ` +
            `after reading, +${(withReaders / 2 ** 20).toFixed(1)} MiB with 1000 readers`);
        // One JS object per record would be > 50 MB; the index is ~4.2 bytes per record.
        assert.ok(grown < 16 * 2 ** 20, `grew ${grown} bytes`);
        assert.ok(afterRead < 16 * 2 ** 20, `grew ${afterRead} bytes after reading`);
        // Each reader holds one 16 KiB read-ahead (1000 x 16 KiB = 15.6 MiB) on top of the index.
        assert.ok(withReaders < 16 * 2 ** 20 + 1000 * 20 * 1024, `grew ${withReaders} bytes with readers`);
        await log.close();
    }
    finally {
        rm(dir);
    }
});
//# sourceMappingURL=stream-memory.test.js.map