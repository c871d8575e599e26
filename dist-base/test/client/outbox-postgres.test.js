// The PostgreSQL outbox against a real Wharf: rows of rolled-back transactions never
// leave, committed rows are published with confirms (message id = the row's id) and
// marked sent, two relays split the rows without publishing any twice, NOTIFY wakes an
// idle relay long before its poll interval, failures are recorded, old rows cleaned up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OutboxRelay } from '../../src/client/outbox/relay.js';
import { PostgresOutbox } from '../../src/client/outbox/postgres.js';
import { withPgTransaction } from '../../src/client/stores/pg-tx.js';
import { startWharf } from '../helpers/brokers.js';
import { AmqpTestPublisher, collect, declareRoute } from './outbox-amqp.js';
import { dropTables, openPg, sleep, uniqueTable, waitFor } from './stores-helpers.js';
/** A real publisher that records what it published, optionally slowed down per message. */
class RecordingPublisher {
    inner;
    delayMs;
    ids = [];
    constructor(inner, delayMs = 0) {
        this.inner = inner;
        this.delayMs = delayMs;
    }
    async publish(exchange, routingKey, payload, options) {
        if (this.delayMs)
            await sleep(this.delayMs);
        await this.inner.publish(exchange, routingKey, payload, options);
        this.ids.push(options.messageId);
    }
}
describe('PostgreSQL outbox', () => {
    let wharf;
    let pool;
    let publisher;
    const tables = [];
    const routes = [];
    before(async () => {
        [wharf, pool] = await Promise.all([startWharf(), openPg(12)]);
        publisher = await AmqpTestPublisher.open(wharf.url);
    });
    after(async () => {
        await publisher?.close();
        for (const r of routes)
            await r.remove().catch(() => { });
        if (typeof pool !== 'string') {
            await dropTables(pool, tables);
            await pool.end();
        }
        await wharf?.stop();
    });
    /** A fresh outbox table and a bound queue for one test. */
    async function fixture(p) {
        const table = uniqueTable('outbox');
        tables.push(table);
        const outbox = new PostgresOutbox({ pool: p, table });
        await outbox.ensureSchema();
        const route = await declareRoute(wharf.url, uniqueTable('outbox-q'));
        routes.push(route);
        const add = (tx, i, extra = {}) => outbox.add(tx, {
            exchange: route.exchange,
            routingKey: route.routingKey,
            payload: { n: i },
            options: { type: 'test.item', ...extra },
        });
        return { table, outbox, route, add };
    }
    test('rolled-back rows are never published; committed rows are, with their message id, and marked sent', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const { table, outbox, route, add } = await fixture(p);
        await p.query(`CREATE TABLE "${table}_orders" (id int PRIMARY KEY)`);
        tables.push(`${table}_orders`);
        const committedIds = [];
        await withPgTransaction(p, async (tx) => {
            await tx.query(`INSERT INTO "${table}_orders" VALUES (1)`);
            committedIds.push(await add(tx, 1, { headers: { tenant: 'acme' }, correlationId: 'c-1' }));
            committedIds.push(await add(tx, 2));
        });
        await assert.rejects(withPgTransaction(p, async (tx) => {
            await tx.query(`INSERT INTO "${table}_orders" VALUES (2)`);
            await add(tx, 3);
            throw new Error('business rule failed');
        }), /business rule failed/);
        assert.equal(await outbox.unsentCount(), 2, 'the rolled-back row is not in the table');
        const consumer = await collect(wharf.url, route.queue);
        try {
            const relay = new OutboxRelay({ outbox, publisher });
            assert.equal(await relay.drain(), 2);
            await waitFor(() => consumer.got.length >= 2, 5000, 'two deliveries');
            await sleep(200); // nothing else arrives
            assert.deepEqual(consumer.got.map((e) => e.id), committedIds, 'in order, with the rows’ message ids');
            const [first] = consumer.got;
            assert.deepEqual(first.payload, { n: 1 });
            assert.equal(first.type, 'test.item');
            assert.equal(first.correlationId, 'c-1');
            assert.equal(first.headers.tenant, 'acme');
            assert.equal(first.contentType, 'application/json');
            const { rows } = await p.query(`SELECT sent_at, attempts FROM "${table}" ORDER BY id`);
            assert.equal(rows.length, 2);
            for (const r of rows)
                assert.ok(r.sent_at instanceof Date && r.attempts === 0);
            assert.equal(await relay.drain(), 0, 'nothing left to send');
        }
        finally {
            await consumer.close();
        }
    });
    test('two relays together publish every row once: no row by both', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const { outbox, route, add } = await fixture(p);
        const n = 400;
        await withPgTransaction(p, async (tx) => {
            for (let i = 0; i < n; i++)
                await add(tx, i);
        });
        const consumer = await collect(wharf.url, route.queue);
        try {
            // Slowed down so both relays are busy at the same time and contend for rows.
            const pubA = new RecordingPublisher(publisher, 15);
            const pubB = new RecordingPublisher(publisher, 15);
            const a = new OutboxRelay({ outbox, publisher: pubA, batchSize: 20, pollIntervalMs: 50 });
            const b = new OutboxRelay({ outbox, publisher: pubB, batchSize: 20, pollIntervalMs: 50 });
            await Promise.all([a.start(), b.start()]);
            await waitFor(async () => (await outbox.unsentCount()) === 0, 20_000, 'all rows sent');
            await Promise.all([a.stop(), b.stop()]);
            await waitFor(() => consumer.got.length >= n, 10_000, `${n} deliveries (got ${consumer.got.length})`);
            await sleep(200);
            const byA = new Set(pubA.ids);
            const both = pubB.ids.filter((id) => byA.has(id));
            assert.deepEqual(both, [], 'no row published by both relays');
            assert.equal(pubA.ids.length + pubB.ids.length, n);
            assert.ok(pubA.ids.length > 0 && pubB.ids.length > 0, `both relays worked (${pubA.ids.length}/${pubB.ids.length})`);
            const delivered = consumer.got.map((e) => e.id);
            assert.equal(delivered.length, n, 'each row delivered once');
            assert.equal(new Set(delivered).size, n);
        }
        finally {
            await consumer.close();
        }
    });
    test('while a batch waits for the broker the relay holds no row lock: writers and other relays go on', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const { table, outbox, route, add } = await fixture(p);
        await withPgTransaction(p, async (tx) => {
            for (let i = 0; i < 5; i++)
                await add(tx, i);
        });
        const consumer = await collect(wharf.url, route.queue);
        // A broker that takes its time: no publish resolves before `open` is called.
        let open = () => { };
        const gate = new Promise((r) => (open = r));
        let called = 0;
        const slow = {
            publish: async (exchange, routingKey, payload, options) => {
                called++;
                await gate;
                await publisher.publish(exchange, routingKey, payload, options);
            },
        };
        const relay = new OutboxRelay({ outbox, publisher: slow, batchSize: 3 });
        try {
            const pass = relay.runOnce();
            await waitFor(() => called === 3, 5000, 'the batch of 3 being published');
            const { rows: claimed } = await p.query(`SELECT id::text AS id FROM "${table}" WHERE lease_until IS NOT NULL ORDER BY id`);
            assert.equal(claimed.length, 3, 'the claim is committed and visible');
            // A writer of those very rows is not blocked (NOWAIT fails at once on a held lock).
            await withPgTransaction(p, async (tx) => {
                await tx.query(`SELECT id FROM "${table}" WHERE id = ANY($1::bigint[]) FOR UPDATE NOWAIT`, [
                    claimed.map((r) => r.id),
                ]);
                await tx.query(`UPDATE "${table}" SET last_error = 'touched' WHERE id = ANY($1::bigint[])`, [
                    claimed.map((r) => r.id),
                ]);
            });
            // A transaction holding row locks also holds a RowShareLock on the table: none is left.
            const locks = await p.query(`SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE c.relname = $1 AND l.pid <> pg_backend_pid()`, [table]);
            assert.equal(Number(locks.rows[0].n), 0, 'no transaction left open on the table across the publish');
            // Another relay meanwhile takes only the rows nobody leases.
            const other = new RecordingPublisher(publisher);
            const second = await new OutboxRelay({ outbox, publisher: other, batchSize: 10 }).runOnce();
            assert.deepEqual(second, { claimed: 2, sent: 2, failed: 0 });
            open();
            assert.deepEqual(await pass, { claimed: 3, sent: 3, failed: 0 });
            assert.equal(await outbox.unsentCount(), 0);
            await waitFor(() => consumer.got.length >= 5, 5000, '5 deliveries');
            await sleep(100);
            assert.equal(consumer.got.length, 5, 'each row once');
            const leftovers = await p.query(`SELECT 1 FROM "${table}" WHERE lease_until IS NOT NULL`);
            assert.equal(leftovers.rowCount, 0, 'marking cleared the leases');
        }
        finally {
            open();
            await consumer.close();
        }
    });
    test('a failed row is recorded only while the relay still holds its lease', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const table = uniqueTable('outbox');
        tables.push(table);
        const outbox = new PostgresOutbox({ pool: p, table, leaseMs: 200 });
        await outbox.ensureSchema();
        await outbox.add(p, { exchange: 'nowhere', routingKey: 'x', payload: 1 });
        let taken = 0;
        const late = new OutboxRelay({
            outbox,
            publisher: {
                publish: async () => {
                    // The lease runs out while this relay waits; another relay takes the row.
                    await sleep(400);
                    const again = await new OutboxRelay({
                        outbox,
                        publisher: { publish: async () => void taken++ },
                    }).runOnce();
                    assert.equal(again.claimed, 1);
                    throw new Error('broker said no');
                },
            },
        });
        assert.deepEqual(await late.runOnce(), { claimed: 1, sent: 0, failed: 1 });
        const { rows } = await p.query(`SELECT attempts, sent_at IS NOT NULL AS sent FROM "${table}"`);
        assert.deepEqual(rows, [{ attempts: 0, sent: true }], 'the other relay sent it; the late failure did not count');
        assert.equal(taken, 1);
    });
    test('ensureSchema adds lease_until to a table from before the claim-then-publish relay', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const table = uniqueTable('outbox_old');
        tables.push(table);
        await pool.query(`CREATE TABLE "${table}" (
      id bigserial PRIMARY KEY, message_id text NOT NULL UNIQUE, exchange text NOT NULL,
      routing_key text NOT NULL, body bytea NOT NULL, content_type text NOT NULL, options jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(), attempts integer NOT NULL DEFAULT 0,
      last_error text, sent_at timestamptz)`);
        const outbox = new PostgresOutbox({ pool, table });
        await outbox.add(pool, { exchange: 'x', routingKey: 'y', payload: 1 });
        await outbox.ensureSchema();
        await outbox.ensureSchema(); // twice: nothing to do the second time
        const sent = await new OutboxRelay({ outbox, publisher: { publish: async () => { } } }).runOnce();
        assert.deepEqual(sent, { claimed: 1, sent: 1, failed: 0 });
    });
    test('NOTIFY wakes an idle relay long before its poll interval; a rollback does not publish', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const { outbox, route, add } = await fixture(p);
        const consumer = await collect(wharf.url, route.queue);
        const relay = new OutboxRelay({ outbox, publisher, pollIntervalMs: 60_000 });
        try {
            await relay.start();
            await sleep(300); // the first pass found nothing; the relay now sleeps up to 60 s
            const id0 = await withPgTransaction(p, async (tx) => {
                const id = await add(tx, 0);
                await sleep(300);
                assert.equal(consumer.got.length, 0, 'nothing is published before COMMIT');
                return id;
            });
            await waitFor(() => consumer.got.some((e) => e.id === id0), 5000, 'row 0 delivered after COMMIT');
            await assert.rejects(withPgTransaction(p, async (tx) => {
                await add(tx, 1);
                throw new Error('rollback');
            }));
            const latencies = [];
            for (let i = 2; i < 5; i++) {
                const t0 = Date.now();
                const id = await withPgTransaction(p, (tx) => add(tx, i));
                await waitFor(() => consumer.got.some((e) => e.id === id), 5000, `row ${i} delivered`);
                latencies.push(Date.now() - t0);
            }
            t.diagnostic(`add → delivery latencies: ${latencies.join(', ')} ms (poll interval 60 000 ms)`);
            for (const ms of latencies)
                assert.ok(ms < 2000, `latency ${ms} ms`);
            assert.deepEqual(consumer.got.map((e) => e.payload.n), [0, 2, 3, 4], 'the committed rows only');
        }
        finally {
            await relay.stop();
            await consumer.close();
        }
    });
    test('an unroutable row is recorded as failed and retried, without holding back the others', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const { table, outbox, route, add } = await fixture(p);
        await add(p, 1);
        await outbox.add(p, { exchange: route.exchange, routingKey: 'nowhere', payload: 'lost?' });
        await add(p, 3);
        const consumer = await collect(wharf.url, route.queue);
        try {
            const relay = new OutboxRelay({ outbox, publisher, maxAttempts: 2 });
            const first = await relay.runOnce();
            assert.deepEqual(first, { claimed: 3, sent: 2, failed: 1 });
            assert.deepEqual(await relay.runOnce(), { claimed: 1, sent: 0, failed: 1 });
            assert.deepEqual(await relay.runOnce(), { claimed: 0, sent: 0, failed: 0 }, 'maxAttempts reached');
            const { rows } = await p.query(`SELECT attempts, last_error FROM "${table}" WHERE sent_at IS NULL`);
            assert.equal(rows.length, 1);
            assert.equal(rows[0].attempts, 2);
            assert.match(rows[0].last_error, /unroutable/i);
            await waitFor(() => consumer.got.length >= 2, 5000, 'the routable rows');
        }
        finally {
            await consumer.close();
        }
    });
    test('deleteSent removes sent rows older than the retention, never unsent ones', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const p = pool;
        const { table, outbox, add } = await fixture(p);
        for (let i = 0; i < 5; i++)
            await add(p, i);
        const relay = new OutboxRelay({ outbox, publisher, batchSize: 3 });
        assert.equal(await relay.runOnce().then((r) => r.sent), 3);
        assert.equal(await outbox.deleteSent(60_000), 0, 'sent just now: kept');
        await sleep(50);
        assert.equal(await outbox.deleteSent(10), 3);
        const { rows } = await p.query(`SELECT count(*)::int AS n FROM "${table}" WHERE sent_at IS NULL`);
        assert.equal(rows[0].n, 2, 'unsent rows stay');
        // The relay's own retention runs as part of its loop.
        const cleaning = new OutboxRelay({
            outbox,
            publisher,
            deleteSentAfterMs: 1,
            pollIntervalMs: 20,
            cleanupIntervalMs: 20,
        });
        await cleaning.start();
        await waitFor(async () => Number((await p.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n) === 0, 5000, 'all rows sent and cleaned up');
        await cleaning.stop();
    });
    test('add() refuses what it could not publish faithfully, inside the caller’s transaction', async (t) => {
        if (typeof pool === 'string')
            return t.skip(pool);
        const { outbox, route } = await fixture(pool);
        await assert.rejects(outbox.add(pool, {
            exchange: route.exchange,
            routingKey: 'rk',
            payload: {},
            options: { headers: { at: new Date() } },
        }), /headers\.at is not a JSON value/);
        await assert.rejects(outbox.add(pool, { exchange: route.exchange, routingKey: 'rk', payload: { big: 1n } }), TypeError);
        const id = await outbox.add(pool, {
            exchange: route.exchange,
            routingKey: 'rk',
            payload: 1,
            options: { messageId: 'fixed' },
        });
        assert.equal(id, 'fixed');
        await assert.rejects(outbox.add(pool, {
            exchange: route.exchange,
            routingKey: 'rk',
            payload: 2,
            options: { messageId: 'fixed' },
        }), /duplicate key/, 'a message id is added once');
    });
});
//# sourceMappingURL=outbox-postgres.test.js.map