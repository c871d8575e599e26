export interface Order {
    id: string;
    items: number;
}
export declare class OrderService {
    private readonly client;
    private readonly queue;
    /** orders shipped so far, by id */
    readonly shipped: Map<string, Order>;
    private readonly waiters;
    private constructor();
    static start(amqpUrl: string, queueName?: string): Promise<OrderService>;
    /** Resolves once the broker has the order (publisher confirm). */
    place(order: Order): Promise<void>;
    /** Resolves with the order once it was shipped; rejects after `ms`. */
    whenShipped(id: string, ms?: number): Promise<Order>;
    close(): Promise<void>;
    private ship;
}
/**
 * Messages in a queue, read from the management API of the broker at `httpUrl` (guest/guest),
 * polled until `predicate` holds or `ms` pass: what a test asserts about a dead-letter queue.
 */
export declare function queueDepthWhen(httpUrl: string, queue: string, predicate: (depth: number) => boolean, ms?: number): Promise<number>;
