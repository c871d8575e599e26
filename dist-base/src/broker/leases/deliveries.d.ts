import type { Queue } from '../queues/queue.js';
/** A push subscription as the credit accounting sees it. */
export interface CreditedConsumer {
    /** its unacked deliveries, for its own prefetch (kept by Deliveries) */
    unacked: number;
    /** the queue it consumes from (scheduled again when credit comes back) */
    readonly queue: Queue | undefined;
}
export interface Unacked<C extends CreditedConsumer> {
    queue: Queue;
    position: number;
    level: number;
    /** ms since epoch when delivered, for the acknowledgement timeout */
    at: number;
    /** the timeout that applies (consumer arg, queue arg or the server's) */
    timeout: number;
    /** undefined for a pull (basic.get): no consumer credit involved */
    consumer: C | undefined;
}
/** x-consumer-timeout of the consumer, else of the queue, else the server's default (ms). */
export declare function consumerTimeout(q: Queue, consumerArg: unknown, serverDefault: number): number;
export declare class Deliveries<C extends CreditedConsumer> {
    /** a delivery was held past its timeout (ms): the session must end, its deliveries go back */
    private readonly timedOut;
    /** unacked deliveries by tag, in delivery (tag) order */
    readonly unacked: Map<number, Unacked<C>>;
    private nextTag;
    /** deliveries shared by every consumer of the session before it waits for acks (0: no limit) */
    sessionPrefetch: number;
    /** unacked deliveries of consumers, counted against sessionPrefetch */
    private consumerUnacked;
    /**
     * Queues whose dispatch found a consumer of this session out of session credit: told to
     * deliver again when credit comes back, so an ack schedules these and the settled
     * delivery's own queue, never every consumer of the session.
     */
    private readonly starved;
    private timer;
    constructor(
    /** a delivery was held past its timeout (ms): the session must end, its deliveries go back */
    timedOut: (timeoutMs: number) => void);
    get size(): number;
    /** The tag of a delivery that needs no settling (no-ack, direct reply-to). */
    untracked(): number;
    /** Tracks a delivery until it is settled; returns its tag. */
    track(queue: Queue, position: number, level: number, consumer: C | undefined, timeout: number): number;
    /** True when `c` may take one more delivery under the session's prefetch; else its queue waits for an ack. */
    hasCredit(c: C): boolean;
    /** Throws PRECONDITION_FAILED unless `tag` (or, with `multiple`, some tag up to it; 0 = all) is unacked. */
    check(tag: number, multiple: boolean): void;
    private hasTagBelow;
    /**
     * Acks (`ack`), requeues (`requeue`) or rejects (dead-letters) the delivery `tag`, or with
     * `multiple` every one up to it (0: all, AMQP 1.8.3.13). PRECONDITION_FAILED for an unknown tag.
     */
    settle(tag: number, multiple: boolean, ack: boolean, requeue: boolean): void;
    /** Every unacked delivery goes back to its queue, in order, flagged redelivered. */
    requeueAll(): void;
    /** The session ends: the timer stops and every unacked delivery goes back to its queue. */
    release(): void;
    /** The session can send again: every consumer's queue is scheduled by the front, the starved list is moot. */
    resumed(): void;
    /**
     * Settles one delivery and gives its credit back: the consumer's queue may deliver
     * again, and so may the queues that waited for session credit. O(1) per delivery.
     */
    private settleOne;
    private armTimeout;
    /** A delivery held past its timeout ends the session (RabbitMQ: channel error 406). */
    private readonly checkTimeout;
}
