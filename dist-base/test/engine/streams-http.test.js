// Streams and group offsets made through the engine, seen through the management API and /metrics.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { StreamFormat } from '../../src/broker/index.js';
import { WharfServer } from '../../src/server.js';
const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
test('GET /api/streams, /api/stream-groups and the wharf_stream_* metrics', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wharf-streams-http-'));
    const server = new WharfServer({
        host: '127.0.0.1',
        amqpPort: 0,
        httpPort: 0,
        dataDir,
        logger: pino({ level: 'silent' }),
    });
    await server.start();
    try {
        const b = server.broker;
        const s = b.streams('/').create('orders', { partitions: 2 });
        s.partition(1).appendBatch(StreamFormat.kafka, Date.now(), 4, Buffer.alloc(0), Buffer.alloc(32));
        await s.partition(1).syncPromise();
        b.streams('/').create('log');
        b.groupOffsets.commit('/', 'app', 'orders', 1, 1, 'm');
        const base = `http://127.0.0.1:${server.httpPort}`;
        const get = async (path) => {
            const r = await fetch(base + path, { headers: auth });
            return {
                status: r.status,
                body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text(),
            };
        };
        const all = await get('/api/streams');
        assert.equal(all.status, 200);
        assert.deepEqual(all.body.map((x) => [
            x.name,
            x.partitions,
            x.messages,
        ]), [
            ['log', 1, 0],
            ['orders', 2, 4],
        ]);
        const one = await get('/api/streams/%2F/orders');
        const parts = one.body.partition_details;
        assert.deepEqual(parts.map((p) => [p.partition, p.queue, p.first_offset, p.next_offset, p.high_watermark, p.messages]), [
            [0, 'orders-0', 0, 0, 0, 0],
            [1, 'orders-1', 0, 4, 4, 4],
        ]);
        assert.equal((await get('/api/streams/%2F/nope')).status, 404);
        assert.equal((await get('/api/streams/nope')).status, 404);
        const groups = await get('/api/stream-groups/%2F/app');
        assert.deepEqual(groups.body.map((g) => [
            g.group,
            g.stream,
            g.partition,
            g.committed_offset,
            g.metadata,
            g.lag,
        ]), [['app', 'orders', 1, 1, 'm', 3]]);
        assert.equal((await get('/api/stream-groups/%2F/none')).status, 404);
        const metrics = (await get('/metrics')).body;
        assert.match(metrics, /wharf_stream_messages\{vhost="\/",stream="orders",partition="1"\} 4/);
        assert.match(metrics, /wharf_stream_high_watermark\{vhost="\/",stream="orders",partition="1"\} 4/);
        assert.match(metrics, /wharf_stream_group_lag\{vhost="\/",group="app",stream="orders",partition="1"\} 3/);
    }
    finally {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=streams-http.test.js.map