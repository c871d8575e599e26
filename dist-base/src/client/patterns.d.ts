import type { Client, ClientPublishOptions, Subscription } from './client.js';
import type { ConsumeOptions, MessageHandler } from './consumer.js';
import { partitionName } from './ordering.js';
import type { QueueOptions, QueueRef } from './topology.js';
export type WorkQueueOptions = Omit<QueueOptions, 'exclusive'>;
export declare class WorkQueue {
    private readonly client;
    readonly ref: QueueRef;
    constructor(client: Client, ref: QueueRef);
    get name(): string;
    /** Through the default exchange, straight to this queue (confirmed, mandatory). */
    publish<T>(payload: T, options?: ClientPublishOptions<T>): Promise<void>;
    consume<T>(handler: MessageHandler<T>, options?: ConsumeOptions<T>): Promise<Subscription>;
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
declare abstract class ExchangeSubscriptions {
    protected readonly client: Client;
    readonly exchange: string;
    constructor(client: Client, exchange: string);
    protected subscribeWith<T>(patterns: string[], handler: MessageHandler<T>, options: SubscribeOptions<T>): Promise<Subscription>;
}
export declare class PubSub extends ExchangeSubscriptions {
    /** To every subscriber. `mandatory` defaults to false here: no subscriber is not an error. */
    publish<T>(payload: T, options?: ClientPublishOptions<T>): Promise<void>;
    subscribe<T>(handler: MessageHandler<T>, options?: SubscribeOptions<T>): Promise<Subscription>;
}
export declare class TopicExchange extends ExchangeSubscriptions {
    /** `mandatory` defaults to false here: a topic nobody subscribes to is not an error. */
    publish<T>(routingKey: string, payload: T, options?: ClientPublishOptions<T>): Promise<void>;
    /** Binds with each pattern (`*` one word, `#` zero or more words). */
    subscribe<T>(patterns: string | string[], handler: MessageHandler<T>, options?: SubscribeOptions<T>): Promise<Subscription>;
}
export interface OrderedQueuesOptions {
    /** Number of partition queues (fixed for the life of the data: changing it remaps some keys). */
    partitions: number;
    /** Options for each partition queue (single active consumer is always on). */
    queue?: WorkQueueOptions;
}
export declare class OrderedQueues {
    private readonly client;
    readonly name: string;
    readonly partitions: readonly QueueRef[];
    static partitionName: typeof partitionName;
    constructor(client: Client, name: string, partitions: readonly QueueRef[]);
    /** The partition queue for `key`. */
    queueFor(key: string): string;
    publish<T>(key: string, payload: T, options?: ClientPublishOptions<T>): Promise<void>;
    /**
     * Consumes every partition, one message at a time per partition (concurrency is
     * forced to 1, so a key's messages are handled in order). Run it in several processes:
     * the broker makes one consumer per partition active and fails over to another.
     */
    consume<T>(handler: MessageHandler<T>, options?: Omit<ConsumeOptions<T>, 'concurrency'>): Promise<Subscription>;
}
export {};
