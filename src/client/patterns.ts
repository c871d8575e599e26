// One-liners for the seeds' patterns, on top of Client: work queues (competing
// consumers), pub/sub (fanout, one exclusive server-named queue per subscriber), topics
// (binding patterns) and per-key ordering (partition queues with single active
// consumers). Each is a thin object naming its exchange or queue, so application code
// says `orders.publish(x)` instead of repeating routing details.
import type { Client, ClientPublishOptions, Subscription } from './client.js';
import type { ConsumeOptions, MessageHandler } from './consumer.js';
import { jumpHash, partitionName } from './ordering.js';
import type { QueueOptions, QueueRef } from './topology.js';

export type WorkQueueOptions = Omit<QueueOptions, 'exclusive'>;

export class WorkQueue {
  constructor(
    private readonly client: Client,
    readonly ref: QueueRef,
  ) {}

  get name(): string {
    return this.ref.name;
  }

  /** Through the default exchange, straight to this queue (confirmed, mandatory). */
  publish<T>(payload: T, options?: ClientPublishOptions<T>): Promise<void> {
    return this.client.publish('', this.ref.name, payload, options);
  }

  consume<T>(handler: MessageHandler<T>, options?: ConsumeOptions<T>): Promise<Subscription> {
    return this.client.consume(this.ref, handler, options);
  }
}

export interface SubscribeOptions<T> extends ConsumeOptions<T> {
  /**
   * A durable named queue shared by every instance of one service (they compete for
   * the messages, and none are lost while all are down). Default: an exclusive
   * server-named queue per subscriber, gone when it disconnects.
   */
  queue?: string;
  /** Options for a named queue. */
  queueOptions?: WorkQueueOptions;
}

/** Publishes to an exchange without routing key semantics; events nobody listens to are not an error. */
abstract class ExchangeSubscriptions {
  constructor(
    protected readonly client: Client,
    readonly exchange: string,
  ) {}

  protected async subscribeWith<T>(
    patterns: string[],
    handler: MessageHandler<T>,
    options: SubscribeOptions<T>,
  ): Promise<Subscription> {
    const { queue, queueOptions, ...consume } = options;
    const ref = queue
      ? await this.client.declareQueue(queue, queueOptions ?? {})
      : await this.client.declareQueue('', { exclusive: true, autoDelete: true });
    for (const p of patterns) await this.client.bindQueue(ref, this.exchange, p);
    // Server-named queues change name on reconnect: metrics and the default
    // dead-letter queue are named after the exchange instead.
    return this.client.addConsumer(ref, handler, consume, queue ?? `${this.exchange}.subscriber`);
  }
}

export class PubSub extends ExchangeSubscriptions {
  /** To every subscriber. `mandatory` defaults to false here: no subscriber is not an error. */
  publish<T>(payload: T, options: ClientPublishOptions<T> = {}): Promise<void> {
    return this.client.publish(this.exchange, '', payload, { mandatory: false, ...options });
  }

  subscribe<T>(handler: MessageHandler<T>, options: SubscribeOptions<T> = {}): Promise<Subscription> {
    return this.subscribeWith([''], handler, options);
  }
}

export class TopicExchange extends ExchangeSubscriptions {
  /** `mandatory` defaults to false here: a topic nobody subscribes to is not an error. */
  publish<T>(routingKey: string, payload: T, options: ClientPublishOptions<T> = {}): Promise<void> {
    return this.client.publish(this.exchange, routingKey, payload, { mandatory: false, ...options });
  }

  /** Binds with each pattern (`*` one word, `#` zero or more words). */
  subscribe<T>(
    patterns: string | string[],
    handler: MessageHandler<T>,
    options: SubscribeOptions<T> = {},
  ): Promise<Subscription> {
    return this.subscribeWith(Array.isArray(patterns) ? patterns : [patterns], handler, options);
  }
}

export interface OrderedQueuesOptions {
  /** Number of partition queues (fixed for the life of the data: changing it remaps some keys). */
  partitions: number;
  /** Options for each partition queue (single active consumer is always on). */
  queue?: WorkQueueOptions;
}

export class OrderedQueues {
  static partitionName = partitionName;

  constructor(
    private readonly client: Client,
    readonly name: string,
    readonly partitions: readonly QueueRef[],
  ) {}

  /** The partition queue for `key`. */
  queueFor(key: string): string {
    return this.partitions[jumpHash(key, this.partitions.length)]!.name;
  }

  publish<T>(key: string, payload: T, options?: ClientPublishOptions<T>): Promise<void> {
    return this.client.publish('', this.queueFor(key), payload, options);
  }

  /**
   * Consumes every partition, one message at a time per partition (concurrency is
   * forced to 1, so a key's messages are handled in order). Run it in several processes:
   * the broker makes one consumer per partition active and fails over to another.
   */
  async consume<T>(
    handler: MessageHandler<T>,
    options: Omit<ConsumeOptions<T>, 'concurrency'> = {},
  ): Promise<Subscription> {
    const subs: Subscription[] = [];
    for (const ref of this.partitions)
      subs.push(await this.client.consume(ref, handler, { ...options, concurrency: 1 }));
    return {
      queue: this.name,
      get paused() {
        return subs.every((s) => s.paused);
      },
      pause: async () => {
        await Promise.all(subs.map((s) => s.pause()));
      },
      resume: async () => {
        await Promise.all(subs.map((s) => s.resume()));
      },
      cancel: async (o) => {
        await Promise.all(subs.map((s) => s.cancel(o)));
      },
    };
  }
}
