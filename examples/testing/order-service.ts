// The small service the examples in this folder test: it takes orders, queues them on a durable work
// queue, and ships them in a worker. An order without items is refused by the worker for good
// (PermanentError), so the SDK moves it to the dead-letter queue `<queue>.dlq`. It only knows an AMQP
// URL: in production that is RabbitMQ or a Wharf server, in its tests an in-process Wharf.
import { type Client, connect, PermanentError, type WorkQueue } from 'wharfmq/client';

export interface Order {
  id: string;
  items: number;
}

export class OrderService {
  /** orders shipped so far, by id */
  readonly shipped = new Map<string, Order>();
  private readonly waiters = new Map<string, (o: Order) => void>();

  private constructor(
    private readonly client: Client,
    private readonly queue: WorkQueue,
  ) {}

  static async start(amqpUrl: string, queueName = 'orders'): Promise<OrderService> {
    const client = await connect(amqpUrl);
    const service = new OrderService(client, await client.workQueue(queueName));
    await service.queue.consume<Order>(async (msg) => service.ship(msg.payload));
    return service;
  }

  /** Resolves once the broker has the order (publisher confirm). */
  place(order: Order): Promise<void> {
    return this.queue.publish(order);
  }

  /** Resolves with the order once it was shipped; rejects after `ms`. */
  whenShipped(id: string, ms = 5000): Promise<Order> {
    const done = this.shipped.get(id);
    if (done) return Promise.resolve(done);
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

  close(): Promise<void> {
    return this.client.close();
  }

  private ship(order: Order): void {
    if (order.items <= 0) throw new PermanentError(`order ${order.id} has no items`);
    this.shipped.set(order.id, order);
    this.waiters.get(order.id)?.(order);
    this.waiters.delete(order.id);
  }
}

/**
 * Messages in a queue, read from the management API of the broker at `httpUrl` (guest/guest),
 * polled until `predicate` holds or `ms` pass: what a test asserts about a dead-letter queue.
 */
export async function queueDepthWhen(
  httpUrl: string,
  queue: string,
  predicate: (depth: number) => boolean,
  ms = 5000,
): Promise<number> {
  const deadline = Date.now() + ms;
  const auth = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
  for (;;) {
    const res = await fetch(`${httpUrl}/api/queues/%2F/${encodeURIComponent(queue)}`, {
      headers: { authorization: auth },
    });
    const depth = res.ok ? ((await res.json()) as { messages: number }).messages : -1;
    if (predicate(depth) || Date.now() > deadline) return depth;
    await new Promise((r) => setTimeout(r, 20));
  }
}
