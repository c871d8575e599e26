import type { Log } from '../../store/index.js';
import type { Destination } from './destination.js';
import { Exchange, type ExchangeOptions, type HeadersOf } from '../exchanges/exchange.js';
import type { Binding } from '../exchanges/index.js';
import { type Message } from '../messages/message.js';
/** Record flag bit 2 (held messages only): the message itself is persistent. */
export declare const FLAG_MESSAGE_PERSISTENT = 4;
/** Something a released message was stored in, which must be synced before the held copy goes. */
export interface Syncable {
    sync(cb: (err?: Error) => void): void;
}
export interface DelayHost {
    /**
     * Routes a released message through the exchange's own type (never held again);
     * pushes the durable places it was stored in onto `stored`. Throws if it could not be
     * stored everywhere it routes to.
     */
    release(ex: DelayedExchange, head: Buffer, flags: number, body: Buffer, stored: Syncable[]): void;
    onError(err: Error): void;
}
/** First retry of a failed release after this long; each further failure doubles it. */
export declare const RETRY_FIRST_MS = 1000;
/** Retries of a failed release are never further apart than this. */
export declare const RETRY_MAX_MS = 60000;
export declare class DelayedExchange extends Exchange {
    readonly inner: Exchange;
    /** held messages; also the confirm target (durable/sync) of a held publish */
    readonly store: Log;
    private readonly host;
    private readonly heap;
    private timer;
    private timerAt;
    private stopped;
    /** the log is closed or destroyed: nothing more is written to it */
    private detached;
    /** failed releases so far, per held position; only positions that failed are here */
    private readonly attempts;
    private readonly fire;
    constructor(vhost: string, name: string, options: ExchangeOptions, inner: Exchange, 
    /** held messages; also the confirm target (durable/sync) of a held publish */
    store: Log, host: DelayHost);
    get held(): number;
    route(routingKey: string, headers: HeadersOf, out: Set<Destination>): void;
    protected added(b: Binding): void;
    protected removed(b: Binding): void;
    /** The delay to apply, or 0 to route now. */
    static delayOf(headers: Record<string, unknown> | undefined): number;
    hold(msg: Message, delay: number): void;
    private arm;
    /**
     * Releases what is due. The held copies are removed only after the queues that got
     * the messages have synced them, so a crash never loses a released message; a crash
     * inside that window releases it again (at-least-once).
     */
    private releaseDue;
    /** Waits for every queue the batch reached to sync, then drops the held copies it covers. */
    private settle;
    /** The release of pos is durable in its queues: the held copy goes (durably at the next commit). */
    private forget;
    /** Pushes the acks out now rather than on the log's background timer. */
    private flushAcks;
    /** Keeps the held copies of failed releases and tries them again later, backing off. */
    private retryLater;
    /** Messages whose release failed and waits for a retry (for tests and metrics). */
    get retrying(): number;
    /**
     * Stops releasing: the broker is closing. Releases still waiting for their queues'
     * syncs drop their held copies when those complete (the queues close first), or keep
     * them when they fail. Held messages stay in the log for the next start.
     */
    stopReleasing(): void;
    /** Stops everything: the exchange is deleted and its log goes with it. */
    stop(): void;
    /** Stops and closes the log (flushing acks of finished releases): after the queues closed. */
    close(): Promise<void>;
}
