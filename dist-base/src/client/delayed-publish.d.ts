import type { Channel } from 'amqplib';
export type DelayStrategy = 'ttl-queues' | 'delayed-exchange' | 'auto';
/** The longest delay `x-delay` and `x-message-ttl` take (2^32 - 1 ms, about 49.7 days). */
export declare const MAX_DELAY_MS = 4294967295;
/** Where a delayed message is published, and the headers or expiry that hold it back. */
export interface DelayRoute {
    exchange: string;
    routingKey: string;
    headers: Record<string, unknown>;
}
/** The name of the delayed exchange in front of exchange `name` ('' is the retry exchange). */
export declare function delayedExchangeFor(exchange: string): string;
/** A wait queue's name: readable when short, hashed when the parts would pass 255 bytes. */
export declare function waitQueueName(exchange: string, routingKey: string, delayMs: number): string;
/** Checks a `delay` option: whole milliseconds in [0, MAX_DELAY_MS]. */
export declare function checkDelay(delay: unknown): number;
/** Declares what a delayed publish needs (remembering what it did) and says where to publish. */
export declare class DelayRouter {
    private readonly strategy;
    private readonly withChannel;
    /** Declaration key -> time of the last declaration. */
    private readonly declared;
    constructor(strategy: () => Promise<'ttl-queues' | 'delayed-exchange'>, withChannel: <R>(fn: (ch: Channel) => Promise<R>) => Promise<R>);
    route(exchange: string, routingKey: string, delayMs: number): Promise<DelayRoute>;
    /**
     * Runs a declaration unless it ran less than `freshMs` ago: everything declared is
     * durable, so a reconnect does not undo it, and repeating it now and then puts back a
     * binding or wait queue deleted meanwhile.
     */
    private once;
}
