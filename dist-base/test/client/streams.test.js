// Stream consumers on both brokers: start at first, next, last, an offset or a timestamp;
// resume after a stored offset (in memory, in the broker, in PostgreSQL, Redis, SQLite);
// a failing handler retried in place and then dead-lettered while the stream moves on.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { uniqueName } from '../helpers/brokers.js';
import { MemoryOffsetStore, offsetQueue, } from '../../src/client/index.js';
import { PostgresOffsetStore } from '../../src/client/postgres.js';
import { RedisOffsetStore } from '../../src/client/redis.js';
import { SqliteOffsetStore } from '../../src/client/sqlite.js';
import { client, raw, setupBrokers, sleep, waitFor } from './support.js';
import { deleteRedisPrefix, dropTables, openPg, openRedis, uniqueTable } from './stores-helpers.js';
const brokers = await setupBrokers();
async function publishAll(c, stream, values) {
    for (const v of values)
        await c.publish('', stream, v);
}
for (const broker of brokers) {
    describe(`streams on ${broker.name}`, () => {
        test('from first, next, an offset, last and a timestamp', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const s = uniqueName('sdk-stream');
            r.cleanup(t, [s, `${s}.dlq`]);
            await c.declareQueue(s, { stream: true });
            await publishAll(c, s, [0, 1, 2, 3, 4]);
            const first = [];
            const subFirst = await c.consumeStream(s, (m, ctx) => {
                first.push([m.payload, ctx.offset]);
            }, { from: 'first' });
            await waitFor(() => first.length === 5, 10_000, 'five from first');
            assert.deepEqual(first.map(([v]) => v), [0, 1, 2, 3, 4]);
            const offsets = first.map(([, o]) => o);
            for (let i = 1; i < offsets.length; i++)
                assert.ok(offsets[i] > offsets[i - 1], 'offsets increase');
            await subFirst.cancel();
            const next = [];
            await c.consumeStream(s, (m) => void next.push(m.payload));
            const fromOffset = [];
            await c.consumeStream(s, (m) => void fromOffset.push(m.payload), { from: offsets[3] });
            const last = [];
            await c.consumeStream(s, (m) => void last.push(m.payload), { from: 'last' });
            await waitFor(() => fromOffset.length >= 2 && last.length >= 1, 10_000, 'offset and last readers');
            await publishAll(c, s, [5]);
            await waitFor(() => next.length === 1 && fromOffset.length === 3, 10_000, 'the new message');
            assert.deepEqual(next, [5], "'next' sees only what arrives after it started");
            assert.deepEqual(fromOffset, [3, 4, 5]);
            assert.ok(last.includes(4) && last.includes(5) && !last.includes(0), `last: ${JSON.stringify(last)}`);
            // AMQP timestamps have whole seconds: leave more than a second on each side.
            await sleep(1500);
            const since = new Date();
            await sleep(1100);
            await publishAll(c, s, [6, 7]);
            const recent = [];
            await c.consumeStream(s, (m) => void recent.push(m.payload), { from: since });
            await waitFor(() => recent.length === 2, 10_000, 'messages since the timestamp');
            await sleep(200);
            assert.deepEqual(recent, [6, 7]);
        });
        const stores = [
            ['memory', () => new MemoryOffsetStore()],
            ['the broker', (c) => c.brokerOffsetStore()],
        ];
        for (const [where, makeStore] of stores) {
            test(`resume after the offset stored in ${where}`, async (t) => {
                const c = await client(broker.url, t);
                const r = await raw(broker.url, t);
                const s = uniqueName('sdk-stream-resume');
                const name = uniqueName('reader');
                r.cleanup(t, [s, `${s}.dlq`, offsetQueue(name)]);
                await c.declareQueue(s, { stream: true });
                await publishAll(c, s, [0, 1, 2, 3, 4]);
                const store = makeStore(c);
                const seen = [];
                const sub = await c.consumeStream(s, async (m) => {
                    seen.push(m.payload);
                    if (seen.length === 3)
                        void sub.cancel();
                }, { from: 'first', offsets: { store, name }, prefetch: 1 });
                await waitFor(() => seen.length === 3, 10_000, 'three handled');
                await sleep(300);
                assert.deepEqual(seen, [0, 1, 2]);
                // A new client (a restart): the broker-held store is read through it.
                const c2 = await client(broker.url, t);
                const store2 = where === 'memory' ? store : makeStore(c2);
                const resumed = [];
                await c2.consumeStream(s, (m) => void resumed.push(m.payload), {
                    from: 'first',
                    offsets: { store: store2, name },
                });
                await waitFor(() => resumed.length === 2, 10_000, 'the two not handled');
                await sleep(200);
                assert.deepEqual(resumed, [3, 4], 'from where the first reader stopped, nothing twice');
            });
        }
        test('a failing handler is retried in place, then dead-lettered; the stream moves on', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const s = uniqueName('sdk-stream-fail');
            r.cleanup(t, [s, `${s}.dlq`]);
            await c.declareQueue(s, { stream: true });
            await publishAll(c, s, [1, 2, 3]);
            const attempts = [];
            const ok = [];
            await c.consumeStream(s, (m, ctx) => {
                if (m.payload === 2) {
                    attempts.push(ctx.attempt);
                    throw new Error('no twos');
                }
                ok.push(m.payload);
            }, { from: 'first', retry: { maxAttempts: 3, initialDelayMs: 20, jitter: 0 } });
            await waitFor(() => ok.length === 2, 10_000, 'the other two');
            assert.deepEqual(ok, [1, 3]);
            assert.deepEqual(attempts, [1, 2, 3]);
            const dead = await r.get(`${s}.dlq`);
            assert.equal(dead.content.toString(), '2');
            assert.equal(dead.properties.headers?.['x-failure-reason'], 'max-attempts');
            assert.equal(dead.properties.headers?.['x-original-queue'], s);
        });
    });
}
describe('offset stores in PostgreSQL, Redis and SQLite', () => {
    test('PostgreSQL: load what was saved, last save wins', async (t) => {
        const pool = await openPg(2);
        if (typeof pool === 'string')
            return t.skip(pool);
        const table = uniqueTable('wharf_offsets');
        t.after(async () => {
            await dropTables(pool, [table]);
            await pool.end();
        });
        const store = new PostgresOffsetStore({ pool, table });
        await store.ensureSchema();
        assert.equal(await store.load('a'), undefined);
        await store.save('a', 7);
        await store.save('a', 2 ** 40);
        await store.save('b', 0);
        assert.equal(await new PostgresOffsetStore({ pool, table }).load('a'), 2 ** 40);
        assert.equal(await store.load('b'), 0);
    });
    test('Redis: load what was saved, last save wins', async (t) => {
        const redis = await openRedis();
        if (typeof redis === 'string')
            return t.skip(redis);
        const prefix = `${uniqueName('wharf-offset')}:`;
        t.after(async () => {
            await deleteRedisPrefix(redis, prefix);
            redis.disconnect();
        });
        const store = new RedisOffsetStore({ redis, prefix });
        assert.equal(await store.load('a'), undefined);
        await store.save('a', 7);
        await store.save('a', 9);
        assert.equal(await new RedisOffsetStore({ redis, prefix }).load('a'), 9);
    });
    test('SQLite: load what was saved, across reopening the file', (t) => {
        const dir = mkdtempSync(join(tmpdir(), 'wharf-offsets-'));
        t.after(() => rmSync(dir, { recursive: true, force: true }));
        const file = join(dir, 'o.db');
        return (async () => {
            const db = new Sqlite(file);
            const store = new SqliteOffsetStore({ db });
            assert.equal(await store.load('a'), undefined);
            await store.save('a', 3);
            await store.save('a', 4);
            db.close();
            const db2 = new Sqlite(file);
            assert.equal(await new SqliteOffsetStore({ db: db2 }).load('a'), 4);
            db2.close();
        })();
    });
});
//# sourceMappingURL=streams.test.js.map