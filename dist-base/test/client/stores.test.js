// The DedupStore contract against each real backend (in-process Map, SQLite file,
// Redis, PostgreSQL): a claim is a lease (processing), complete makes it done, release
// drops a lease but never a done key, leases and done entries expire, and of racing
// claims of one key from separate connections (or threads) exactly one wins.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { MemoryDedupStore } from '../../src/client/stores/memory.js';
import { PostgresDedupStore } from '../../src/client/stores/postgres.js';
import { RedisDedupStore } from '../../src/client/stores/redis.js';
import { SqliteDedupStore } from '../../src/client/stores/sqlite.js';
import { deleteRedisPrefix, dropTables, openPg, openRedis, sleep, tempSqlite, uniqueTable, } from './stores-helpers.js';
/** The contract every store meets; `open` gives a store or a reason to skip. */
function contract(name, open, close) {
    describe(`${name} DedupStore`, () => {
        let backend;
        before(async () => {
            backend = await open();
        });
        after(close);
        const it = (title, fn) => test(title, async (t) => {
            if (typeof backend === 'string')
                return t.skip(backend);
            await fn(backend);
        });
        it('claim takes a lease on a new key; complete marks it done', async ({ store }) => {
            assert.equal(await store.claim('a', 60), 'claimed');
            assert.equal(await store.claim('a', 60), 'processing', 'leased, not done');
            assert.equal(await store.claim('a', 60), 'processing');
            assert.equal(await store.claim('b', 60), 'claimed', 'keys are independent');
            await store.complete('a', 60);
            assert.equal(await store.claim('a', 60), 'done');
            assert.equal(await store.claim('a', 60), 'done');
            assert.equal(await store.claim('b', 60), 'processing', 'completing one key leaves the other');
            await store.complete('never-claimed', 60);
            assert.equal(await store.claim('never-claimed', 60), 'done', 'complete without a claim');
        });
        it('release drops a lease so the message can be processed again; a done key stays done', async ({ store, }) => {
            assert.equal(await store.claim('r', 60), 'claimed');
            await store.release('r');
            assert.equal(await store.claim('r', 60), 'claimed');
            assert.equal(await store.claim('r', 60), 'processing');
            await store.complete('r', 60);
            await store.release('r');
            assert.equal(await store.claim('r', 60), 'done', 'release never forgets completed work');
            await store.release('never-claimed'); // no error
        });
        it('a lease expires and the key can be claimed again (a crashed holder)', async ({ store }) => {
            assert.equal(await store.claim('e', 0.4), 'claimed');
            assert.equal(await store.claim('e', 0.4), 'processing');
            await sleep(600);
            assert.equal(await store.claim('e', 60), 'claimed', 'expired lease taken over');
            assert.equal(await store.claim('e', 60), 'processing', 'and the new lease holds');
        });
        it('a done key expires after its TTL, independently of the lease', async ({ store }) => {
            assert.equal(await store.claim('d', 0.3), 'claimed');
            await store.complete('d', 1);
            await sleep(500);
            assert.equal(await store.claim('d', 60), 'done', 'the TTL replaced the shorter lease');
            await store.complete('d2', 0.3);
            await sleep(500);
            assert.equal(await store.claim('d2', 60), 'claimed', 'expired done entry taken over');
            assert.equal(await store.claim('d2', 60), 'processing');
        });
        it('renew extends a live lease only: not a done key, a released one or a lapsed one', async ({ store, }) => {
            assert.ok(store.renew, 'the store renews leases');
            assert.equal(await store.claim('n', 0.4), 'claimed');
            for (let i = 0; i < 4; i++) {
                await sleep(200);
                assert.equal(await store.renew('n', 0.4), true, `renewal ${i + 1}`);
            }
            assert.equal(await store.claim('n', 60), 'processing', 'still held 800 ms after a 400 ms lease');
            await store.complete('n', 60);
            assert.equal(await store.renew('n', 0.4), false, 'a done key is not renewed');
            assert.equal(await store.claim('n', 60), 'done');
            assert.equal(await store.claim('m', 60), 'claimed');
            await store.release('m');
            assert.equal(await store.renew('m', 60), false, 'a released key is not renewed');
            assert.equal(await store.claim('l', 0.2), 'claimed');
            await sleep(400);
            assert.equal(await store.renew('l', 60), false, 'a lapsed lease is not revived');
            assert.equal(await store.claim('l', 60), 'claimed');
            assert.equal(await store.renew('never', 60), false);
        });
        it('rejects durations that are not positive finite numbers', async ({ store }) => {
            for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
                await assert.rejects(store.claim('bad', bad), RangeError);
                await assert.rejects(store.complete('bad', bad), RangeError);
            }
            assert.equal(await store.claim('bad', 60), 'claimed', 'nothing was written by the rejected calls');
        });
        it('concurrent claims of one key: exactly one is claimed, none is told done', async (b) => {
            const stores = b.racers ? await b.racers(8) : Array.from({ length: 8 }, () => b.store);
            const race = async (key) => {
                const results = await Promise.all(stores.flatMap((s) => [s.claim(key, 60), s.claim(key, 60)]));
                assert.equal(results.filter((r) => r === 'claimed').length, 1, `${key}: ${results.join(',')}`);
                assert.equal(results.filter((r) => r === 'done').length, 0, `${key}: ${results.join(',')}`);
            };
            for (let round = 0; round < 5; round++)
                await race(`race-${round}`);
            // Over entries that exist but expired: a lapsed lease, and a lapsed done entry.
            for (let round = 0; round < 3; round++) {
                assert.equal(await b.store.claim(`lapsed-${round}`, 0.2), 'claimed');
                await b.store.complete(`lapsed-done-${round}`, 0.2);
            }
            await sleep(400);
            for (let round = 0; round < 3; round++) {
                await race(`lapsed-${round}`);
                await race(`lapsed-done-${round}`);
            }
        });
    });
}
contract('memory', async () => ({ store: new MemoryDedupStore() }), async () => { });
describe('memory DedupStore bound', () => {
    test('stays within maxEntries, evicting the oldest entries first', async () => {
        const store = new MemoryDedupStore({ maxEntries: 100 });
        for (let i = 0; i < 1000; i++) {
            assert.equal(await store.claim(`k${i}`, 60), 'claimed');
            await store.complete(`k${i}`, 60);
        }
        assert.ok(store.size <= 100, `size ${store.size}`);
        assert.equal(await store.claim('k999', 60), 'done', 'the newest entries are kept');
        assert.equal(await store.claim('k0', 60), 'claimed', 'the oldest were evicted');
    });
    test('expired entries are swept as new ones arrive', async () => {
        const store = new MemoryDedupStore();
        for (let i = 0; i < 25; i++)
            await store.claim(`old${i}`, 0.05);
        for (let i = 0; i < 25; i++)
            await store.complete(`old-done${i}`, 0.05);
        await sleep(100);
        for (let i = 0; i < 10; i++)
            await store.claim(`new${i}`, 60);
        assert.ok(store.size < 60, `expired entries dropped (size ${store.size})`);
    });
});
// SQLite: a file in a temp dir; racers are worker threads with their own connections.
{
    let tmp;
    const table = uniqueTable('dedup');
    let store;
    contract('SQLite', async () => {
        tmp = tempSqlite();
        const db = tmp.open();
        store = new SqliteDedupStore({ db, table });
        return { store };
    }, async () => {
        await store?.close();
        tmp?.remove();
    });
    describe('SQLite DedupStore across connections', () => {
        test('worker threads with their own connections race for one key: exactly one wins', async () => {
            const file = tempSqlite();
            // The file, WAL mode and table exist before the workers start, so what races is the claim.
            const setup = file.open();
            await new SqliteDedupStore({ db: setup, table, pruneIntervalMs: 0 }).close();
            setup.close();
            try {
                const workerUrl = new URL('./stores-sqlite-worker.js', import.meta.url);
                const workers = 6;
                const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
                const barrier = new SharedArrayBuffer(4 * keys.length);
                const results = await Promise.all(Array.from({ length: workers }, () => new Promise((resolve, reject) => {
                    const w = new Worker(workerUrl, {
                        workerData: { path: file.path, table, keys, barrier, workers },
                    });
                    w.once('message', resolve);
                    w.once('error', reject);
                })));
                keys.forEach((key, i) => {
                    const winners = results.filter((r) => r[i]).length;
                    assert.equal(winners, 1, `${key}: ${winners} winners`);
                });
            }
            finally {
                file.remove();
            }
        });
        test('prune deletes expired rows only', async () => {
            const file = tempSqlite();
            const db = file.open();
            try {
                const s = new SqliteDedupStore({ db, table, pruneIntervalMs: 0 });
                await s.claim('short', 0.05);
                await s.complete('short-done', 0.05);
                await s.claim('long', 60);
                await s.complete('long-done', 60);
                await sleep(100);
                assert.equal(s.prune(), 2);
                const keys = db.prepare(`SELECT key FROM "${table}" ORDER BY key`).pluck().all();
                assert.deepEqual(keys, ['long', 'long-done']);
                await s.close();
            }
            finally {
                db.close();
                file.remove();
            }
        });
        test('a table from before the state column is migrated; its rows count as done', async () => {
            const file = tempSqlite();
            const db = file.open();
            try {
                db.exec(`CREATE TABLE "${table}" (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)`);
                db.prepare(`INSERT INTO "${table}" VALUES ('old', ?)`).run(Date.now() + 60_000);
                const s = new SqliteDedupStore({ db, table, pruneIntervalMs: 0 });
                await new SqliteDedupStore({ db, table, pruneIntervalMs: 0 }).close(); // again: no-op
                const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table);
                assert.deepEqual(columns, ['key', 'expires_at', 'state']);
                assert.equal(await s.claim('old', 60), 'done');
                assert.equal(await s.claim('new', 60), 'claimed');
                assert.equal(s.processOnce('tx', () => { }), true, 'processOnce on the migrated table');
                assert.equal(await s.claim('tx', 60), 'done', 'a processOnce row is done');
                await s.close();
            }
            finally {
                db.close();
                file.remove();
            }
        });
    });
}
// Redis: racers are separate connections.
{
    const prefix = `wharf-test:${uniqueTable('dedup')}:`;
    const clients = [];
    contract('Redis', async () => {
        const redis = await openRedis();
        if (typeof redis === 'string')
            return redis;
        clients.push(redis);
        return {
            store: new RedisDedupStore({ redis, prefix }),
            racers: async (n) => {
                const out = [];
                for (let i = 0; i < n; i++) {
                    const c = await openRedis();
                    if (typeof c === 'string')
                        throw new Error(c);
                    clients.push(c);
                    out.push(new RedisDedupStore({ redis: c, prefix }));
                }
                return out;
            },
        };
    }, async () => {
        if (clients[0])
            await deleteRedisPrefix(clients[0], prefix);
        for (const c of clients)
            c.disconnect();
    });
    describe('Redis DedupStore keys', () => {
        test('the value is the state and the key expires with the lease, then with the TTL', async (t) => {
            const redis = await openRedis();
            if (typeof redis === 'string')
                return t.skip(redis);
            const p = `wharf-test:${uniqueTable('ex')}:`;
            try {
                const store = new RedisDedupStore({ redis, prefix: p });
                await store.claim('m1', 30);
                assert.equal(await redis.get(`${p}m1`), 'processing');
                const lease = await redis.pttl(`${p}m1`);
                assert.ok(lease > 25_000 && lease <= 30_000, `lease pttl ${lease}`);
                await store.complete('m1', 3600);
                assert.equal(await redis.get(`${p}m1`), 'done');
                const ttl = await redis.pttl(`${p}m1`);
                assert.ok(ttl > 3_500_000 && ttl <= 3_600_000, `done pttl ${ttl}`);
                await store.release('m1');
                assert.equal(await redis.get(`${p}m1`), 'done', 'release leaves a done key');
            }
            finally {
                await deleteRedisPrefix(redis, p);
                redis.disconnect();
            }
        });
        test("a key written by the earlier store ('1') counts as done", async (t) => {
            const redis = await openRedis();
            if (typeof redis === 'string')
                return t.skip(redis);
            const p = `wharf-test:${uniqueTable('legacy')}:`;
            try {
                await redis.set(`${p}old`, '1', 'EX', 60);
                const store = new RedisDedupStore({ redis, prefix: p });
                assert.equal(await store.claim('old', 60), 'done');
            }
            finally {
                await deleteRedisPrefix(redis, p);
                redis.disconnect();
            }
        });
    });
}
// PostgreSQL: racers share a pool of several connections, so claims run in parallel sessions.
{
    const table = uniqueTable('dedup');
    let pool;
    contract('PostgreSQL', async () => {
        const p = await openPg(10);
        if (typeof p === 'string')
            return p;
        pool = p;
        const store = new PostgresDedupStore({ pool, table });
        await store.ensureSchema();
        await store.ensureSchema(); // idempotent
        return {
            store,
            racers: async (n) => Array.from({ length: n }, () => new PostgresDedupStore({ pool: p, table })),
        };
    }, async () => {
        if (!pool)
            return;
        await dropTables(pool, [table]);
        await pool.end();
    });
    describe('PostgreSQL DedupStore housekeeping', () => {
        test('prune deletes expired rows only; ensureSchema races are safe', async (t) => {
            const p = await openPg(6);
            if (typeof p === 'string')
                return t.skip(p);
            const tbl = uniqueTable('prune');
            try {
                const stores = Array.from({ length: 5 }, () => new PostgresDedupStore({ pool: p, table: tbl }));
                await Promise.all(stores.map((s) => s.ensureSchema()));
                const s = stores[0];
                await s.claim('short', 0.05);
                await s.complete('short-done', 0.05);
                await s.claim('long', 60);
                await s.complete('long-done', 60);
                await sleep(100);
                assert.equal(await s.prune(), 2);
                const { rows } = await p.query(`SELECT key, state FROM "${tbl}" ORDER BY key`);
                assert.deepEqual(rows, [
                    { key: 'long', state: 'processing' },
                    { key: 'long-done', state: 'done' },
                ]);
            }
            finally {
                await dropTables(p, [tbl]);
                await p.end();
            }
        });
        test('ensureSchema migrates a table from before the state column; its rows count as done', async (t) => {
            const p = await openPg(4);
            if (typeof p === 'string')
                return t.skip(p);
            const tbl = uniqueTable('migrate');
            try {
                await p.query(`CREATE TABLE "${tbl}" (key text PRIMARY KEY, expires_at timestamptz NOT NULL)`);
                await p.query(`INSERT INTO "${tbl}" VALUES ('old', now() + interval '1 hour')`);
                const s = new PostgresDedupStore({ pool: p, table: tbl });
                // processOncePg names no state: it works on the old shape as on the new one.
                assert.equal(await s.processOnce('before', async () => { }), true);
                await s.ensureSchema();
                assert.equal(await s.claim('old', 60), 'done');
                assert.equal(await s.claim('before', 60), 'done');
                assert.equal(await s.claim('new', 60), 'claimed');
                assert.equal(await s.processOnce('after', async () => { }), true);
                assert.equal(await s.claim('after', 60), 'done', 'a processOnce row is done');
                // Once migrated, ensureSchema asks for no lock that waits on a reader.
                const reader = await p.connect();
                try {
                    await reader.query('BEGIN');
                    await reader.query(`SELECT count(*) FROM "${tbl}"`);
                    const timeout = sleep(3000).then(() => 'blocked');
                    assert.equal(await Promise.race([s.ensureSchema().then(() => 'done'), timeout]), 'done');
                }
                finally {
                    await reader.query('COMMIT');
                    reader.release();
                }
            }
            finally {
                await dropTables(p, [tbl]);
                await p.end();
            }
        });
        test('rejects table names that are not plain identifiers', () => {
            for (const bad of ['x; DROP TABLE y', 'a.b.c', '"q"', '', '1abc']) {
                assert.throws(() => new PostgresDedupStore({ pool: {}, table: bad }), TypeError);
            }
        });
    });
}
//# sourceMappingURL=stores.test.js.map