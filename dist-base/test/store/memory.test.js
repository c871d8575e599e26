import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SegmentLog } from '../../src/store/index.js';
import { rm, tempDir } from './helpers.js';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
function used() {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
}
test('a backlog of 1 000 000 records keeps only small typed-array indexes in memory', {
    timeout: 60_000,
}, async () => {
    const dir = tempDir();
    try {
        const log = SegmentLog.open(dir);
        const head = Buffer.from('h');
        const body = Buffer.alloc(64, 1);
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
        let n = 0;
        for (let r = log.shift(); r; r = log.shift()) {
            if (r.body.length !== 64)
                throw new Error('bad body');
            n++;
        }
        assert.equal(n, 1_000_000);
        const afterRead = used() - before;
        console.log(`# 1M appends ${t1 - t0} ms, 1M shifts ${Date.now() - t1} ms; ` +
            `memory +${(grown / 2 ** 20).toFixed(1)} MiB ` +
            `after appends, +${(afterRead / 2 ** 20).toFixed(1)} MiB after reading; ${log.stats.fsyncs} fsyncs`);
        // One JS object per record would be > 50 bytes each; the store holds ~4.1 bytes per record.
        assert.ok(grown < 24 * 2 ** 20, `grew ${grown} bytes`);
        assert.ok(afterRead < 24 * 2 ** 20, `grew ${afterRead} bytes`);
        await log.close();
    }
    finally {
        rm(dir);
    }
});
//# sourceMappingURL=memory.test.js.map