/**
 * What became of a delivery. `kept`: a consumer of a dead-letter queue failed on it, and
 * it stays unacked (neither lost nor redelivered in a loop) until the consumer stops.
 */
export type HandlerOutcome = 'ack' | 'retry' | 'dead-letter' | 'duplicate' | 'requeue' | 'kept';
export interface HandledEvent {
    queue: string;
    messageId: string;
    outcome: HandlerOutcome;
    /** Handler run time in ms (0 for duplicates, which never reach the handler). */
    durationMs: number;
    attempt: number;
    error?: Error;
}
export interface ReturnedEvent {
    messageId: string;
    exchange: string;
    routingKey: string;
    replyCode: number;
    replyText: string;
}
export interface ClientEvents {
    /** A connection is open and topology, consumers and publisher are restored on it. */
    connected: [info: {
        url: string;
        reconnect: boolean;
    }];
    /** The connection was lost (not emitted for close()). */
    disconnected: [info: {
        error?: Error;
    }];
    /** The next connection attempt is scheduled. */
    reconnecting: [info: {
        attempt: number;
        delayMs: number;
        error?: Error;
    }];
    /** The broker stopped reading our publishes (resource alarm); publishes wait. */
    blocked: [info: {
        reason: string;
    }];
    unblocked: [];
    /** Something went wrong that has no caller to reject (a topology re-declare, a handler's ack). */
    error: [err: Error];
    /** A mandatory message came back unroutable (its publish rejects too). */
    returned: [info: ReturnedEvent];
    /** One delivery was dealt with. */
    handled: [info: HandledEvent];
    /** close() finished. */
    closed: [];
}
export declare class TypedEmitter {
    private readonly emitter;
    on<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this;
    once<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this;
    off<K extends keyof ClientEvents>(event: K, listener: (...args: ClientEvents[K]) => void): this;
    /** @internal */
    emit<K extends keyof ClientEvents>(event: K, ...args: ClientEvents[K]): void;
}
