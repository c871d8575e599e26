import { type Access, type ChannelInfo, Deliveries, type Message, PublishReceipts, type Queue } from '../broker/index.js';
import * as M from './codec/generated.js';
import type { Connection } from './connection.js';
import { AmqpConsumer } from './consumer.js';
import { type AmqpError } from './errors.js';
interface TxState {
    publishes: {
        msg: Message;
        mandatory: boolean;
        extraKeys?: string[];
    }[];
    acks: {
        kind: 'ack' | 'nack' | 'reject';
        tag: number;
        multiple: boolean;
        requeue: boolean;
    }[];
}
export declare class Channel {
    readonly id: number;
    readonly conn: Connection;
    readonly consumers: Map<string, AmqpConsumer>;
    /** unacked deliveries, their tags, credit and acknowledgement timeout (the engine's Deliveries) */
    readonly deliveries: Deliveries<AmqpConsumer>;
    private pending;
    /** basic.qos global=false: prefetch for consumers created after it */
    consumerPrefetch: number;
    /** publisher confirms: the receipts of this channel's publishes, settled as basic.ack/nack */
    confirms: PublishReceipts | undefined;
    /** the receipts tx.commit waits on (made at the first commit) */
    private txReceipts;
    tx: TxState | undefined;
    /** channel.flow from the client */
    active: boolean;
    closing: boolean;
    lastQueue: string;
    replyToSuffix: string | undefined;
    private readonly routedScratch;
    /** reused by every publish on this channel: no allocation to read delivery-mode */
    private readonly summary;
    /** the user's permissions in this vhost, with this channel's own cache (as RabbitMQ's) */
    readonly access: Access;
    /** RabbitMQ's `impersonator` tag: may publish with any user_id (tags as of channel.open) */
    private readonly impersonator;
    constructor(id: number, conn: Connection);
    get vhost(): import("../broker/index.js").VHost;
    onMethod(key: number, args: unknown): void;
    startPublish(a: M.BasicPublishArgs): void;
    onHeader(classId: number, bodySize: number, properties: Buffer): void;
    onBody(payload: Buffer): void;
    private completePublish;
    /**
     * Publishes one message; false when a queue refused it (x-overflow reject-publish). With
     * `receipts` (confirm mode, a commit) it gets a receipt; without, nothing is tracked.
     */
    private route;
    private sendReturn;
    /**
     * Direct reply-to: a request published with reply_to "amq.rabbitmq.reply-to" gets
     * the channel's own pseudo-queue name instead, as RabbitMQ does.
     */
    private rewriteReplyTo;
    consume(a: M.BasicConsumeArgs): string;
    cancel(tag: string): void;
    /** The queue was deleted: tell the client if it understands basic.cancel from the server. */
    serverCancel(c: AmqpConsumer): void;
    canDeliver(): boolean;
    deliver(c: AmqpConsumer, queue: Queue | undefined, position: number, level: number, head: Buffer, flags: number, body: Buffer, redelivered: boolean): void;
    get(a: M.BasicGetArgs): void;
    /** x-consumer-timeout of the consumer, else of the queue, else the server's consumerTimeout. */
    ackTimeoutFor(q: Queue, consumerArg: unknown): number;
    /**
     * A delivery held past its timeout closes the channel with 406, as RabbitMQ does; the
     * channel's unacked messages then go back to their queues.
     */
    private ackTimedOut;
    settle(kind: 'ack' | 'nack' | 'reject', tag: number, multiple: boolean, requeue: boolean): void;
    /** The channel can send again (socket drained, channel.flow on): every consumer's queue may deliver. */
    resumeDeliveries(): void;
    /** basic.recover: every unacked message goes back to its queue, flagged redelivered. */
    recover(): void;
    txSelect(): void;
    /**
     * Routes the transaction's publishes and settles its acks; `done` (tx.commit-ok) once
     * every durable queue it published to has synced. A queue that refused a message, or
     * a sync that failed, fails the commit the way RabbitMQ does (rabbit_channel's
     * complete_tx): channel error 406 "partial tx completion" on tx.commit. What did reach
     * other queues stays there, as in RabbitMQ: transactions span queues non-atomically.
     */
    txCommit(done: () => void): void;
    txRollback(): void;
    confirmSelect(): void;
    /** For management: a snapshot of this channel. */
    info(): ChannelInfo;
    /** Client-initiated channel.close. */
    clientClose(): void;
    /** Soft error: channel.close to the client, then wait for close-ok. */
    closeWithError(e: AmqpError): void;
    private finishClose;
    /** Gives everything back: consumers cancelled, unacked messages requeued in order. */
    release(): void;
}
export {};
