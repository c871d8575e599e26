import type { Broker, Queue, VHost } from '../broker/index.js';
import { FifoState } from './fifo.js';
import { AwsError } from './codec/index.js';
export declare const COMPONENT = "sqs-queue";
/** the exchange (one per vhost) that holds delayed SQS messages, routing by queue name */
export declare const DELAY_EXCHANGE = "wharf.sqs-delay";
/** the account id of vhost '/'; other vhosts use their (URL-encoded) name */
export declare const DEFAULT_ACCOUNT = "000000000000";
export interface SqsQueueMeta {
    attributes: Record<string, string>;
    tags: Record<string, string>;
    /** seconds since the epoch */
    created: number;
    modified: number;
    /**
     * names this queue in receipt handles, so that they stay valid across a restart but a handle of a deleted
     * queue is refused by a new one of the same name (queues made before it existed get one per process)
     */
    incarnation?: string;
}
export declare function accountOf(vhost: string): string;
export declare function vhostOfAccount(account: string): string;
export declare function newIncarnation(): string;
export declare function isFifoName(name: string): boolean;
export declare function checkQueueName(name: string): void;
export declare class SqsQueues {
    private readonly broker;
    readonly region: string;
    private readonly incarnations;
    private readonly fifos;
    /** messages held by the delay exchange per queue (approximate: in memory, since this start) */
    private readonly delayedCounts;
    /** queues bound to their vhost's delay exchange, as vhost \0 queue */
    private readonly delayBound;
    /** queue URLs already parsed (parseUrl) */
    private readonly parsedUrls;
    constructor(broker: Broker, region: string);
    incarnation(q: Queue): string;
    private lastTopicSequence;
    /** SequenceNumber of a FIFO topic publish: 20 digits, increasing. */
    topicSequence(): string;
    fifo(q: Queue): FifoState;
    /**
     * The delay exchange of the queue's vhost, declared and bound to the queue on first use:
     * an x-delayed-message exchange (durable log, released on time, docs/reliability.md).
     */
    delayExchange(vhost: VHost, queue: string): string;
    /** A message for `q` is held `ms`: counted as delayed until then. */
    delayed(q: Queue, ms: number): void;
    delayedCount(q: Queue): number;
    url(origin: string, vhost: string, name: string): string;
    arn(vhost: string, name: string): string;
    /** vhost and queue named by an ARN (arn:aws:sqs:region:account:name), or undefined. */
    parseArn(arn: string): {
        vhost: string;
        name: string;
    } | undefined;
    /** vhost and queue named by a queue URL (any host: clients may reach us by several names). */
    parseUrl(url: string): {
        readonly vhost: string;
        readonly name: string;
    };
    meta(vhost: string, name: string): SqsQueueMeta | undefined;
    /** The queue's meta, or the defaults of a queue made some other way (AMQP, management API). */
    metaOrDefault(vhost: string, name: string): SqsQueueMeta;
    setMeta(vhost: string, name: string, meta: SqsQueueMeta, user: string): void;
    clearMeta(vhost: string, name: string, user: string): void;
    /** Engine queue arguments for SQS attributes (at CreateQueue). */
    engineArguments(attrs: Record<string, string>): Record<string, unknown>;
    /** Brings the engine queue's arguments in line with changed attributes; takes effect now. */
    applyToEngine(q: Queue, attrs: Record<string, string>): void;
    /** Every SQS queue's attributes onto its engine queue, at start (arguments set by SetQueueAttributes). */
    applyAll(): void;
    /** Writes the mapped arguments into `args`; true when something changed. */
    private mapArguments;
}
export declare function nonExistent(): AwsError;
