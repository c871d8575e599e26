// XTRIM frees disk: after a trim, the stream's log start offset follows the first entry kept, and the whole
// segments below it are deleted (the engine's deleteRecordsBefore), while the entries kept, entries-added and
// the consumer groups' pending entries of trimmed entries stay as Redis shows them.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { encodeCommand, RawRedis } from './codec/redis-raw.js';
import { startRespWharf, until } from './support.js';
let w;
before(async () => {
    w = await startRespWharf();
});
after(async () => {
    await w?.close();
});
const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
async function partition(k) {
    const r = await fetch(`${w.wharf.httpUrl}/api/streams/%2F/${k}`, { headers: auth });
    assert.equal(r.status, 200);
    const body = (await r.json());
    return body.partition_details[0];
}
test('XTRIM MAXLEN moves the log start to the first entry kept and frees the segments below it', async () => {
    const k = `trim-${randomBytes(4).toString('hex')}`;
    // a stream queue with 4 KiB segments, so that 300 entries of 200 bytes fill a dozen of them
    const conn = await amqp.connect(w.wharf.amqpUrl);
    try {
        const ch = await conn.createChannel();
        await ch.assertQueue(k, {
            durable: true,
            arguments: { 'x-queue-type': 'stream', 'x-stream-max-segment-size-bytes': 4096 },
        });
    }
    finally {
        await conn.close();
    }
    const r = (await RawRedis.open(w.port));
    try {
        const adds = [];
        for (let i = 1; i <= 300; i++)
            adds.push(encodeCommand(['XADD', k, `${i}-1`, 'f', 'x'.repeat(200)]));
        r.write(Buffer.concat(adds));
        for (let i = 0; i < 300; i++)
            await r.reply();
        assert.equal((await r.command('XGROUP', 'CREATE', k, 'g', '0')).bytes.toString(), '+OK\r\n');
        await r.command('XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', '2', 'STREAMS', k, '>');
        const full = await partition(k);
        assert.equal(full.first_offset, 0);
        assert.equal((await r.command('XTRIM', k, 'MAXLEN', '10')).bytes.toString(), ':290\r\n');
        // the log start follows within about a second; the entries before it are no longer on disk
        await until(async () => (await partition(k)).first_offset === 290, 10_000, 'the log start moves to 290');
        await until(async () => (await partition(k)).message_bytes < full.message_bytes / 4, 10_000, 'the segments below it are freed');
        assert.equal((await r.command('XLEN', k)).bytes.toString(), ':10\r\n');
        const range = (await r.command('XRANGE', k, '-', '+', 'COUNT', '1')).bytes.toString();
        assert.ok(range.includes('$5\r\n291-1\r\n'), range);
        const info = (await r.command('XINFO', 'STREAM', k)).bytes.toString();
        assert.match(info, /entries-added\r\n:300\r\n/);
        // the two entries read by the group and trimmed away are still pending, with no fields
        const history = (await r.command('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', k, '0')).bytes.toString();
        assert.ok(history.endsWith('*2\r\n*2\r\n$3\r\n1-1\r\n*-1\r\n*2\r\n$3\r\n2-1\r\n*-1\r\n'), history);
        assert.equal((await r.command('DEL', k)).bytes.toString(), ':1\r\n');
    }
    finally {
        r.close();
    }
});
//# sourceMappingURL=streams-trim-disk.test.js.map