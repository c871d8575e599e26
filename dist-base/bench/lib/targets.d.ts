import amqp from 'amqplib';
export type TargetId = string;
export interface Target {
    id: TargetId;
    label: string;
    url: string;
    broker: 'wharf' | 'rabbit' | 'other';
    /** arguments for durable queues of this target (x-queue-type for RabbitMQ). */
    durableArgs: Record<string, unknown>;
    /** quorum queues are durable only: no transient queues, no memory-only variant. */
    allowsTransientQueue: boolean;
    /** broker process, for RSS sampling (undefined: unknown / remote). */
    pid: () => number | undefined;
    /** e.g. "RabbitMQ 3.10.8"; filled by probe(). */
    version?: string;
}
/** A fresh queue name: random per run so nothing on a shared RabbitMQ is ever reused. */
export declare function queueName(tag: string): string;
/** Connects with a bounded wait: a dead port must not hang the harness. */
export declare function connect(url: string, timeoutMs?: number): Promise<amqp.ChannelModel>;
/** Server properties of a broker, or undefined if it does not answer. */
export declare function probe(url: string): Promise<Record<string, unknown> | undefined>;
/** Admin connection per target for declares/deletes done by the harness itself. */
export declare class Admin {
    readonly target: Target;
    private conn;
    private ch;
    constructor(target: Target);
    /** A live channel; a channel closed by a broker error is replaced transparently. */
    channel(): Promise<amqp.Channel>;
    /** Declares a durable queue of the target's type (or a transient one when asked). */
    declareQueue(tag: string, opts?: {
        durable?: boolean;
    }): Promise<string>;
    declareFanout(tag: string): Promise<string>;
    declareExchange(tag: string, type: string, durable: boolean): Promise<string>;
    bind(queue: string, exchange: string): Promise<void>;
    /** Message count by passive declare (queue.declare-ok). */
    messageCount(queue: string): Promise<number>;
    deleteQueue(name: string): Promise<void>;
    deleteExchange(name: string): Promise<void>;
    close(): Promise<void>;
}
/** Drops a broker from the cleanup registry (a harness-owned Wharf that was disposed). */
export declare function forget(url: string): void;
/** Deletes whatever is still registered on every broker (end of run, or on SIGINT). */
export declare function cleanupAll(): Promise<string[]>;
