// The required test: a relay SIGKILLed while publishing a large batch, then a
// new relay; every row reaches an idempotent consumer (DedupStore keyed by message id)
// exactly once. The killed batch was partly published but never marked sent, so the
// new relay publishes those rows again: the broker delivers duplicates, and the
// consumer's store drops them. Runs on PostgreSQL and SQLite, against Wharf and (for
// PostgreSQL) RabbitMQ.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { OutboxRelay } from '../../src/client/outbox/relay.js';
import { PostgresOutbox } from '../../src/client/outbox/postgres.js';
import { SqliteOutbox } from '../../src/client/outbox/sqlite.js';
import { MemoryDedupStore } from '../../src/client/stores/memory.js';
import { RedisDedupStore } from '../../src/client/stores/redis.js';
import { withPgTransaction } from '../../src/client/stores/pg-tx.js';
import { rabbitUrl, startWharf } from '../helpers/brokers.js';
import { AmqpTestPublisher, consumeQueue, declareRoute } from './outbox-amqp.js';
import { deleteRedisPrefix, dropTables, openPg, openRedis, PG_URL, sleep, tempSqlite, uniqueTable, waitFor, } from './stores-helpers.js';
const ROWS = 2000;
const BATCH = 500;
/** Deliveries seen before the kill: 250 rows into the second batch. */
const KILL_AT = BATCH + 250;
const childPath = new URL('./outbox-relay-child.js', import.meta.url).pathname;
describe('outbox relay killed mid-batch', () => {
    let wharf;
    let rabbit;
    let pool;
    let redis;
    const redisPrefix = `wharf-test:${uniqueTable('crash')}:`;
    const tables = [];
    const sqlite = tempSqlite();
    const children = new Set();
    before(async () => {
        [wharf, rabbit, pool, redis] = await Promise.all([startWharf(), rabbitUrl(), openPg(4), openRedis()]);
    });
    after(async () => {
        for (const c of children)
            c.kill('SIGKILL');
        if (typeof redis !== 'string') {
            await deleteRedisPrefix(redis, redisPrefix);
            redis.disconnect();
        }
        if (typeof pool !== 'string') {
            await dropTables(pool, tables);
            await pool.end();
        }
        sqlite.remove();
        await wharf?.stop();
    });
    async function pgDb(p) {
        const table = uniqueTable('crash_outbox');
        tables.push(table);
        const outbox = new PostgresOutbox({ pool: p, table, leaseMs: 1500 });
        await outbox.ensureSchema();
        return {
            kind: 'pg',
            where: PG_URL,
            table,
            outbox,
            fill: (exchange, routingKey, n) => withPgTransaction(p, async (tx) => {
                const ids = [];
                for (let i = 0; i < n; i++)
                    ids.push(await outbox.add(tx, { exchange, routingKey, payload: { i } }));
                return ids;
            }),
            unsent: () => outbox.unsentCount(),
        };
    }
    function sqliteDb() {
        const table = uniqueTable('crash_outbox');
        const db = sqlite.open();
        const outbox = new SqliteOutbox({ db, table, leaseMs: 1500 });
        return {
            kind: 'sqlite',
            where: sqlite.path,
            table,
            outbox,
            fill: async (exchange, routingKey, n) => db.transaction(() => {
                const ids = [];
                for (let i = 0; i < n; i++)
                    ids.push(outbox.add(db, { exchange, routingKey, payload: { i } }));
                return ids;
            })(),
            unsent: async () => outbox.unsentCount(),
        };
    }
    function startChild(db, amqpUrl) {
        const child = spawn(process.execPath, [childPath, db.kind, db.where, db.table, amqpUrl, String(BATCH)], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.add(child);
        child.once('exit', () => children.delete(child));
        let err = '';
        child.stderr.on('data', (d) => (err += d.toString()));
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`relay child not ready in 10 s\n${err}`)), 10_000);
            child.stdout.on('data', (d) => {
                if (d.toString().includes('ready')) {
                    clearTimeout(timer);
                    resolve(child);
                }
            });
            child.once('exit', (code) => reject(new Error(`relay child exited with ${code}\n${err}`)));
        });
    }
    async function run(t, db, amqpUrl) {
        const route = await declareRoute(amqpUrl, uniqueTable('crash-q'));
        const dedup = typeof redis === 'string'
            ? new MemoryDedupStore()
            : new RedisDedupStore({ redis, prefix: `${redisPrefix}${route.queue}:` });
        let deliveries = 0;
        const processed = [];
        // The idempotent consumer: a message id is processed only on its first claim.
        const consumer = await consumeQueue(amqpUrl, route.queue, async (env) => {
            deliveries++;
            if ((await dedup.claim(env.id, 60)) !== 'claimed')
                return;
            processed.push(env.id);
            await dedup.complete(env.id, 3600);
        }, 200);
        const publisher = await AmqpTestPublisher.open(amqpUrl);
        try {
            const ids = await db.fill(route.exchange, route.routingKey, ROWS);
            const child = await startChild(db, amqpUrl);
            const exited = new Promise((r) => child.once('exit', r));
            await waitFor(() => deliveries >= KILL_AT, 30_000, `${KILL_AT} deliveries before the kill (got ${deliveries})`);
            child.kill('SIGKILL');
            await exited;
            const unsentAfterKill = await db.unsent();
            const deliveredAtKill = deliveries;
            assert.ok(unsentAfterKill > 0 && unsentAfterKill < ROWS, `killed mid-way (${unsentAfterKill} unsent)`);
            // A new relay takes over once the killed relay's lease on its batch (1.5 s) ran out.
            const relay = new OutboxRelay({ outbox: db.outbox, publisher, batchSize: BATCH, pollIntervalMs: 100 });
            await relay.start();
            try {
                await waitFor(async () => (await db.unsent()) === 0, 30_000, 'the new relay to send every row');
            }
            finally {
                await relay.stop();
            }
            await waitFor(() => processed.length >= ROWS, 20_000, `${ROWS} processed (got ${processed.length})`);
            // Late duplicates may still be in flight: wait until the count stops changing.
            await waitFor(async () => {
                const seen = deliveries;
                await sleep(300);
                return deliveries === seen;
            }, 5000, 'deliveries to settle');
            const duplicates = deliveries - ROWS;
            t.diagnostic(`${db.kind}: ${deliveredAtKill} delivered when killed, ${unsentAfterKill} rows unsent; ` +
                `${deliveries} deliveries in all, ${duplicates} duplicates dropped by the DedupStore`);
            assert.equal(processed.length, ROWS, 'every row processed');
            assert.equal(new Set(processed).size, ROWS, 'no message id processed twice');
            assert.deepEqual([...processed].sort(), [...ids].sort(), 'exactly the committed rows');
            assert.ok(duplicates > 0, 'the killed batch was republished (so the DedupStore had work to do)');
        }
        finally {
            await consumer.close();
            await publisher.close();
            await route.remove().catch(() => { });
            await dedup.close?.();
        }
    }
    test('PostgreSQL outbox, Wharf', { timeout: 120_000 }, async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        await run(t, await pgDb(pool), wharf.url);
    });
    test('PostgreSQL outbox, RabbitMQ', { timeout: 120_000 }, async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        if (!rabbit)
            return t.skip('RabbitMQ not reachable');
        await run(t, await pgDb(pool), rabbit);
    });
    test('SQLite outbox, Wharf', { timeout: 120_000 }, async (t) => {
        await run(t, sqliteDb(), wharf.url);
    });
});
//# sourceMappingURL=outbox-crash.test.js.map