// Streams beyond what the differential suite can show: offsets stay the same across
// SIGTERM and SIGKILL restarts, numbering continues after them, and retention by size
// drops whole old segments so 'first' moves forward.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
async function read(url, q, offset, wantAtLeast) {
    const conn = await amqp.connect(url);
    try {
        const ch = await conn.createChannel();
        await ch.prefetch(500);
        const got = [];
        await ch.consume(q, (m) => {
            if (!m)
                return;
            got.push([m.content.toString(), Number(m.properties.headers?.['x-stream-offset'])]);
            ch.ack(m);
        }, { arguments: { 'x-stream-offset': offset } });
        for (let i = 0; i < 50 && got.length < wantAtLeast; i++)
            await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 100));
        return got;
    }
    finally {
        await conn.close();
    }
}
test('stream offsets survive SIGTERM and SIGKILL; numbering continues', async () => {
    let w = await startWharf();
    try {
        let conn = await amqp.connect(w.url);
        let ch = await conn.createConfirmChannel();
        await ch.assertQueue('s-restart', { durable: true, arguments: { 'x-queue-type': 'stream' } });
        for (let i = 0; i < 10; i++)
            ch.sendToQueue('s-restart', Buffer.from(`a${i}`));
        await ch.waitForConfirms();
        await conn.close();
        w = await w.restart();
        assert.deepEqual(await read(w.url, 's-restart', 5, 5), [
            ['a5', 5],
            ['a6', 6],
            ['a7', 7],
            ['a8', 8],
            ['a9', 9],
        ]);
        conn = await amqp.connect(w.url);
        ch = await conn.createConfirmChannel();
        for (let i = 0; i < 5; i++)
            ch.sendToQueue('s-restart', Buffer.from(`b${i}`));
        await ch.waitForConfirms();
        conn.on('error', () => { });
        await w.kill();
        w = await w.restart();
        const all = await read(w.url, 's-restart', 'first', 15);
        assert.equal(all.length, 15);
        assert.deepEqual(all.map(([, o]) => o), Array.from({ length: 15 }, (_, i) => i));
        assert.deepEqual(all[10], ['b0', 10]);
    }
    finally {
        await w.stop().catch(() => { });
    }
});
test('retention by x-max-length-bytes drops whole old segments; first moves forward', async () => {
    const w = await startWharf();
    try {
        const conn = await amqp.connect(w.url);
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue('s-retain', {
            durable: true,
            arguments: {
                'x-queue-type': 'stream',
                'x-max-length-bytes': 20_000,
                'x-stream-max-segment-size-bytes': 4_000,
            },
        });
        const body = Buffer.alloc(200, 'r');
        for (let i = 0; i < 500; i++)
            ch.sendToQueue('s-retain', body);
        await ch.waitForConfirms();
        await conn.close();
        const kept = await read(w.url, 's-retain', 'first', 1);
        assert.ok(kept.length > 0 && kept.length < 500, `kept ${kept.length} of 500`);
        assert.ok(kept[0][1] > 0, `first offset ${kept[0][1]} moved forward`);
        assert.equal(kept[kept.length - 1][1], 499, 'the newest is kept');
    }
    finally {
        await w.stop();
    }
});
//# sourceMappingURL=streams.test.js.map