// Transactional outbox (PostgreSQL): the order row and its order.placed message are
// written in one database transaction; a relay publishes committed messages with
// confirms afterwards. A rolled-back transaction never publishes; a committed one always
// does (at least once, even if the broker was down at commit time). The consumer writes
// its shipment and the message id in one transaction too (processOncePg), so a message
// the relay published twice ships once.
//
//   node dist/examples/outbox.js [amqp://guest:guest@127.0.0.1:5672]
//
// PostgreSQL from PG_URL (default postgres://postgres@127.0.0.1:5432/test). The same
// with SQLite: SqliteOutbox and processOnceSqlite (docs/client-stores.md).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { connect, OutboxRelay } from 'wharfmq/client';
import { PostgresDedupStore, PostgresOutbox, processOncePg, withPgTransaction, } from 'wharfmq/client/postgres';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const pgUrl = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
setTimeout(() => fail('timed out'), 20_000).unref();
const pool = new pg.Pool({ connectionString: pgUrl, max: 4, connectionTimeoutMillis: 3000 }); // the relay LISTENs on one
pool.on('error', (err) => console.error('pg:', err.message)); // an idle connection that dropped
await pool.query('SELECT 1').catch((err) => fail(`PostgreSQL not reachable at ${pgUrl}: ${err.message}`));
const run = randomUUID().slice(0, 8);
const t = {
    orders: `examples_orders_${run}`,
    shipments: `examples_shipments_${run}`,
    outbox: `examples_outbox_${run}`,
    processed: `examples_processed_${run}`,
};
await pool.query(`CREATE TABLE ${t.orders} (id text PRIMARY KEY, total numeric NOT NULL)`);
await pool.query(`CREATE TABLE ${t.shipments} (order_id text NOT NULL, shipped_at timestamptz DEFAULT now())`);
const outbox = new PostgresOutbox({ pool, table: t.outbox });
await outbox.ensureSchema();
await new PostgresDedupStore({ pool, table: t.processed }).ensureSchema();
const client = await connect(url);
const shipping = await client.workQueue(`examples.shipping.${run}`);
console.log(`orders in PostgreSQL, order.placed to ${shipping.name} (${client.url})`);
// The order service: business row and message, one transaction.
async function placeOrder(id, total, crash = false) {
    return withPgTransaction(pool, async (tx) => {
        await tx.query(`INSERT INTO ${t.orders} (id, total) VALUES ($1, $2)`, [id, total]);
        const messageId = await outbox.add(tx, {
            exchange: '',
            routingKey: shipping.name,
            payload: { orderId: id, total },
            options: { type: 'order.placed' },
        });
        if (crash)
            throw new Error('payment provider timed out'); // rolls back the row and the message
        return messageId;
    });
}
const relay = new OutboxRelay({ outbox, publisher: client, onError: (err) => console.error('relay:', err) });
await relay.start(); // wakes on LISTEN/NOTIFY when a transaction commits
// The shipping service: ships each order once.
let handled = 0;
await shipping.consume(async (msg) => {
    const ran = await processOncePg(pool, msg.id, (tx) => tx.query(`INSERT INTO ${t.shipments} (order_id) VALUES ($1)`, [msg.payload.orderId]), { table: t.processed });
    console.log(`shipping: ${msg.payload.orderId} ${ran ? 'shipped' : 'already shipped, duplicate skipped'}`);
    handled++;
});
const id1 = await placeOrder('o-1', 99.5);
console.log('o-1 committed');
await placeOrder('o-2', 15, true).catch((err) => console.log(`o-2 rolled back (${err.message})`));
while (handled < 1)
    await sleep(10);
// A relay that died after the broker's confirm but before marking the row sent publishes
// it again, with the same message id:
await client.publish('', shipping.name, { orderId: 'o-1', total: 99.5 }, { messageId: id1 });
while (handled < 2)
    await sleep(10);
await sleep(200); // o-2 would have arrived by now
const orders = (await pool.query(`SELECT id FROM ${t.orders}`)).rows.map((r) => r.id);
const shipped = (await pool.query(`SELECT order_id FROM ${t.shipments}`)).rows.map((r) => r.order_id);
const unsent = await outbox.unsentCount();
await relay.stop();
await client.close();
for (const table of Object.values(t))
    await pool.query(`DROP TABLE ${table}`);
await pool.end();
console.log(`orders table: ${orders.join(', ')}; shipped: ${shipped.join(', ')}; unsent outbox rows: ${unsent}`);
if (orders.join() !== 'o-1' || shipped.join() !== 'o-1' || unsent !== 0)
    fail('expected only o-1, shipped once');
console.log('OK: the committed order was published and shipped once, the rolled-back one never left');
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=outbox.js.map