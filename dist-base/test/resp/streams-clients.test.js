// Programs written for Redis Streams, run unchanged against Wharf and against a private Redis 7: a redis-py
// program (test/resp/programs/streams_redis_py.py) and an ioredis one (below). Also what only Wharf does: a
// stream written with XADD is the AMQP stream queue of the same name, and the other way round.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { repoRoot } from '../helpers/brokers.js';
import { encodeCommand, RawRedis } from './codec/redis-raw.js';
import { hasRedisCli, hasRedisPy, hasRedisServer, NO_REDIS_CLI, NO_REDIS_PY, NO_REDIS_SERVER, PYTHON, run, startPrivateRedis, startRespWharf, until, } from './support.js';
let w;
let ref;
before(async () => {
    w = await startRespWharf();
    if (hasRedisServer())
        ref = await startPrivateRedis();
});
after(async () => {
    await w?.close();
    await ref?.stop();
});
const key = () => `orders-${randomBytes(4).toString('hex')}`;
async function pyProgram(port) {
    const program = join(repoRoot, 'test/resp/programs/streams_redis_py.py');
    const r = await run(PYTHON, [program], undefined, 60_000, { PORT: String(port), KEY: key() });
    assert.equal(r.stdout.trim(), 'ok', `${r.stdout}\n${r.stderr}`);
    return r.stdout;
}
/** The ioredis program: groups, a blocked read woken by another connection, claims, XINFO; RESP3. */
async function ioredisProgram(port) {
    const k = key();
    const r = new Redis({ port, host: '127.0.0.1' });
    const blocker = new Redis({ port, host: '127.0.0.1' });
    try {
        const ids = [];
        for (let i = 0; i < 5; i++)
            ids.push((await r.xadd(k, '*', 'n', String(i))));
        assert.equal(await r.xlen(k), 5);
        assert.equal(await r.xgroup('CREATE', k, 'g', '0'), 'OK');
        const read = (await r.xreadgroup('GROUP', 'g', 'c1', 'COUNT', 3, 'STREAMS', k, '>'));
        const entries = read[0][1];
        assert.deepEqual(entries.map(([id]) => id), ids.slice(0, 3));
        assert.deepEqual(entries[0][1], ['n', '0']);
        assert.equal(await r.xack(k, 'g', ids[0]), 1);
        const pending = (await r.xpending(k, 'g'));
        assert.equal(pending[0], 2);
        assert.deepEqual(pending[3], [['c1', '2']]);
        const claimed = (await r.xclaim(k, 'g', 'c2', 0, ids[1], 'JUSTID'));
        assert.deepEqual(claimed, [ids[1]]);
        // a blocked XREADGROUP on one connection, woken by XADD on another
        await r.xreadgroup('GROUP', 'g', 'c3', 'STREAMS', k, '>');
        const waiting = blocker.xreadgroup('GROUP', 'g', 'c3', 'BLOCK', 10_000, 'STREAMS', k, '>');
        // the server says when the reader is blocked
        await until(async () => /blocked_clients:1\r\n/.test(await r.info('clients')), 10_000, 'the reader blocks');
        const late = await r.xadd(k, '*', 'late', 'yes');
        const woke = (await waiting);
        assert.equal(woke[0][1][0][0], late);
        const groups = (await r.xinfo('GROUPS', k));
        assert.equal(groups.length, 1);
        assert.equal(await r.del(k), 1);
    }
    finally {
        r.disconnect();
        blocker.disconnect();
    }
}
describe('Redis Streams programs run unchanged', () => {
    test('the redis-py program against Wharf', { skip: !hasRedisPy() && NO_REDIS_PY }, async () => {
        await pyProgram(w.port);
    });
    test('the same redis-py program against Redis 7', { skip: (!hasRedisPy() && NO_REDIS_PY) || (!hasRedisServer() && NO_REDIS_SERVER) }, async () => {
        await pyProgram(ref.port);
    });
    test('redis-cli: a consumer-group session prints the same as against Redis 7', { skip: (!hasRedisCli() && NO_REDIS_CLI) || (!hasRedisServer() && NO_REDIS_SERVER) }, async () => {
        const session = (k) => [
            `XGROUP CREATE ${k} g $ MKSTREAM`,
            `XADD ${k} 1-1 sku a1 qty 1`,
            `XADD ${k} 2-1 sku a2 qty 2`,
            `XREADGROUP GROUP g alice COUNT 1 STREAMS ${k} >`,
            `XREADGROUP GROUP g bob STREAMS ${k} >`,
            `XPENDING ${k} g`,
            `XACK ${k} g 1-1`,
            `XCLAIM ${k} g carol 0 2-1 JUSTID`,
            `XAUTOCLAIM ${k} g dave 0 0`,
            `XINFO GROUPS ${k}`,
            `XGROUP CREATE ${k} g $`,
            `XREADGROUP GROUP nope c STREAMS ${k} >`,
            `DEL ${k}`,
        ].join('\n') + '\n';
        // idle times differ between the two servers
        const masked = (out) => out.replace(/^idle\n\d+$/gm, 'idle\nN');
        for (const proto of [[], ['-3']]) {
            const k = key();
            const mine = await run('redis-cli', ['-p', String(w.port), ...proto], session(k));
            const theirs = await run('redis-cli', ['-p', String(ref.port), ...proto], session(k));
            assert.equal(masked(mine.stdout), masked(theirs.stdout), `redis-cli ${proto.join(' ')}`);
            assert.match(mine.stdout, /BUSYGROUP/);
        }
    });
    test('the ioredis program against Wharf', async () => {
        await ioredisProgram(w.port);
    });
    test('the same ioredis program against Redis 7', { skip: !hasRedisServer() && NO_REDIS_SERVER }, async () => {
        await ioredisProgram(ref.port);
    });
});
describe('blocked reads', () => {
    test('XREAD BLOCK 0 waits for a write on another connection; the reader sees nothing else meanwhile', async () => {
        const k = key();
        const reader = (await RawRedis.open(w.port));
        const writer = (await RawRedis.open(w.port));
        try {
            reader.write(`*6\r\n$5\r\nXREAD\r\n$5\r\nBLOCK\r\n$1\r\n0\r\n$7\r\nSTREAMS\r\n$${k.length}\r\n${k}\r\n$1\r\n$\r\n*1\r\n$4\r\nPING\r\n`);
            await until(async () => /blocked_clients:1\r\n/.test((await writer.command('INFO', 'clients')).bytes.toString()), 5000, 'the reader blocks');
            assert.equal((await writer.command('XADD', k, '5-1', 'f', 'v')).bytes.toString(), '$3\r\n5-1\r\n');
            const got = await reader.reply();
            assert.equal(got.bytes.toString(), `*1\r\n*2\r\n$${k.length}\r\n${k}\r\n*1\r\n*2\r\n$3\r\n5-1\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n`);
            // the PING sent behind the blocked read is answered after it
            assert.equal((await reader.reply()).bytes.toString(), '+PONG\r\n');
        }
        finally {
            reader.close();
            writer.close();
        }
    });
    test('XREADGROUP BLOCK 0 on two streams is woken by XADD on another connection; the entry is pending for the reader', async () => {
        const k = key();
        const k2 = `${k}-b`;
        const reader = (await RawRedis.open(w.port));
        const writer = (await RawRedis.open(w.port));
        try {
            for (const s of [k, k2])
                assert.equal((await writer.command('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM')).bytes.toString(), '+OK\r\n');
            reader.write(encodeCommand(['XREADGROUP', 'GROUP', 'g', 'alice', 'BLOCK', '0', 'STREAMS', k, k2, '>', '>']));
            reader.write(encodeCommand(['PING']));
            const blocked = async () => /blocked_clients:(\d+)/.exec((await writer.command('INFO', 'clients')).bytes.toString())[1];
            await until(async () => (await blocked()) === '1', 5000, 'the reader is blocked');
            assert.equal((await writer.command('XADD', k2, '7-1', 'f', 'v')).bytes.toString(), '$3\r\n7-1\r\n');
            assert.equal((await reader.reply()).bytes.toString(), `*1\r\n*2\r\n$${k2.length}\r\n${k2}\r\n*1\r\n*2\r\n$3\r\n7-1\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n`);
            assert.equal((await reader.reply()).bytes.toString(), '+PONG\r\n');
            const pending = (await writer.command('XPENDING', k2, 'g', '-', '+', '10')).bytes.toString();
            assert.match(pending, /^\*1\r\n\*4\r\n\$3\r\n7-1\r\n\$5\r\nalice\r\n:\d+\r\n:1\r\n$/);
            assert.equal((await writer.command('DEL', k, k2)).bytes.toString(), ':2\r\n');
        }
        finally {
            reader.close();
            writer.close();
        }
    });
    test("XREAD + reads from the stream's last entry (Redis 7.4); an empty or missing stream gives nothing", async () => {
        const k = key();
        const r = (await RawRedis.open(w.port));
        try {
            assert.equal((await r.command('XREAD', 'STREAMS', k, '+')).bytes.toString(), '*-1\r\n');
            await r.command('XADD', k, '1-1', 'a', '1');
            await r.command('XADD', k, '2-1', 'b', '2');
            await r.command('XADD', k, '3-1', 'c', '3');
            await r.command('XDEL', k, '3-1');
            assert.equal((await r.command('XREAD', 'STREAMS', k, '+')).bytes.toString(), `*1\r\n*2\r\n$${k.length}\r\n${k}\r\n*1\r\n*2\r\n$3\r\n2-1\r\n*2\r\n$1\r\nb\r\n$1\r\n2\r\n`);
            assert.equal((await r.command('DEL', k)).bytes.toString(), ':1\r\n');
        }
        finally {
            r.close();
        }
    });
    test('a blocked read is cancelled when its client goes away', async () => {
        const k = key();
        const reader = (await RawRedis.open(w.port));
        const info = (await RawRedis.open(w.port));
        try {
            reader.write(`*6\r\n$5\r\nXREAD\r\n$5\r\nBLOCK\r\n$1\r\n0\r\n$7\r\nSTREAMS\r\n$${k.length}\r\n${k}\r\n$1\r\n$\r\n`);
            const blocked = async () => /blocked_clients:(\d+)/.exec((await info.command('INFO', 'clients')).bytes.toString())[1];
            await until(async () => (await blocked()) === '1', 5000, 'one blocked client');
            reader.close();
            await until(async () => (await blocked()) === '0', 5000, 'no blocked client');
        }
        finally {
            info.close();
        }
    });
});
describe('one engine: a Redis stream is the AMQP stream queue of the same name', () => {
    test('XADD entries are read by an AMQP stream consumer; AMQP messages are read by XRANGE', async () => {
        const k = key();
        const r = new Redis({ port: w.port, host: '127.0.0.1' });
        const conn = await amqp.connect(w.wharf.amqpUrl);
        try {
            const id = (await r.xadd(k, '*', 'sku', 'A1', 'body', 'hello'));
            const ch = await conn.createChannel();
            await ch.prefetch(10);
            // the key is a stream queue: declaring it with the same arguments is fine
            await ch.assertQueue(k, { durable: true, arguments: { 'x-queue-type': 'stream' } });
            ch.publish('', k, Buffer.from('from amqp'), { headers: { kind: 'amqp' }, persistent: true });
            const got = [];
            await ch.consume(k, (m) => {
                if (m) {
                    got.push(m);
                    ch.ack(m);
                }
            }, { arguments: { 'x-stream-offset': 'first' } });
            await until(() => got.length >= 2, 5000, 'two AMQP deliveries');
            assert.equal(got[0].content.toString(), 'hello');
            assert.equal(got[0].properties.headers?.sku, 'A1');
            assert.equal(got[0].properties.headers?.['x-redis-id'], id);
            assert.equal(got[1].content.toString(), 'from amqp');
            // and the AMQP message is an entry for Redis clients: its headers, then its body
            let range = [];
            await until(async () => (range = await r.xrange(k, '-', '+')).length === 2, 5000, 'two entries');
            assert.deepEqual(range[0], [id, ['sku', 'A1', 'body', 'hello']]);
            assert.deepEqual(range[1][1], ['kind', 'amqp', 'body', 'from amqp']);
            assert.ok(range[1][0] > id, 'its ID comes after the XADD one');
            await ch.close();
        }
        finally {
            await conn.close();
            r.disconnect();
        }
    });
    test('a Kafka client reads a Redis stream as a one-partition topic: fields as record headers, `body` as the value', async () => {
        const k = key();
        const r = new Redis({ port: w.port, host: '127.0.0.1' });
        const kafka = new Kafka({
            clientId: 'wharf-resp-test',
            brokers: [`127.0.0.1:${w.wharf.listeners.find((l) => l.protocol === 'kafka').port}`],
            logLevel: logLevel.NOTHING,
            retry: { retries: 5 },
        });
        const consumer = kafka.consumer({ groupId: `g-${k}` });
        try {
            const ids = [];
            for (let i = 0; i < 3; i++)
                ids.push((await r.xadd(k, '*', 'n', String(i), 'body', `v${i}`)));
            const admin = kafka.admin();
            await admin.connect();
            const meta = await admin.fetchTopicMetadata({ topics: [k] });
            await admin.disconnect();
            assert.equal(meta.topics[0].partitions.length, 1);
            await consumer.connect();
            await consumer.subscribe({ topic: k, fromBeginning: true });
            const got = [];
            await consumer.run({
                eachMessage: async ({ message }) => {
                    got.push({
                        value: message.value?.toString() ?? '',
                        n: message.headers?.n?.toString() ?? '',
                        id: message.headers?.['x-redis-id']?.toString() ?? '',
                    });
                },
            });
            await until(() => got.length >= 3, 20_000, 'three Kafka records');
            assert.deepEqual(got.map((g) => [g.value, g.n, g.id]), ids.map((id, i) => [`v${i}`, String(i), id]));
            assert.equal(await r.del(k), 1);
        }
        finally {
            await consumer.disconnect();
            r.disconnect();
        }
    });
});
//# sourceMappingURL=streams-clients.test.js.map