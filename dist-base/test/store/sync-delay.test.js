// The benchmark-only slow disk (syncDelayMs): every group-commit round waits before its
// fdatasync, and a round still covers everything written before it (the slow-disk bench
// relies on both: more messages per round, none confirmed before its sync).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SegmentLog } from '../../src/store/index.js';
const sync = (log) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    log.sync((err) => (err ? reject(err) : resolve(performance.now() - t0)));
});
test('a log with syncDelayMs syncs each round that much later, and one round serves every waiting sync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-sync-delay-'));
    try {
        const log = SegmentLog.open(dir, { syncDelayMs: 80 });
        log.append(1, 1, Buffer.alloc(0), Buffer.from('a'));
        assert.ok((await sync(log)) >= 75, 'the round waited');
        for (let i = 0; i < 100; i++)
            log.append(1, 1, Buffer.alloc(0), Buffer.from(`m${i}`));
        const rounds = log.stats.commits;
        const took = await Promise.all(Array.from({ length: 10 }, () => sync(log)));
        assert.ok(Math.min(...took) >= 75);
        assert.ok(log.stats.commits - rounds <= 2, `ten syncs requested together took ${log.stats.commits - rounds} rounds`);
        await log.close();
        const back = SegmentLog.open(dir);
        assert.equal(back.count, 101, 'everything synced is there after a reopen');
        await back.close();
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=sync-delay.test.js.map