import { type Log, type StreamLog, type StreamLogOptions, type StreamReadView } from '../../store/index.js';
import type { Access } from '../identity/access.js';
import type { ConvertedRecord } from '../streams/stream-format.js';
import type { Consumer } from '../queues/consumer.js';
import type { DefinitionRecord } from '../definitions/definitions.js';
import { BindingIndex } from '../exchanges/binding-index.js';
import { type Exchange, type ExchangeOptions } from '../exchanges/index.js';
import type { Message, PropertiesFormat } from '../messages/message.js';
import { type Policy } from './policies.js';
import { Queue, type QueueOptions } from '../queues/queue.js';
import type { QueuePullStates } from '../leases/pull-states.js';
import { type VhostLimits } from './limits.js';
import { type PublishTarget, Router } from './router.js';
export type { PublishTarget } from './router.js';
export interface VHostContext {
    onWarning?: (msg: string) => void;
    format: PropertiesFormat;
    record(r: DefinitionRecord): void;
    /** true while the definitions log is replayed at boot: what it records happens, nothing more */
    replaying?(): boolean;
    openLog(vhost: string, queue: string, durable: boolean, level: number): Log;
    openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog;
    /** another front's stream record as AMQP messages; undefined when no front converts that format */
    convertStreamRecord?(rec: StreamReadView): ConvertedRecord[] | undefined;
    destroyStream(stream: StreamLog): void;
    destroyLog(log: Log): void;
    /** the delivery states of a queue's pull reads (pull-states.ts) */
    pullStates(vhost: string, queue: string, durable: boolean): QueuePullStates;
    dropQueueState(vhost: string, queue: string): void;
}
export interface DeclareQueueOptions extends QueueOptions {
    passive: boolean;
    /** the declaring user's permissions (configure; read/write for a dead-letter exchange) */
    access?: Access;
}
export declare const DIRECT_REPLY_TO = "amq.rabbitmq.reply-to";
export declare class VHost {
    readonly name: string;
    private readonly ctx;
    readonly exchanges: Map<string, Exchange>;
    readonly queues: Map<string, Queue>;
    /** policies by name (policies.ts); every one is recorded in the definitions log */
    readonly policies: Map<string, Policy>;
    /** direct reply-to pseudo-queues: suffix -> consumer */
    readonly replyTo: Map<string, Consumer>;
    /** metadata shown by the management API and kept in definitions */
    description: string;
    tags: string[];
    defaultQueueType: string | undefined;
    /** max-connections (checked by Broker at connection open) and max-queues (checked here) */
    limits: VhostLimits;
    /** which exchanges bind each queue and exchange; clears a deleted one's bindings in slices */
    readonly bindingIndex: BindingIndex;
    /** routes and stores publishes (router.ts) */
    readonly router: Router;
    /** republishes dead messages to their queue's dead-letter exchange (dead-letterer.ts) */
    private readonly deadLetters;
    private readonly queueHooks;
    private readonly delayHost;
    constructor(name: string, ctx: VHostContext);
    declareExchange(name: string, type: string, options: ExchangeOptions, passive: boolean, access?: Access): Exchange;
    deleteExchange(name: string, ifUnused: boolean, access?: Access): void;
    /**
     * Bindings from and to the exchange go with it, without an unbind record each: replaying
     * the exchange.delete record removes them too. Sources left without bindings go if they
     * are auto-delete.
     */
    private removeExchange;
    private defaultExchangeRefused;
    exchange(name: string): Exchange;
    declareQueue(requested: string, opts: DeclareQueueOptions): Queue;
    /** Creates a queue (also used when replaying definitions at boot). */
    createQueue(name: string, opts: QueueOptions): Queue;
    private createStream;
    /** Adds a new queue to the vhost, recording a durable one in the definitions log. */
    private register;
    /**
     * Replaces the changeable arguments of a stream queue (retention, segment size, a front's x-kafka-* settings:
     * Kafka's AlterConfigs) with those in `args`; every other argument must stay as it is. Recorded in the
     * definitions log as the queue's new declaration (replay applies it to the queue made by the first), then
     * applied at once: retention through the policy machinery (a policy's max-age / max-length-bytes still win),
     * the segment size for the segments rolled from now on. An AMQP client declaring the stream again must then
     * use the new arguments (RabbitMQ's equivalence rule).
     */
    setStreamArguments(name: string, args: Record<string, unknown>, access?: Access): void;
    private validateQueueArgs;
    /** Looks a queue up for use by `owner` (exclusive queues are locked to their connection). */
    queue(name: string, owner?: string): Queue;
    private checkOwner;
    private locked;
    /** Returns the number of messages deleted with the queue (0 when it did not exist). */
    deleteQueue(name: string, ifUnused: boolean, ifEmpty: boolean, owner?: string): number;
    /**
     * The queue stops receiving at once (markDeleted; routing drops deleted destinations while
     * the index clears them), its bindings leave their exchanges at once, and the exchanges'
     * routing structures are cleared of them a few milliseconds at a time. The queue.delete
     * record covers its bindings: no unbind record each.
     */
    private deleteQueueNow;
    purgeQueue(name: string, owner?: string): number;
    /**
     * The vhost is being deleted: every queue goes with its data, delayed exchanges stop.
     * Nothing is recorded: the vhost's own delete record covers it all.
     */
    destroy(): void;
    /** Deletes the exclusive queues of a connection that went away. */
    releaseOwner(owner: string): void;
    bindQueue(queue: string, exchange: string, routingKey: string, args: Record<string, unknown>, owner?: string): void;
    /** RabbitMQ answers unbind-ok even when the queue, exchange or binding is missing. */
    unbindQueue(queue: string, exchange: string, routingKey: string, args: Record<string, unknown>, owner?: string): void;
    bindExchange(destination: string, source: string, routingKey: string, args: Record<string, unknown>): void;
    unbindExchange(destination: string, source: string, routingKey: string, args: Record<string, unknown>): void;
    private exchangeForBinding;
    private bindingSource;
    private bind;
    private unbind;
    /**
     * RabbitMQ's auto-delete exchange: it goes when its last binding (as a source) goes. Not
     * during replay: a deletion that happened was recorded, and one that did not (the
     * exchange kept a transient binding) must not happen now.
     */
    private autoDeleteIfUnbound;
    private recordBinding;
    private policyFor;
    /**
     * Creates or replaces a policy (validated: PolicyError otherwise) and, unless `apply`
     * is false (replay at boot, which applies once at the end), re-applies policies to
     * every queue and exchange at once. Returns true when it created the policy. Setting
     * a policy identical to the current one changes nothing, as in RabbitMQ.
     */
    putPolicy(name: string, input: {
        pattern: unknown;
        definition: unknown;
        priority?: unknown;
        applyTo?: unknown;
    }, apply?: boolean): boolean;
    /** Deletes a policy and re-applies (see putPolicy); false when there was none. */
    deletePolicy(name: string, apply?: boolean): boolean;
    /** Matches every queue and exchange again; those whose policy changed apply the new one. */
    applyPolicies(): void;
    /**
     * Routes and stores one message (Router.publish): the targets it was stored in go to `out`,
     * false when a queue refused it. Throws NOT_FOUND / ACCESS_REFUSED for a missing or internal exchange.
     */
    publish(msg: Message, out: PublishTarget[], extraKeys?: readonly string[], accept?: (q: Queue) => boolean): boolean;
    /** Resolves once every dead-lettered message's copies are synced and its original removed. */
    deadLettersSettled(): Promise<void>;
    /** Current durable topology, for compaction of the definitions log. */
    definitions(): DefinitionRecord[];
    /** Direct reply-to: delivers straight to the waiting consumer, nothing stored. */
    publishReply(suffix: string, msg: Message): boolean;
}
