// The queue suite through AMQP 0-9-1 with amqplib, on quorum queues (the AMQP queue type
// that counts deliveries and has a delivery limit). basic.get is AMQP's pull read; it has
// no wait, so a waiting receive polls it, and a lease lasts as long as the channel.
import amqp from 'amqplib';
import { WireHarness } from './harness.js';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function amqpQueueDriver() {
    return {
        name: 'AMQP 0-9-1 (amqplib), quorum queue',
        durable: true,
        cannot: {
            leaseDeadline: 'an AMQP delivery is leased until its channel closes, not for a time the reader picks',
            extend: 'AMQP has no way to extend a delivery',
        },
        async start() {
            const h = new WireHarness();
            let conn;
            let ch;
            const connect = async () => {
                conn = await amqp.connect(h.wharf.amqpUrl);
                ch = await conn.createConfirmChannel();
            };
            await h.start();
            await connect();
            const message = (d) => d.handle;
            return {
                async declare(queue, options = {}) {
                    const args = { 'x-queue-type': 'quorum' };
                    if (options.deadLetterTo !== undefined) {
                        args['x-dead-letter-exchange'] = '';
                        args['x-dead-letter-routing-key'] = options.deadLetterTo;
                    }
                    // RabbitMQ's limit counts failed deliveries: N deliveries allowed = limit N - 1
                    if (options.maxDeliveries !== undefined)
                        args['x-delivery-limit'] = options.maxDeliveries - 1;
                    await ch.assertQueue(queue, { durable: true, arguments: args });
                },
                async publish(queue, bodies) {
                    for (const b of bodies)
                        ch.sendToQueue(queue, Buffer.from(b), { persistent: true });
                    await ch.waitForConfirms();
                },
                async receive(queue, max, _leaseMs, waitMs) {
                    const out = [];
                    const until = Date.now() + waitMs;
                    for (;;) {
                        while (out.length < max) {
                            const m = await ch.get(queue, { noAck: false });
                            if (m === false)
                                break;
                            const count = Number(m.properties.headers?.['x-delivery-count'] ?? 0) + 1;
                            out.push({ body: m.content.toString(), deliveryCount: count, handle: m });
                        }
                        if (out.length > 0 || Date.now() >= until)
                            return out;
                        await sleep(20);
                    }
                },
                async ack(_queue, d) {
                    ch.ack(message(d));
                },
                async release(_queue, d) {
                    ch.nack(message(d), false, true);
                },
                async extend() {
                    throw new Error('not in AMQP');
                },
                depth: async (queue) => (await ch.checkQueue(queue)).messageCount,
                deathReason(d) {
                    const deaths = message(d).properties.headers?.['x-death'];
                    return deaths?.[0]?.reason;
                },
                async restart() {
                    // the channel first: amqplib may write connection.close ahead of an ack still
                    // queued on the channel's stream (RabbitMQ then requeues the acked message too)
                    await ch.close();
                    await conn.close().catch(() => { });
                    await h.restart();
                    await connect();
                },
                async close() {
                    await conn?.close().catch(() => { });
                    await h.close();
                },
            };
        },
    };
}
//# sourceMappingURL=amqp.js.map