import type { Channel, ChannelModel, Options } from 'amqplib';
import type { ConnectionManager } from './connection.js';
import type { TypedEmitter } from './events.js';
export type ExchangeType = 'direct' | 'fanout' | 'topic' | 'headers' | 'x-delayed-message' | (string & {});
export interface ExchangeOptions {
    /** Default true. */
    durable?: boolean;
    autoDelete?: boolean;
    internal?: boolean;
    alternateExchange?: string;
    arguments?: Record<string, unknown>;
}
export interface QueueOptions {
    /** Default true (false for exclusive queues). */
    durable?: boolean;
    exclusive?: boolean;
    autoDelete?: boolean;
    /** `x-max-priority`: enables priorities 0..maxPriority. */
    maxPriority?: number;
    /** `x-single-active-consumer`: one consumer at a time gets the messages, in order. */
    singleActiveConsumer?: boolean;
    /** `x-queue-type: quorum`. */
    quorum?: boolean;
    /** `x-queue-type: stream`: an append-only log read with `consumeStream` (durable; not exclusive). */
    stream?: boolean;
    /** `x-max-age` of a stream, e.g. `'7D'`, `'12h'`. */
    maxAge?: string;
    /** `x-message-ttl`. */
    messageTtlMs?: number;
    /** `x-expires`: delete the queue after this long unused. */
    expiresMs?: number;
    deadLetterExchange?: string;
    deadLetterRoutingKey?: string;
    maxLength?: number;
    /** Extra `x-` arguments, passed as they are. */
    arguments?: Record<string, unknown>;
}
/** A declared queue. `name` is the broker's name for it on the current connection. */
export declare class QueueRef {
    readonly requested: string;
    readonly options: QueueOptions;
    name: string;
    constructor(requested: string, options: QueueOptions);
    /** True for queues declared with an empty name (the broker picks one per connection). */
    get serverNamed(): boolean;
    get exclusive(): boolean;
}
/** The amqplib arguments of a queue declaration. */
export declare function queueArguments(o: QueueOptions): Options.AssertQueue;
export declare class Topology {
    private readonly connection;
    private readonly events;
    private readonly exchanges;
    private readonly queues;
    private readonly bindings;
    constructor(connection: ConnectionManager, events: TypedEmitter);
    /** Declares now (waiting for a connection if needed) and remembers for reconnects. */
    exchange(name: string, type: ExchangeType, options?: ExchangeOptions): Promise<void>;
    /** Declares a queue (name '' for a server-named one) and remembers it; returns its ref. */
    queue(name: string, options?: QueueOptions): Promise<QueueRef>;
    bind(queue: QueueRef, exchange: string, pattern: string, args?: Record<string, unknown>): Promise<void>;
    /** Forgets the queue declared under `name`, if any (it was deleted). */
    forgetName(name: string): void;
    /** Forgets a queue (and its bindings) so reconnects do not declare it again. */
    forget(queue: QueueRef): void;
    private declareExchange;
    private declareQueue;
    /** Runs `fn` on a short-lived channel of the open connection. */
    withChannel<R>(fn: (ch: Channel) => Promise<R>): Promise<R>;
    /** Restore hook: declares everything again on a new connection, in declaration order. */
    restore(conn: ChannelModel): Promise<void>;
}
