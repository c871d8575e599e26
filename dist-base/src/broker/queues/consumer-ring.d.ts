import type { Consumer } from './consumer.js';
export declare class ConsumerRing {
    /** x-single-active-consumer: only the first registered consumer gets messages */
    readonly singleActive: boolean;
    /** the consumers, in delivery preference order (the queue shares this array as `consumers`) */
    readonly list: Consumer[];
    /** some consumer has a non-zero priority: picks go by priority group */
    private prioritized;
    private rr;
    /** where the round-robin goes once the consumer next() picked gets its message (advance) */
    private rrNext;
    constructor(
    /** x-single-active-consumer: only the first registered consumer gets messages */
    singleActive: boolean);
    /** Adds `c` in priority order; ACCESS_REFUSED when exclusive use forbids it. */
    add(c: Consumer, queue: string, vhost: string): void;
    /** False when `c` was not in the ring. */
    remove(c: Consumer): boolean;
    /** The consumer that should get the next message, undefined when none can take one now. */
    next(): Consumer | undefined;
    /** The consumer next() picked got its message: the round-robin moves on. */
    advance(): void;
    /** Round-robin within the highest priority group that has a consumer with credit. */
    private nextByPriority;
}
