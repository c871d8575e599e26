import type { Channel } from 'amqplib';
import type { Publisher } from './publisher.js';
export interface RateLimit {
    /** Handler starts allowed in any window of `intervalMs`. */
    max: number;
    /** The window, in milliseconds. */
    intervalMs: number;
    /**
     * Share the budget with every consumer (in any process) that names the same group: the
     * broker holds it (queue `wharf.ratelimit.<group>`). Default: this consumer alone.
     */
    group?: string;
}
export interface RateLimiter {
    /** Declarations the limiter needs on a (new) connection. */
    declare(ch: Channel): Promise<void>;
    /** Resolves when a handler may start; rejects with the signal's reason when it aborts first. */
    acquire(signal: AbortSignal): Promise<void>;
}
export declare function checkRateLimit(r: RateLimit): RateLimit;
export declare function rateLimitQueue(group: string): string;
/** One consumer's budget: a sliding log of its last `max` starts. */
export declare class LocalRateLimiter implements RateLimiter {
    private readonly limit;
    private readonly starts;
    /** Acquires are served one at a time, in order (concurrent handlers queue here). */
    private queue;
    constructor(limit: RateLimit);
    declare(): Promise<void>;
    acquire(signal: AbortSignal): Promise<void>;
    private take;
}
/** A group's budget, held by the broker (see the header). */
export declare class GroupRateLimiter implements RateLimiter {
    private readonly limit;
    private readonly publisher;
    readonly queue: string;
    private seq;
    constructor(limit: RateLimit & {
        group: string;
    }, publisher: Publisher);
    declare(ch: Channel): Promise<void>;
    acquire(signal: AbortSignal): Promise<void>;
}
export declare function rateLimiter(limit: RateLimit, publisher: Publisher): RateLimiter;
