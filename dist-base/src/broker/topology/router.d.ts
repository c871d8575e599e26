import type { BindingIndex } from '../exchanges/binding-index.js';
import type { Exchange } from '../exchanges/index.js';
import type { Message, PropertiesFormat } from '../messages/message.js';
import type { Queue } from '../queues/queue.js';
import { DelayedExchange, type Syncable } from './delayed-exchange.js';
/** Where a publish was stored, as far as confirms care: a queue or a delayed exchange's log. */
export interface PublishTarget {
    readonly durable: boolean;
    /** keeps transient messages too (streams): a confirm then always waits for the sync */
    readonly persistsAll?: boolean;
    sync(cb: (err?: Error) => void): void;
}
/** The vhost's tables a router reads (the VHost owns and changes them). */
export interface RoutingTables {
    readonly name: string;
    readonly exchanges: ReadonlyMap<string, Exchange>;
    readonly queues: ReadonlyMap<string, Queue>;
    readonly bindingIndex: BindingIndex;
}
export declare class Router {
    private readonly tables;
    private readonly ctx;
    private readonly routed;
    /** true while routeAndStore stores into the queues of `routed` (a nested call needs a set of its own) */
    private storing;
    private readonly visited;
    private readonly releaseScratch;
    constructor(tables: RoutingTables, ctx: {
        readonly format: PropertiesFormat;
    });
    /**
     * Routes and stores one message. Returns the queues it went to in `out` (cleared
     * first) so the caller can request syncs for confirms, and false when a queue refused
     * it (x-overflow reject-publish: the publisher gets a nack). Throws NOT_FOUND for a
     * missing exchange and ACCESS_REFUSED for an internal one.
     */
    publish(msg: Message, out: PublishTarget[], extraKeys?: readonly string[], accept?: (q: Queue) => boolean): boolean;
    /**
     * A held message is due: routed by the delayed exchange's type, x-delay now negative.
     * Throws when a queue it routes to could not store it (the exchange keeps the held copy).
     */
    releaseDelayed(ex: DelayedExchange, head: Buffer, flags: number, body: Buffer, stored: Syncable[]): void;
    private routeAndStore;
    private routeKey;
    private routeFrom;
}
