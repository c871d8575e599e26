// The SQLite outbox against a real Wharf: rolled-back rows never leave, committed rows
// are published with confirms and marked sent, an in-process add wakes the relay at
// once, two relays on separate connections split the rows by lease without publishing
// any twice, failures are recorded, sent rows cleaned up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect } from '../../src/client/index.js';
import { OutboxRelay } from '../../src/client/outbox/relay.js';
import { SqliteOutbox } from '../../src/client/outbox/sqlite.js';
import { startWharf } from '../helpers/brokers.js';
import { AmqpTestPublisher, collect, declareRoute } from './outbox-amqp.js';
import { sleep, tempSqlite, uniqueTable, waitFor } from './stores-helpers.js';
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
describe('SQLite outbox', () => {
    let wharf;
    let publisher;
    const file = tempSqlite();
    const dbs = [];
    const routes = [];
    const open = () => {
        const db = file.open();
        dbs.push(db);
        return db;
    };
    before(async () => {
        wharf = await startWharf();
        publisher = await AmqpTestPublisher.open(wharf.url);
    });
    after(async () => {
        await publisher?.close();
        for (const r of routes)
            await r.remove().catch(() => { });
        for (const db of dbs)
            db.close();
        file.remove();
        await wharf?.stop();
    });
    async function fixture() {
        const table = uniqueTable('outbox');
        const db = open();
        const outbox = new SqliteOutbox({ db, table });
        const route = await declareRoute(wharf.url, uniqueTable('outbox-q'));
        routes.push(route);
        const add = (on, i) => outbox.add(on, { exchange: route.exchange, routingKey: route.routingKey, payload: { n: i } });
        return { table, db, outbox, route, add };
    }
    test('rolled-back rows are never published; committed rows are, with their message id, and marked sent', async () => {
        const { table, db, outbox, route, add } = await fixture();
        db.exec(`CREATE TABLE "${table}_orders" (id INTEGER PRIMARY KEY)`);
        const committed = db.transaction(() => {
            db.prepare(`INSERT INTO "${table}_orders" VALUES (1)`).run();
            return [add(db, 1), add(db, 2)];
        })();
        assert.throws(() => db.transaction(() => {
            db.prepare(`INSERT INTO "${table}_orders" VALUES (2)`).run();
            add(db, 3);
            throw new Error('business rule failed');
        })(), /business rule failed/);
        assert.equal(outbox.unsentCount(), 2);
        const consumer = await collect(wharf.url, route.queue);
        try {
            const relay = new OutboxRelay({ outbox, publisher });
            assert.equal(await relay.drain(), 2);
            await waitFor(() => consumer.got.length >= 2, 5000, 'two deliveries');
            await sleep(200);
            assert.deepEqual(consumer.got.map((e) => e.id), committed);
            assert.deepEqual(consumer.got.map((e) => e.payload), [{ n: 1 }, { n: 2 }]);
            const rows = db.prepare(`SELECT sent_at, lease_until FROM "${table}"`).all();
            for (const r of rows)
                assert.ok(r.sent_at !== null && r.lease_until === null);
        }
        finally {
            await consumer.close();
        }
    });
    test('an add in this process wakes an idle relay at once', async (t) => {
        const { db, outbox, route, add } = await fixture();
        const consumer = await collect(wharf.url, route.queue);
        const relay = new OutboxRelay({ outbox, publisher, pollIntervalMs: 60_000 });
        try {
            await relay.start();
            await sleep(200);
            const latencies = [];
            for (let i = 0; i < 3; i++) {
                const t0 = Date.now();
                const id = db.transaction(() => add(db, i))();
                await waitFor(() => consumer.got.some((e) => e.id === id), 5000, `row ${i}`);
                latencies.push(Date.now() - t0);
            }
            t.diagnostic(`add → delivery latencies: ${latencies.join(', ')} ms (poll interval 60 000 ms)`);
            for (const ms of latencies)
                assert.ok(ms < 2000, `latency ${ms} ms`);
        }
        finally {
            await relay.stop();
            await consumer.close();
        }
    });
    test('two relays on separate connections publish every row once: no row by both', async () => {
        const { table, db, route, add } = await fixture();
        const n = 300;
        db.transaction(() => {
            for (let i = 0; i < n; i++)
                add(db, i);
        })();
        const consumer = await collect(wharf.url, route.queue);
        try {
            const pubA = new RecordingPublisher(publisher, 10);
            const pubB = new RecordingPublisher(publisher, 10);
            const a = new OutboxRelay({
                outbox: new SqliteOutbox({ db: open(), table }),
                publisher: pubA,
                batchSize: 15,
                pollIntervalMs: 30,
            });
            const b = new OutboxRelay({
                outbox: new SqliteOutbox({ db: open(), table }),
                publisher: pubB,
                batchSize: 15,
                pollIntervalMs: 30,
            });
            await Promise.all([a.start(), b.start()]);
            const probe = new SqliteOutbox({ db, table });
            await waitFor(() => probe.unsentCount() === 0, 20_000, 'all rows sent');
            await Promise.all([a.stop(), b.stop()]);
            await waitFor(() => consumer.got.length >= n, 10_000, `${n} deliveries`);
            await sleep(200);
            const byA = new Set(pubA.ids);
            assert.deepEqual(pubB.ids.filter((id) => byA.has(id)), [], 'no row published by both relays');
            assert.equal(pubA.ids.length + pubB.ids.length, n);
            assert.ok(pubA.ids.length > 0 && pubB.ids.length > 0, `both worked (${pubA.ids.length}/${pubB.ids.length})`);
            assert.equal(consumer.got.length, n);
            assert.equal(new Set(consumer.got.map((e) => e.id)).size, n);
        }
        finally {
            await consumer.close();
        }
    });
    test('an unroutable row is recorded as failed; maxAttempts stops retrying it; deleteSent keeps unsent rows', async () => {
        const { table, db, outbox, route, add } = await fixture();
        add(db, 1);
        outbox.add(db, { exchange: route.exchange, routingKey: 'nowhere', payload: 'x' });
        add(db, 3);
        const relay = new OutboxRelay({ outbox, publisher, maxAttempts: 2 });
        assert.deepEqual(await relay.runOnce(), { claimed: 3, sent: 2, failed: 1 });
        assert.deepEqual(await relay.runOnce(), { claimed: 1, sent: 0, failed: 1 });
        assert.deepEqual(await relay.runOnce(), { claimed: 0, sent: 0, failed: 0 });
        const failed = db.prepare(`SELECT attempts, last_error FROM "${table}" WHERE sent_at IS NULL`).all();
        assert.equal(failed.length, 1);
        assert.equal(failed[0].attempts, 2);
        assert.match(failed[0].last_error, /unroutable/i);
        await sleep(20);
        assert.equal(await outbox.deleteSent(60_000), 0);
        assert.equal(await outbox.deleteSent(5), 2);
        assert.equal(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), 1, 'the unsent row stays');
    });
    test('the SDK client as the relay’s publisher: payloads arrive as they were added', async () => {
        const { db, outbox, route } = await fixture();
        const client = await connect(wharf.url);
        try {
            const payloads = [
                { order: 1, lines: [1, 2] },
                'plain text',
                Buffer.from([0, 1, 2, 255]),
                null,
            ];
            const ids = db.transaction(() => payloads.map((payload) => outbox.add(db, {
                exchange: route.exchange,
                routingKey: route.routingKey,
                payload,
                options: { type: 't' },
            })))();
            const got = [];
            await client.consume(route.queue, (m) => void got.push(m), { retry: false, deadLetterQueue: false });
            const relay = new OutboxRelay({ outbox, publisher: client });
            assert.equal(await relay.drain(), payloads.length);
            await waitFor(() => got.length >= payloads.length, 5000, 'all deliveries');
            assert.deepEqual(got.map((m) => m.id), ids);
            assert.deepEqual(got.map((m) => m.contentType), ['application/json', 'text/plain', 'application/octet-stream', 'application/json']);
            assert.deepEqual(got[0].payload, payloads[0]);
            assert.equal(got[1].payload, 'plain text');
            assert.deepEqual(got[2].body, payloads[2]);
            assert.equal(got[3].payload, null);
            assert.ok(got.every((m) => m.type === 't'));
        }
        finally {
            await client.close({ deadlineMs: 1000 });
        }
    });
});
//# sourceMappingURL=outbox-sqlite.test.js.map