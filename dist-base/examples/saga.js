// Saga (choreography): a distributed transaction as a chain of events, with no
// coordinator. order.created -> payment charges -> inventory reserves -> order confirmed.
// When a later step fails, compensations undo the earlier ones, as more events:
// inventory.failed -> payment refunds -> order cancelled.
//
//   node dist/examples/saga.js [amqp://guest:guest@127.0.0.1:5672]
//
// Each service is a saga participant with its own queue, bound to the event types it
// handles; all events of one order carry the same correlation id. A re-run step re-emits
// the same message ids, so the next participant's dedup store drops the repeat.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, defineSaga, MemoryDedupStore } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const exchange = `examples.shop.${randomUUID().slice(0, 8)}`;
await client.declareExchange(exchange, 'topic', { autoDelete: true });
console.log(`saga events on topic exchange ${exchange} (${client.url})`);
// Each service's own state (its database, in real life).
const orderStatus = new Map();
const ledger = [];
const stock = new Map([['apple', 5]]);
const orders = defineSaga({
    publisher: client,
    exchange,
    steps: {
        'inventory.reserved': async (e, saga) => {
            orderStatus.set(e.payload.orderId, 'confirmed');
            await saga.emit('order.confirmed', { orderId: e.payload.orderId }, { mandatory: false });
        },
        'payment.refunded': async (e, saga) => {
            orderStatus.set(e.payload.orderId, `cancelled: ${e.payload.reason}`);
            await saga.emit('order.cancelled', e.payload, { mandatory: false });
        },
    },
});
const payments = defineSaga({
    publisher: client,
    exchange,
    steps: {
        'order.created': async (e, saga) => {
            ledger.push(`charge ${e.payload.orderId} ${e.payload.amount}`);
            await saga.emit('payment.completed', e.payload);
        },
        'inventory.failed': async (e, saga) => {
            ledger.push(`refund ${e.payload.orderId} ${e.payload.amount}`); // the compensation
            await saga.emit('payment.refunded', { orderId: e.payload.orderId, reason: e.payload.reason });
        },
    },
});
const inventory = defineSaga({
    publisher: client,
    exchange,
    steps: {
        'payment.completed': async (e, saga) => {
            const have = stock.get(e.payload.sku) ?? 0;
            if (have < e.payload.qty) {
                await saga.emit('inventory.failed', { ...e.payload, reason: `only ${have} ${e.payload.sku} left` });
                return;
            }
            stock.set(e.payload.sku, have - e.payload.qty);
            await saga.emit('inventory.reserved', { orderId: e.payload.orderId });
        },
    },
});
const participants = [
    ['orders', orders],
    ['payments', payments],
    ['inventory', inventory],
];
for (const [service, saga] of participants) {
    const queue = await client.declareQueue(`${exchange}.${service}`, { exclusive: true });
    for (const type of saga.handles)
        await client.bindQueue(queue, exchange, type);
    await client.consume(queue, (msg) => saga.handle(msg), { dedup: new MemoryDedupStore() });
}
client.on('handled', (e) => {
    if (e.outcome !== 'ack')
        console.log(`  ${e.queue}: ${e.messageId} ${e.outcome}`);
});
// Two orders: 3 apples (in stock), then 4 more (only 2 left).
for (const [orderId, qty] of [
    ['o-1', 3],
    ['o-2', 4],
]) {
    const correlationId = await orders.start('order.created', { orderId, sku: 'apple', qty, amount: qty * 2 });
    console.log(`${orderId}: order.created for ${qty} apples (saga ${correlationId.slice(0, 8)})`);
    while (!orderStatus.has(orderId))
        await sleep(10);
    console.log(`${orderId}: ${orderStatus.get(orderId)}`);
}
await client.close();
console.log(`payments ledger: ${ledger.join('; ')}`);
if (orderStatus.get('o-1') !== 'confirmed')
    fail('o-1 should be confirmed');
if (!orderStatus.get('o-2')?.startsWith('cancelled'))
    fail('o-2 should be cancelled');
if (ledger.join() !== 'charge o-1 6,charge o-2 8,refund o-2 8')
    fail('o-2 should be charged and refunded');
if (stock.get('apple') !== 2)
    fail('only o-1 should hold stock');
console.log('OK: o-1 confirmed; o-2 charged, refunded and cancelled');
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=saga.js.map