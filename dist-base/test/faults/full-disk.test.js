// A full disk under a real Wharf process (root only: the data dir is a 4 MiB tmpfs). A queue publishes
// confirmed until the disk is full and its publishes are nacked; purging another queue frees space; the
// same queue then confirms again; after a restart exactly the confirmed messages are there, none of the
// nacked ones. The ENOSPC is logged once, naming the file.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { closeQuietly, open, waitUntil, withTimeout } from '../helpers/amqp.js';
import { startWharf, uniqueName } from '../helpers/brokers.js';
import { freeBytes, withTmpfs } from '../helpers/tmpfs.js';
const MiB = 1024 * 1024;
const BODY = 1024;
function message(id) {
    const b = Buffer.alloc(BODY, id & 0xff);
    b.writeUInt32BE(id, 0);
    return b;
}
/** Publishes ids, waits for every confirm; returns the acked and the nacked ones. */
async function publish(ch, queue, ids) {
    const acked = [];
    const nacked = [];
    await withTimeout(Promise.all(ids.map((id) => new Promise((resolve) => ch.sendToQueue(queue, message(id), { persistent: true }, (err) => {
        (err ? nacked : acked).push(id);
        resolve();
    })))), 20_000, `confirms of ${ids.length} publishes`);
    return { acked: acked.sort((a, b) => a - b), nacked };
}
test('full disk: a queue nacks while the disk is full and confirms again once space is freed; nothing confirmed is lost', { timeout: 90_000 }, async (t) => {
    await withTmpfs(t, 4 * MiB, async (mnt) => {
        const dataDir = join(mnt, 'data');
        // Publishers are blocked only when the disk is completely full (otherwise the alarm, at its default
        // 50 MB, would block them before anything could fill this disk).
        const cfg = join(mnt, 'wharf.json');
        writeFileSync(cfg, JSON.stringify({ diskFreeLimit: 1 }));
        let wharf = await startWharf({ dataDir, args: ['--config', cfg] });
        let conn;
        let admin;
        const main = uniqueName('full-disk-main');
        const filler = uniqueName('full-disk-filler');
        try {
            conn = await open(wharf.url);
            const ch = await conn.createConfirmChannel();
            ch.on('error', () => { });
            await ch.assertQueue(main, { durable: true });
            await ch.assertQueue(filler, { durable: true });
            // About 1.5 MiB in another queue, to be purged later.
            const fill = await publish(ch, filler, Array.from({ length: 1500 }, (_, i) => 1_000_000 + i));
            assert.equal(fill.nacked.length, 0);
            // Confirmed publishes to `main` until the disk is full.
            const confirmed = [];
            const nacked = [];
            let next = 0;
            while (nacked.length === 0) {
                assert.ok(next < 10_000, 'the disk never filled up');
                const r = await publish(ch, main, Array.from({ length: 100 }, () => next++));
                confirmed.push(...r.acked);
                nacked.push(...r.nacked);
            }
            t.diagnostic(`disk full after ${confirmed.length} confirmed publishes (${nacked.length} nacked)`);
            assert.ok(confirmed.length > 500, `confirmed ${confirmed.length}`);
            await waitUntil(() => /ENOSPC/.test(wharf.output()), 5000, 'the ENOSPC log line');
            const enospc = wharf
                .output()
                .split('\n')
                .filter((l) => l.includes('ENOSPC'));
            assert.equal(enospc.length, 1, `ENOSPC logged once:\n${enospc.join('\n')}`);
            assert.match(enospc[0], /queues\/[0-9a-f]{32}\/\d{8}\.seg: write failed \(ENOSPC/);
            const metrics = await (await fetch(`http://127.0.0.1:${wharf.httpPort}/metrics`)).text();
            assert.match(metrics, /^wharf_store_write_failures_total\{code="ENOSPC"\} 1$/m);
            // Free space by purging the other queue, from a connection that does not publish (the publishing one
            // is blocked by the disk alarm until the monitor sees the space).
            admin = await open(wharf.url);
            const ach = await admin.createChannel();
            const purged = await ach.purgeQueue(filler);
            assert.equal(purged.messageCount, 1500);
            await waitUntil(() => freeBytes(mnt) > MiB, 5000, 'space freed by the purge');
            // The same queue confirms again.
            const after = await publish(ch, main, Array.from({ length: 200 }, () => next++));
            assert.deepEqual(after.nacked, [], 'no nack once space is back');
            confirmed.push(...after.acked);
            assert.match(wharf.output(), /write succeeds again/);
            await closeQuietly(conn);
            await closeQuietly(admin);
            conn = admin = undefined;
            assert.equal(await wharf.stop(), 0, `clean exit:\n${wharf.output()}`);
            wharf = await wharf.restart();
            conn = await open(wharf.url);
            const rch = await conn.createChannel();
            const { messageCount } = await rch.checkQueue(main);
            const recovered = [];
            for (let m = await rch.get(main, { noAck: true }); m; m = await rch.get(main, { noAck: true }))
                recovered.push(m.content.readUInt32BE(0));
            const line = `confirmed ${confirmed.length}, recovered ${recovered.length}`;
            t.diagnostic(line);
            console.log(`full disk: ${line} (nacked ${nacked.length})`);
            assert.equal(messageCount, recovered.length);
            const wasConfirmed = new Set(confirmed);
            assert.deepEqual(recovered.filter((id) => wasConfirmed.has(id)), confirmed, 'every confirmed message, in order');
            assert.deepEqual(recovered, confirmed, 'exactly the confirmed messages: none of the nacked came back');
        }
        finally {
            await closeQuietly(conn);
            await closeQuietly(admin);
            if (wharf)
                await wharf.stop().catch(() => wharf?.kill());
        }
    });
});
//# sourceMappingURL=full-disk.test.js.map