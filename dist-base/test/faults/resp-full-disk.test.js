// Pipelined XADDs on a full disk, under a real Wharf process (root only: the data dir is a 4 MiB tmpfs).
// The replies of a connection's XADDs that wait for the same sync go out together (src/resp/synced-replies.ts):
// when that sync fails, every one of them must be an error, one per command, so that the client's replies
// stay in step; after a restart the stream holds exactly the entries whose XADD was answered with an ID.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import { startWharf, uniqueName } from '../helpers/brokers.js';
import { withTmpfs } from '../helpers/tmpfs.js';
const MiB = 1024 * 1024;
const VALUE = 'v'.repeat(1024);
test('full disk: pipelined XADDs each get their ID or their error, and exactly the answered entries survive a restart', { timeout: 90_000 }, async (t) => {
    await withTmpfs(t, 4 * MiB, async (mnt) => {
        const dataDir = join(mnt, 'data');
        const cfg = join(mnt, 'wharf.json');
        writeFileSync(cfg, JSON.stringify({ diskFreeLimit: 1 }));
        let wharf = await startWharf({ dataDir, args: ['--config', cfg] });
        let r;
        const key = uniqueName('resp-full-disk');
        try {
            const writer = new Redis({ port: wharf.respPort, host: '127.0.0.1', maxRetriesPerRequest: 0 });
            r = writer;
            const answered = [];
            const errors = [];
            for (let round = 0; errors.length === 0; round++) {
                assert.ok(round < 200, 'the disk never filled up');
                const p = writer.pipeline();
                for (let i = 0; i < 50; i++)
                    p.xadd(key, '*', 'n', String(round * 50 + i), 'v', VALUE);
                const results = (await p.exec());
                assert.equal(results.length, 50, 'one reply per XADD');
                for (const [err, id] of results) {
                    if (err)
                        errors.push(err.message);
                    else
                        answered.push(id);
                }
            }
            t.diagnostic(`disk full after ${answered.length} answered XADDs (${errors.length} errors)`);
            assert.ok(answered.length > 500, `answered ${answered.length}`);
            assert.ok(errors.length > 1, 'a whole group of waiting XADDs failed, one error each');
            for (const e of errors)
                assert.match(e, /could not be made durable|refused the append/);
            // the connection stays in step: the next command gets its own reply
            assert.equal(await writer.ping(), 'PONG');
            r.disconnect();
            r = undefined;
            assert.equal(await wharf.stop(), 0, `clean exit:\n${wharf.output()}`);
            wharf = await wharf.restart();
            r = new Redis({ port: wharf.respPort, host: '127.0.0.1' });
            const entries = (await r.xrange(key, '-', '+'));
            const ids = entries.map(([id]) => id);
            for (const id of answered)
                assert.ok(ids.includes(id), `answered ${id} is there`);
            assert.deepEqual(ids, answered, 'exactly the answered entries, in order');
        }
        finally {
            r?.disconnect();
            if (wharf)
                await wharf.stop();
        }
    });
});
//# sourceMappingURL=resp-full-disk.test.js.map