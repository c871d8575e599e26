// The small service the examples in this folder test: it takes orders, queues them on a durable work
// queue, and ships them in a worker. An order without items is refused by the worker for good
// (PermanentError), so the SDK moves it to the dead-letter queue `<queue>.dlq`. It only knows an AMQP
// URL: in production that is RabbitMQ or a Wharf server, in its tests an in-process Wharf.
import { connect, PermanentError } from 'wharfmq/client';
export class OrderService {
    client;
    queue;
    /** orders shipped so far, by id */
    shipped = new Map();
    waiters = new Map();
    constructor(client, queue) {
        this.client = client;
        this.queue = queue;
    }
    static async start(amqpUrl, queueName = 'orders') {
        const client = await connect(amqpUrl);
        const service = new OrderService(client, await client.workQueue(queueName));
        await service.queue.consume(async (msg) => service.ship(msg.payload));
        return service;
    }
    /** Resolves once the broker has the order (publisher confirm). */
    place(order) {
        return this.queue.publish(order);
    }
    /** Resolves with the order once it was shipped; rejects after `ms`. */
    whenShipped(id, ms = 5000) {
        const done = this.shipped.get(id);
        if (done)
            return Promise.resolve(done);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiters.delete(id);
                reject(new Error(`order ${id} not shipped within ${ms} ms`));
            }, ms);
            this.waiters.set(id, (o) => {
                clearTimeout(timer);
                resolve(o);
            });
        });
    }
    close() {
        return this.client.close();
    }
    ship(order) {
        if (order.items <= 0)
            throw new PermanentError(`order ${order.id} has no items`);
        this.shipped.set(order.id, order);
        this.waiters.get(order.id)?.(order);
        this.waiters.delete(order.id);
    }
}
/**
 * Messages in a queue, read from the management API of the broker at `httpUrl` (guest/guest),
 * polled until `predicate` holds or `ms` pass: what a test asserts about a dead-letter queue.
 */
export async function queueDepthWhen(httpUrl, queue, predicate, ms = 5000) {
    const deadline = Date.now() + ms;
    const auth = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
    for (;;) {
        const res = await fetch(`${httpUrl}/api/queues/%2F/${encodeURIComponent(queue)}`, {
            headers: { authorization: auth },
        });
        const depth = res.ok ? (await res.json()).messages : -1;
        if (predicate(depth) || Date.now() > deadline)
            return depth;
        await new Promise((r) => setTimeout(r, 20));
    }
}
//# sourceMappingURL=order-service.js.map