// Redis consumer groups as the management API and /metrics show them: a group made and read over RESP is a
// `pending-list` group of /api/stream-groups with its pending entries, consumers and lag (committed offsets
// not yet delivered to it), and its lag and pending count are wharf_stream_group_lag / _pending series.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { encodeCommand, RawRedis } from './codec/redis-raw.js';
import { startRespWharf } from './support.js';
let w;
before(async () => {
    w = await startRespWharf();
});
after(async () => {
    await w?.close();
});
const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
async function get(path) {
    const r = await fetch(w.wharf.httpUrl + path, { headers: auth });
    return {
        status: r.status,
        body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text(),
    };
}
test('a RESP consumer group shows its lag, pending entries and consumers in /api/stream-groups and /metrics', async () => {
    const k = `orders-${randomBytes(4).toString('hex')}`;
    const g = `workers-${randomBytes(4).toString('hex')}`;
    const r = (await RawRedis.open(w.port));
    try {
        for (let i = 1; i <= 10; i++)
            await r.command('XADD', k, `${i}-1`, 'n', String(i));
        assert.equal((await r.command('XGROUP', 'CREATE', k, g, '0')).bytes.toString(), '+OK\r\n');
        let rows = (await get(`/api/stream-groups/%2F/${g}`)).body;
        assert.deepEqual(rows, [
            {
                vhost: '/',
                group: g,
                kind: 'pending-list',
                stream: k,
                partition: 0,
                last_delivered_offset: -1,
                pending: 0,
                consumers: 0,
                lag: 10,
            },
        ]);
        await r.command('XREADGROUP', 'GROUP', g, 'alice', 'COUNT', '4', 'STREAMS', k, '>');
        await r.command('XREADGROUP', 'GROUP', g, 'bob', 'COUNT', '2', 'STREAMS', k, '>');
        assert.equal((await r.command('XACK', k, g, '1-1', '5-1')).bytes.toString(), ':2\r\n');
        rows = (await get(`/api/stream-groups/%2F/${g}`)).body;
        assert.equal(rows.length, 1);
        assert.deepEqual([rows[0].pending, rows[0].consumers, rows[0].lag], [4, 2, 4]);
        const everything = (await get('/api/stream-groups')).body;
        assert.ok(everything.some((x) => x.group === g && x.kind === 'pending-list'));
        const metrics = (await get('/metrics')).body;
        const series = `{vhost="/",group="${g}",stream="${k}",partition="0"}`;
        assert.ok(metrics.includes(`wharf_stream_group_lag${series} 4\n`), 'lag series');
        assert.ok(metrics.includes(`wharf_stream_group_pending${series} 4\n`), 'pending series');
        assert.equal((await r.command('XGROUP', 'DESTROY', k, g)).bytes.toString(), ':1\r\n');
        assert.equal((await get(`/api/stream-groups/%2F/${g}`)).status, 404);
        await r.command('DEL', k);
    }
    finally {
        r.close();
    }
});
test('the default ConsumerLagHigh alert covers a RESP consumer group whose lag passes 1 000', async () => {
    const k = `lagging-${randomBytes(4).toString('hex')}`;
    const g = `slow-${randomBytes(4).toString('hex')}`;
    const r = (await RawRedis.open(w.port));
    try {
        const adds = [];
        for (let i = 1; i <= 1100; i++)
            adds.push(encodeCommand(['XADD', k, `${i}-1`, 'n', String(i)]));
        r.write(Buffer.concat(adds));
        for (let i = 0; i < 1100; i++)
            await r.reply();
        assert.equal((await r.command('XGROUP', 'CREATE', k, g, '0')).bytes.toString(), '+OK\r\n');
        const alerts = (await get('/api/alerts')).body;
        const mine = alerts.filter((a) => a.group === g);
        assert.deepEqual(mine.map((a) => [a.rule, a.queue, a.value]), [['ConsumerLagHigh', k, 1100]]);
        // reading (not yet acknowledging) 200 entries brings the lag under the threshold
        await r.command('XREADGROUP', 'GROUP', g, 'c', 'COUNT', '200', 'STREAMS', k, '>');
        const after = (await get('/api/alerts')).body;
        assert.ok(!after.some((a) => a.group === g), 'the alert ended');
        await r.command('DEL', k);
    }
    finally {
        r.close();
    }
});
//# sourceMappingURL=groups-management.test.js.map