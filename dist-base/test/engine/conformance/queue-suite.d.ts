/** One message handed out under a lease (SQS receipt handle, AMQP delivery tag, engine lease id). */
export interface Delivery {
    body: string;
    /** 1 on the first delivery; the protocol's own count (ApproximateReceiveCount, x-delivery-count + 1, ...) */
    deliveryCount: number;
    /** the protocol's handle for ack/release/extend */
    handle: unknown;
}
export interface DeclareOptions {
    /** dead-letter into this queue (made by the case first) */
    deadLetterTo?: string;
    /** deliveries allowed before the next attempt dead-letters it */
    maxDeliveries?: number;
}
/** A broker running with one connected client of the driver's protocol. */
export interface QueueSession {
    declare(queue: string, options?: DeclareOptions): Promise<void>;
    /** Resolves when the broker's receipt says every body is safely stored (confirm, 200, ...). */
    publish(queue: string, bodies: string[]): Promise<void>;
    /** Up to `max` messages, waiting at most `waitMs` for the first; each leased for `leaseMs`. */
    receive(queue: string, max: number, leaseMs: number, waitMs: number): Promise<Delivery[]>;
    ack(queue: string, d: Delivery): Promise<void>;
    release(queue: string, d: Delivery): Promise<void>;
    extend(queue: string, d: Delivery, leaseMs: number): Promise<void>;
    /** messages in the queue, ready or leased */
    depth(queue: string): Promise<number>;
    /** why a dead-lettered delivery died ('delivery_limit', ...), when the protocol says */
    deathReason?(d: Delivery): string | undefined;
    /** Stops the broker cleanly and starts it again on the same data (durable drivers only). */
    restart(): Promise<void>;
    close(): Promise<void>;
}
export interface QueueDriver {
    name: string;
    durable: boolean;
    /** What the protocol cannot express; each entry is the skip message of the cases that need it. */
    cannot?: {
        leaseDeadline?: string;
        extend?: string;
        deliveryCount?: string;
        deathReason?: string;
    };
    start(): Promise<QueueSession>;
}
export declare function queueConformance(driver: QueueDriver): void;
