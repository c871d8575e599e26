import type { Consumer } from '../queues/consumer.js';
import type { DeathReason } from '../messages/message.js';
import type { QueuePullStates } from './pull-states.js';
/** What the pull reader needs of its queue: the queue's own take/ack/requeue. */
export interface PullHost {
    readonly name: string;
    readonly deleted: boolean;
    get(noAck: boolean): PulledRecord | undefined;
    ack(position: number, level: number): void;
    reject(position: number, level: number, requeue: boolean): void;
    /** acks a message that is ready again after its lease ended; false when it is not one */
    ackRequeued(position: number, level: number): boolean;
    /** an unacked message leaves for its dead-letter exchange (or is dropped without one) */
    deadLetterTaken(position: number, level: number, reason: DeathReason): void;
    addConsumer(c: Consumer): void;
    removeConsumer(c: Consumer): void;
    /** the record's timestamp (ms since epoch, stamped on arrival) */
    timestampOf(position: number, level: number): number;
    /** where delivery counts and deadlines are kept (journaled for a durable queue) */
    pullStates(): QueuePullStates;
}
export interface PulledRecord {
    position: number;
    level: number;
    flags: number;
    head: Buffer;
    body: Buffer;
    redelivered: boolean;
    /** arrival time, when the taker knows it without another read */
    timestamp?: number;
}
export interface ReceiveOptions {
    /** how long the messages stay leased (ms); 0 leaves them ready again at once */
    leaseMs: number;
    /** how long to wait for a first message when none is ready (ms; default 0: answer now) */
    waitMs?: number;
    /** aborted when the client goes away: the wait ends with what it has (nothing) */
    signal?: AbortSignal;
    /** who holds the leases (a connection, a consumer name): releaseOwner ends them together */
    owner?: string;
    /**
     * a message already delivered this many times is dead-lettered (reason delivery_limit)
     * instead of delivered again (SQS maxReceiveCount); default: no limit
     */
    maxDeliveries?: number;
    /**
     * told of a message that is still leased from before a restart (its deadline has not
     * passed) as the reader reaches it: it is held, leased to no one, not delivered
     */
    onHeld?: (lease: Lease) => void;
}
/** One message taken by `receive`. Its buffers are the reader's own (copied from the store). */
export interface Lease {
    /** names this delivery: ack/release/extend take it; stale once the lease ends */
    id: number;
    position: number;
    level: number;
    /** deliveries of this message, this one included (1 the first time) */
    deliveryCount: number;
    /** ms since epoch of its first delivery (as far as this process knows) */
    firstDeliveredAt: number;
    /** ms since epoch of its arrival */
    timestamp: number;
    /** ms since epoch when it becomes ready again unless acked or extended */
    deadline: number;
    owner: string | undefined;
    flags: number;
    head: Buffer;
    body: Buffer;
    redelivered: boolean;
}
export declare class PullReader {
    private readonly queue;
    private readonly leases;
    private readonly deadlines;
    private timer;
    private timerAt;
    /** delivery count, first delivery and deadline of messages received and not acked, by position key */
    private readonly states;
    /** leases restored from before a restart (see toLease), by position key: found again by key and count */
    private readonly heldIds;
    private readonly waiters;
    private portAttached;
    private readonly port;
    constructor(queue: PullHost);
    /** live leases (in flight) */
    get inFlight(): number;
    /** readers waiting for a message */
    get waiting(): number;
    receive(max: number, opts: ReceiveOptions): Promise<Lease[]>;
    /** Ends a lease with an ack (the message is gone). False when the id names no live lease. */
    ack(id: number): boolean;
    /**
     * Acks the delivery named by its message's position key and delivery count, when that
     * delivery's lease was taken before a restart and runs on (its id is from the earlier run):
     * a client that received the message then may still delete it. A message the reader has
     * not reached since the restart is marked, and acked when reached. False when that
     * delivery is not in flight.
     */
    ackDelivery(key: number, count: number): boolean;
    /** extend() for a delivery named as ackDelivery names it. */
    extendDelivery(key: number, count: number, ms: number): boolean;
    /**
     * Moves a lease's deadline to `ms` from now; 0 releases the message now (ready again,
     * its delivery count kept). False when the id names no live lease.
     */
    extend(id: number, ms: number): boolean;
    /** Releases a lease now (SQS ChangeMessageVisibility 0, AMQP-style requeue). */
    release(id: number): boolean;
    /**
     * Gives a lease back as if it had never been taken: ready again in its place, its
     * delivery count as before (a reader that must skip a message, e.g. of a FIFO message
     * group that is held). False when the id names no live lease.
     */
    putBack(id: number): boolean;
    /** The live lease named by id: its message's position key (position * 256 + level), delivery count and deadline. */
    lease(id: number): {
        key: number;
        deliveryCount: number;
        deadline: number;
        owner: string | undefined;
    } | undefined;
    /** Releases every lease `owner` holds (its connection went away). Returns how many. */
    releaseOwner(owner: string): number;
    /** The queue was deleted: waiting readers get nothing, timers stop. */
    close(): void;
    /** Ready messages were purged: states kept for them are forgotten (those of live leases stay). */
    purged(): void;
    /** Takes ready messages as leases into `got` until it holds `max` or none is ready. */
    private fill;
    /**
     * A taken record becomes a lease, or is dead-lettered when over its delivery limit, or is
     * held (leased to no one, undefined returned) when its lease from before a restart runs on.
     */
    private toLease;
    /** The queue dispatched a message to the port: the longest-waiting reader gets it. */
    private deliverToWaiter;
    private finish;
    private settle;
    /**
     * Hands leases to their reader once their states are on disk (a durable queue's journal
     * sync, shared by every receive meanwhile): a count a client was told survives a crash.
     * A failed sync still answers: the messages are safe in the log, only the counts may be
     * lower after a crash.
     */
    private answer;
    /** The state of a live lease, as it now stands. */
    private setState;
    private attachPort;
    private detachPort;
    private releaseSlot;
    private arm;
    /** Deadlines that passed: those leases end, their messages ready again. */
    private readonly expire;
}
