import { type Channel } from 'amqplib';
import { type BackoffOptions } from './backoff.js';
import type { QueueRef } from './topology.js';
export type RetryStrategy = 'ttl-queues' | 'delayed-exchange' | 'auto';
export interface RetryOptions extends BackoffOptions {
    /** Deliveries in all, the first included; the last failure goes to the dead-letter queue. */
    maxAttempts: number;
    strategy: RetryStrategy;
}
export declare const DEFAULT_RETRY: RetryOptions;
/** The exchange the delayed-exchange strategy publishes retries to. */
export declare const RETRY_EXCHANGE = "wharf.retry.delayed";
/** Where a retry copy goes. */
export interface RetryTarget {
    exchange: string;
    routingKey: string;
    headers: Record<string, unknown>;
    /** Per-message TTL (ttl-queues). */
    expiration?: string;
    /** Delayed exchanges route only when the delay ends, so a return would be meaningless. */
    mandatory: boolean;
    delayMs: number;
}
/** Names must not start with `amq.` (reserved), which server-named queues do. */
export declare function retryQueueName(queue: string, levelMs: number): string;
/** The distinct backoff levels (ms) for retries 1 .. maxAttempts-1. */
export declare function retryLevels(o: RetryOptions): number[];
export declare class RetryRoute {
    readonly strategy: 'ttl-queues' | 'delayed-exchange';
    private readonly queue;
    private readonly options;
    constructor(strategy: 'ttl-queues' | 'delayed-exchange', queue: QueueRef, options: RetryOptions);
    /** Declares what the retries need for the queue's current name (again on each attach). */
    declare(ch: Channel): Promise<void>;
    /** Where the copy of a message that failed attempt `attempt` (1-based) goes. */
    target(attempt: number): RetryTarget;
}
/** True when the broker at `url` accepts an `x-delayed-message` exchange. */
export declare function brokerHasDelayedExchange(url: string, timeoutMs?: number): Promise<boolean>;
