// Same-transaction processing: the processed-id row and the handler's business writes
// commit together, a duplicate runs nothing, and a throwing handler leaves neither.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PostgresDedupStore } from '../../src/client/stores/postgres.js';
import { processOncePg } from '../../src/client/stores/postgres-process-once.js';
import { SqliteDedupStore } from '../../src/client/stores/sqlite.js';
import { processOnceSqlite } from '../../src/client/stores/sqlite-process-once.js';
import { dropTables, openPg, sleep, tempSqlite, uniqueTable } from './stores-helpers.js';
describe('processOncePg', () => {
    let pool;
    const processed = uniqueTable('processed');
    const orders = uniqueTable('orders');
    let store;
    before(async () => {
        pool = await openPg(6);
        if (typeof pool === 'string')
            return;
        store = new PostgresDedupStore({ pool, table: processed });
        await store.ensureSchema();
        await pool.query(`CREATE TABLE "${orders}" (id text PRIMARY KEY, total int NOT NULL)`);
    });
    after(async () => {
        if (typeof pool === 'string')
            return;
        await dropTables(pool, [processed, orders]);
        await pool.end();
    });
    const count = async (p, sql, args = []) => Number((await p.query(sql, args)).rows[0].n);
    test('commits the business write and the processed id together; a duplicate runs nothing', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        let runs = 0;
        const handle = (tx) => {
            runs++;
            return tx.query(`INSERT INTO "${orders}" (id, total) VALUES ($1, $2)`, ['o1', 42]);
        };
        assert.equal(await processOncePg(p, 'msg-1', handle, { table: processed }), true);
        assert.equal(await processOncePg(p, 'msg-1', handle, { table: processed }), false);
        assert.equal(await store.processOnce('msg-1', handle), false, 'the store method shares the table');
        assert.equal(runs, 1);
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${orders}"`), 1);
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${processed}" WHERE key = 'msg-1'`), 1);
    });
    test('a throwing handler leaves neither the business write nor the id; a retry then succeeds', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        await assert.rejects(store.processOnce('msg-2', async (tx) => {
            await tx.query(`INSERT INTO "${orders}" (id, total) VALUES ('o2', 1)`);
            throw new Error('payment gateway down');
        }), /payment gateway down/);
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${orders}" WHERE id = 'o2'`), 0);
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${processed}" WHERE key = 'msg-2'`), 0);
        const ran = await store.processOnce('msg-2', (tx) => tx.query(`INSERT INTO "${orders}" (id, total) VALUES ('o2', 2)`));
        assert.equal(ran, true);
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${orders}" WHERE id = 'o2'`), 1);
    });
    test('concurrent deliveries of one id: one runs, the other waits and sees a duplicate', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        let runs = 0;
        const slow = async (tx) => {
            runs++;
            await tx.query(`INSERT INTO "${orders}" (id, total) VALUES ('o3', 3)`);
            await sleep(200); // hold the transaction open while the others arrive
        };
        const results = await Promise.all([1, 2, 3, 4].map(() => store.processOnce('msg-3', slow)));
        assert.deepEqual(results.filter(Boolean).length, 1);
        assert.equal(runs, 1);
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${orders}" WHERE id = 'o3'`), 1);
    });
    test('when the first delivery fails, a concurrent one waiting on it runs instead', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        let first = true;
        const results = await Promise.allSettled([0, 1].map(async (i) => {
            await sleep(i * 50); // the failing one claims first
            return store.processOnce('msg-4', async (tx) => {
                await tx.query(`INSERT INTO "${orders}" (id, total) VALUES ('o4', 4)`);
                if (first) {
                    first = false;
                    await sleep(200);
                    throw new Error('first attempt fails');
                }
            });
        }));
        assert.equal(results[0].status, 'rejected');
        assert.deepEqual(results[1], { status: 'fulfilled', value: true });
        assert.equal(await count(p, `SELECT count(*) AS n FROM "${orders}" WHERE id = 'o4'`), 1);
    });
});
describe('processOnceSqlite', () => {
    const tmp = tempSqlite();
    const db = tmp.open();
    const processed = uniqueTable('processed');
    const store = new SqliteDedupStore({ db, table: processed, pruneIntervalMs: 0 });
    db.exec('CREATE TABLE orders (id TEXT PRIMARY KEY, total INTEGER NOT NULL)');
    after(async () => {
        await store.close();
        db.close();
        tmp.remove();
    });
    const count = (sql) => db.prepare(sql).pluck().get();
    test('commits the business write and the processed id together; a duplicate runs nothing', () => {
        let runs = 0;
        const handle = (d) => {
            runs++;
            d.prepare('INSERT INTO orders VALUES (?, ?)').run('o1', 42);
        };
        assert.equal(processOnceSqlite(db, 'msg-1', handle, { table: processed }), true);
        assert.equal(processOnceSqlite(db, 'msg-1', handle, { table: processed }), false);
        assert.equal(store.processOnce('msg-1', handle), false);
        assert.equal(runs, 1);
        assert.equal(count(`SELECT count(*) FROM orders`), 1);
        assert.equal(count(`SELECT count(*) FROM "${processed}" WHERE key = 'msg-1'`), 1);
    });
    test('a throwing handler leaves neither the business write nor the id', () => {
        assert.throws(() => store.processOnce('msg-2', (d) => {
            d.prepare(`INSERT INTO orders VALUES ('o2', 1)`).run();
            throw new Error('boom');
        }), /boom/);
        assert.equal(count(`SELECT count(*) FROM orders WHERE id = 'o2'`), 0);
        assert.equal(count(`SELECT count(*) FROM "${processed}" WHERE key = 'msg-2'`), 0);
        assert.equal(store.processOnce('msg-2', (d) => d.prepare(`INSERT INTO orders VALUES ('o2', 2)`).run()), true);
        assert.equal(count(`SELECT total FROM orders WHERE id = 'o2'`), 2);
    });
    test('an async handler is refused and its synchronous writes are rolled back', () => {
        assert.throws(() => store.processOnce('msg-3', async (d) => {
            d.prepare(`INSERT INTO orders VALUES ('o3', 3)`).run();
        }), /must be synchronous/);
        assert.equal(count(`SELECT count(*) FROM orders WHERE id = 'o3'`), 0);
        assert.equal(count(`SELECT count(*) FROM "${processed}" WHERE key = 'msg-3'`), 0);
    });
    test('an expired processed id lets the message run again', async () => {
        assert.equal(store.processOnce('msg-4', () => { }, 0.05), true);
        assert.equal(store.processOnce('msg-4', () => { }, 0.05), false);
        await sleep(100);
        assert.equal(store.processOnce('msg-4', () => { }, 60), true);
    });
});
//# sourceMappingURL=stores-process-once.test.js.map