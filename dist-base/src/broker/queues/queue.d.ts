import { type Log } from '../../store/index.js';
import type { Consumer } from './consumer.js';
import { QueueStats } from './queue-stats.js';
import { type DeathReason, type Message } from '../messages/message.js';
import { type Policy } from '../topology/policies.js';
import { type Lease, PullReader, type ReceiveOptions } from '../leases/pull-reader.js';
import type { QueuePullStates } from '../leases/pull-states.js';
import type { QueueHooks, QueueOptions, Taken } from './queue-types.js';
export type { QueueHooks, QueueOptions, Taken } from './queue-types.js';
export declare class Queue {
    readonly vhost: string;
    readonly name: string;
    readonly options: QueueOptions;
    /** one log per priority level (index = priority), a single one without x-max-priority */
    readonly logs: Log[];
    private readonly hooks;
    readonly kind: "queue";
    /** picks the consumer for each delivery (consumer-ring.ts) */
    private readonly ring;
    /** the consumers, highest priority first (the ring's list) */
    readonly consumers: Consumer[];
    readonly stats: QueueStats;
    unacked: number;
    /**
     * dead-lettered messages still stored: their copies await the sync of a durable
     * target (or failed it, and then stay until a restart brings them back)
     */
    leaving: number;
    private keptWarned;
    /** the last publish refused was refused by the store (no space, no descriptor), not by x-overflow */
    refusedByStore: boolean;
    deleted: boolean;
    /** the policy in effect (the vhost matches it; applyPolicy changes it) */
    policy: Policy | undefined;
    /** dead-letter exchange, when set */
    deadLetterExchange: string | undefined;
    /** dead-letter routing key, when set */
    deadLetterRoutingKey: string | undefined;
    /** queue message TTL in ms, when set */
    messageTtl: number | undefined;
    /**
     * x-dead-letter-on-expiry false (a Wharf argument): expired messages are dropped, not
     * dead-lettered; other reasons still are (SQS: retention deletes, redrive dead-letters)
     */
    private deadLetterOnExpiry;
    private expiresMs;
    /** max-length / max-length-bytes (body bytes of ready messages, as RabbitMQ counts) */
    private maxLength;
    private maxLengthBytes;
    private overflow;
    private deliveryLimit;
    /**
     * body bytes of ready messages. Exact from an empty queue on; a requeue while no
     * max-length-bytes applies skips reading the record, and a restart cannot know it
     * without reading every record: then it is estimated (see estimateReadyBytes).
     */
    private readyBytes;
    private readyBytesExact;
    /** x-queue-type quorum: deliveries carry x-delivery-count, x-delivery-limit applies */
    readonly quorum: boolean;
    /**
     * Delivery states (count, first delivery, lease deadline) by position key, shared with the
     * pull reader and journaled for a durable queue: a quorum queue's return counts (its
     * x-delivery-count and x-delivery-limit) survive a restart as pull reads' counts do.
     */
    private states;
    /** x-message-deduplication: recently seen keys; duplicates are accepted and dropped */
    private readonly dedup;
    private readonly dedupHeader;
    private hadConsumer;
    /** requeued positions per priority level, each sorted */
    private readonly requeued;
    /** highest priority level (0 without x-max-priority) */
    private readonly top;
    /**
     * No level above this one holds a ready message (-1: none does). Raised when a message
     * becomes ready (publish, requeue), lowered by next() as it finds levels empty, so a
     * delivery looks at one level, not at all of them, and an empty queue is seen in O(1).
     */
    private readyTop;
    /** every level at or below this one may hold stored messages (the count getter sums these) */
    private storedTop;
    private scheduled;
    private readonly runDispatch;
    private readonly ttlHeaps;
    private expiryTimer;
    private expiryAt;
    private readonly runExpiry;
    private retryTimer;
    private idleTimer;
    constructor(vhost: string, name: string, options: QueueOptions, 
    /** one log per priority level (index = priority), a single one without x-max-priority */
    logs: Log[], hooks: QueueHooks, policy?: Policy);
    /** messages stored and not acked (ready + unacked) */
    get count(): number;
    /** Requeue-structure work so far, all levels (comparisons and moves, see SortedPositions). */
    get requeueWork(): number;
    /** head + body bytes stored */
    get bytes(): number;
    get ready(): number;
    /**
     * How far the attached consumers are behind: the ready messages while any consumer is
     * attached (0 without consumers: that backlog is the queue's depth, not a lag). A
     * stream overrides it with offsets behind.
     */
    consumerLag(): number;
    get durable(): boolean;
    private configure;
    /**
     * Ready body bytes when they are not known exactly: the stored head + body bytes, less
     * the unacked share. A slight overcount (heads), corrected as messages leave.
     */
    private estimateReadyBytes;
    /**
     * A policy starts, changes or stops applying: the settings are recomputed and take
     * effect at once, as in RabbitMQ: the expiry timer restarts with the new x-expires,
     * a lower max-length with drop-head drops (and dead-letters) the oldest messages now,
     * and messages older than a new message TTL expire now.
     */
    applyPolicy(policy: Policy | undefined): void;
    /** Arrival time (ms) of the oldest ready message, for its age in metrics and alerts. */
    oldestReadyAt(): number | undefined;
    /** Group commit over the queue's logs (see Log.sync). */
    sync(cb: (err?: Error) => void): void;
    /** The broker stops: the queue's timers end first, so no lease or TTL expiry fires into a closed log. */
    close(): Promise<void>;
    private levelOf;
    /**
     * Stores the message; false when the queue refuses it (full, with x-overflow
     * reject-publish or reject-publish-dlx), in which case the publisher gets a nack.
     */
    publish(msg: Message, head?: Buffer): boolean;
    private isFullFor;
    private isOver;
    /** x-overflow drop-head: the oldest ready messages make room, dead-lettered as maxlen. */
    private dropHeadWhileOver;
    schedule(): void;
    private dispatch;
    /** After a failed dispatch or expiry run: logged, and `again` runs in a second. */
    protected retryLater(what: string, err: unknown, again: () => void): void;
    /** When the record expires (ms since epoch), Infinity when never. */
    private expiresAt;
    /**
     * Takes the next live message and hands it to `c` or copies it into `out`; expired
     * messages met on the way are dead-lettered. Returns false when none is left.
     */
    private cur;
    private curPos;
    private curLevel;
    private curRedelivered;
    /** per level, requeued positions put back by inspect(): not flagged redelivered when taken */
    private readonly untouched;
    /**
     * Moves the next message in delivery order out of the ready set: highest priority
     * level first; within a level, requeued messages (in original order) before new ones.
     */
    private next;
    /**
     * Takes the next live message and hands it to `c` or copies it into `out`; expired
     * messages met on the way are dead-lettered. Returns false when none is left.
     */
    private take;
    /** A ready message expires: dead-lettered (when configured) and removed. */
    private expireReady;
    /**
     * Removes a message that left for `reason`, dead-lettering it when the queue has a
     * dead-letter exchange. A persistent message of a durable queue is removed only once
     * every durable target has synced its copy: removing it first would lose it to a crash
     * in between (the ack could reach the disk before the copy). Meanwhile it counts as
     * `leaving`, neither ready nor unacked.
     */
    private remove;
    private removeDeadLettered;
    private armExpiry;
    /** Expires what is due: at the head (queue TTL) and anywhere (per-message TTL heaps). */
    private expireNow;
    /**
     * Expires a message that may sit behind the head. Only ready messages expire: one
     * not yet read is acked in place (the cursor skips it), a requeued one leaves the
     * requeue list; a delivered one is left alone (it expires if it comes back).
     */
    private expireAnywhere;
    get(noAck: boolean): Taken | undefined;
    ack(position: number, level: number): void;
    /** An unacked message leaves: acked, or dead-lettered for `reason` (see remove). */
    private forget;
    /**
     * Acks a message that is ready again because its lease ended, before anyone took it
     * again (a delete with the latest receipt of a pull read). False when it is not waiting
     * among the requeued messages.
     */
    ackRequeued(position: number, level: number): boolean;
    /** requeue=false dead-letters the message (when the queue has a dead-letter exchange) */
    reject(position: number, level: number, requeue: boolean): void;
    private puller;
    /** The queue's pull reader (receive, lease ack/extend/release), made on first use. */
    get pull(): PullReader;
    /** Takes up to `max` ready messages as leases, waiting up to opts.waitMs for the first. */
    receive(max: number, opts: ReceiveOptions): Promise<Lease[]>;
    /** An unacked message leaves for the dead-letter exchange (dropped without one). */
    deadLetterTaken(position: number, level: number, reason: DeathReason): void;
    timestampOf(position: number, level: number): number;
    pullStates(): QueuePullStates;
    addConsumer(c: Consumer): void;
    removeConsumer(c: Consumer): void;
    /**
     * x-expires: the queue is deleted after this long without consumers, basic.get or
     * redeclaration (RabbitMQ's definition of unused).
     */
    touch(): void;
    /** Removes ready messages (unacked ones stay with their channels), returns how many. */
    /**
     * Shows up to `limit` ready messages, in delivery order, to `fn` (synchronously: the
     * view's buffers are reused) and leaves them as they were: still ready, in the same
     * order, not flagged redelivered, no counter changed. For management reads (e.g. a
     * dead-letter queue's depth by reason), never on the message path. Returns how many it showed.
     */
    inspect(limit: number, fn: (head: Buffer, flags: number, body: Buffer) => void): number;
    purge(): number;
    /** Marks the queue deleted and tells its consumers; the vhost destroys the log. */
    markDeleted(): Consumer[];
}
