// The choreography saga of the seeds on a real broker, with the SDK's client: order →
// payment → inventory. Happy path: the order is confirmed. Out of stock: inventory
// emits its failure, payment refunds, the order is cancelled. Each participant is its
// own client and queue, bound only to the event types it handles; an audit queue sees
// every event. Also: a step run twice for one trigger (a redelivery) emits the same
// message ids, so the next participant's DedupStore processes its event once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { connect } from '../../src/client/index.js';
import { defineSaga } from '../../src/client/saga.js';
import { MemoryDedupStore } from '../../src/client/stores/memory.js';
import { brokersUnderTest, uniqueName } from '../helpers/brokers.js';
import { waitFor } from './stores-helpers.js';
/** The three services' own state ("databases") and their saga participants. */
function shop(publisher, exchange) {
    const orders = new Map();
    const ledger = [];
    const stock = new Map([['apple', 5]]);
    const reservations = [];
    const order = defineSaga({
        publisher,
        exchange,
        steps: {
            'inventory.reserved': async (e, saga) => {
                orders.set(e.payload.orderId, 'confirmed');
                await saga.emit('order.confirmed', { orderId: e.payload.orderId });
            },
            'payment.refunded': async (e, saga) => {
                orders.set(e.payload.orderId, 'cancelled');
                await saga.emit('order.cancelled', e.payload);
            },
        },
    });
    const payment = defineSaga({
        publisher,
        exchange,
        steps: {
            'order.created': async (e, saga) => {
                ledger.push({ orderId: e.payload.orderId, amount: e.payload.amount });
                await saga.emit('payment.completed', e.payload);
            },
            // The compensation: undo the charge, then tell the order service.
            'inventory.failed': async (e, saga) => {
                ledger.push({ orderId: e.payload.orderId, amount: -e.payload.amount });
                await saga.emit('payment.refunded', { orderId: e.payload.orderId, reason: e.payload.reason });
            },
        },
    });
    const inventory = defineSaga({
        publisher,
        exchange,
        steps: {
            'payment.completed': async (e, saga) => {
                const have = stock.get(e.payload.sku) ?? 0;
                if (have < e.payload.qty) {
                    await saga.emit('inventory.failed', { ...e.payload, reason: `only ${have} ${e.payload.sku} left` });
                    return;
                }
                stock.set(e.payload.sku, have - e.payload.qty);
                reservations.push(e.payload.orderId);
                await saga.emit('inventory.reserved', { orderId: e.payload.orderId });
            },
        },
    });
    return { orders, ledger, stock, reservations, order, payment, inventory };
}
let brokers = [];
before(async () => {
    brokers = await brokersUnderTest();
});
after(async () => {
    for (const b of brokers)
        await b.stop();
});
for (const name of ['wharf', 'rabbitmq']) {
    describe(`saga on ${name}`, () => {
        let broker;
        const clients = [];
        const exchange = uniqueName('saga');
        let world;
        const audit = [];
        before(async () => {
            broker = brokers.find((b) => b.name === name);
            if (!broker)
                return;
            const open = async () => {
                const c = await connect(broker.url);
                clients.push(c);
                return c;
            };
            const admin = await open();
            await admin.declareExchange(exchange, 'topic', { durable: false });
            world = shop(admin, exchange);
            // Each participant: its own client, queue bound to the types it handles, and a
            // DedupStore so a re-emitted event is processed once.
            const participants = [
                ['order', world.order],
                ['payment', world.payment],
                ['inventory', world.inventory],
            ];
            for (const [svc, saga] of participants) {
                const c = await open();
                const q = await c.declareQueue(`${exchange}.${svc}`, { durable: false, autoDelete: true });
                for (const type of saga.handles)
                    await c.bindQueue(q, exchange, type);
                await c.consume(q, (m) => saga.handle(m), {
                    dedup: new MemoryDedupStore(),
                    retry: false,
                    deadLetterQueue: false,
                });
            }
            const q = await admin.declareQueue(`${exchange}.audit`, { durable: false, autoDelete: true });
            await admin.bindQueue(q, exchange, '#');
            await admin.consume(q, (m) => void audit.push(m), { retry: false, deadLetterQueue: false });
        });
        after(async () => {
            for (const c of clients)
                await c.close({ deadlineMs: 1000 }).catch(() => { });
            // The queues were auto-delete; the exchange is removed here (RabbitMQ is shared).
            if (!broker)
                return;
            const conn = await amqp.connect(broker.url);
            conn.on('error', () => { });
            const ch = await conn.createChannel();
            await ch.deleteExchange(exchange).catch(() => { });
            await conn.close().catch(() => { });
        });
        const trail = (correlationId) => audit.filter((e) => e.correlationId === correlationId).map((e) => e.type);
        test('happy path: payment, reservation, order confirmed', async (t) => {
            if (!broker)
                return t.skip(`${name} not reachable`);
            const id = await world.order.start('order.created', {
                orderId: 'o1',
                sku: 'apple',
                qty: 2,
                amount: 30,
            });
            await waitFor(() => trail(id).includes('order.confirmed'), 10_000, 'order.confirmed');
            assert.deepEqual(trail(id), [
                'order.created',
                'payment.completed',
                'inventory.reserved',
                'order.confirmed',
            ]);
            assert.equal(world.orders.get('o1'), 'confirmed');
            assert.deepEqual(world.ledger, [{ orderId: 'o1', amount: 30 }]);
            assert.equal(world.stock.get('apple'), 3);
            const ids = audit.filter((e) => e.correlationId === id).map((e) => e.id);
            assert.equal(new Set(ids).size, 4, 'every event has its own message id');
        });
        test('out of stock: inventory fails, payment is refunded, the order cancelled', async (t) => {
            if (!broker)
                return t.skip(`${name} not reachable`);
            const id = await world.order.start('order.created', {
                orderId: 'o2',
                sku: 'apple',
                qty: 10,
                amount: 150,
            });
            await waitFor(() => trail(id).includes('order.cancelled'), 10_000, 'order.cancelled');
            assert.deepEqual(trail(id), [
                'order.created',
                'payment.completed',
                'inventory.failed',
                'payment.refunded',
                'order.cancelled',
            ]);
            assert.equal(world.orders.get('o2'), 'cancelled');
            const o2 = world.ledger.filter((l) => l.orderId === 'o2');
            assert.deepEqual(o2, [
                { orderId: 'o2', amount: 150 },
                { orderId: 'o2', amount: -150 },
            ]);
            assert.equal(world.stock.get('apple'), 3, 'stock untouched');
            const cancelled = audit.find((e) => e.correlationId === id && e.type === 'order.cancelled');
            assert.deepEqual(cancelled?.payload, { orderId: 'o2', reason: 'only 3 apple left' });
        });
        test('a step run twice for one trigger emits the same ids; the next participant processes once', async (t) => {
            if (!broker)
                return t.skip(`${name} not reachable`);
            const trigger = {
                id: uniqueName('trigger'),
                type: 'order.created',
                correlationId: 'saga-o3',
                headers: {},
                payload: { orderId: 'o3', sku: 'apple', qty: 1, amount: 10 },
                body: Buffer.alloc(0),
                exchange,
                routingKey: 'order.created',
                redelivered: false,
                attempt: 1,
            };
            await world.payment.handle(trigger);
            await world.payment.handle({ ...trigger, redelivered: true }); // as after a lost ack
            await waitFor(() => trail('saga-o3').includes('order.confirmed'), 10_000, 'order.confirmed');
            const completed = audit.filter((e) => e.correlationId === 'saga-o3' && e.type === 'payment.completed');
            assert.equal(completed.length, 2, 'emitted twice');
            assert.equal(completed[0].id, completed[1].id, 'with the same message id');
            await waitFor(() => world.reservations.includes('o3'), 5000, 'reservation');
            await new Promise((r) => setTimeout(r, 200));
            assert.deepEqual(world.reservations.filter((o) => o === 'o3'), ['o3'], 'inventory reserved once');
            assert.equal(trail('saga-o3').filter((type) => type === 'order.confirmed').length, 1);
        });
        test('types without a step are ignored', async (t) => {
            if (!broker)
                return t.skip(`${name} not reachable`);
            await world.inventory.handle({ ...baseEnvelope(exchange), type: 'order.created' });
            await world.inventory.handle({ ...baseEnvelope(exchange), type: 'toString' });
        });
    });
}
function baseEnvelope(exchange) {
    return {
        id: uniqueName('x'),
        headers: {},
        payload: {},
        body: Buffer.alloc(0),
        exchange,
        routingKey: '',
        redelivered: false,
        attempt: 1,
    };
}
//# sourceMappingURL=saga.test.js.map