import type { Queue } from '../broker/index.js';
import type { Route } from './router.js';
import type { Totals } from './rates.js';
export declare const nodeName: () => string;
/** A queue's messages: ready + unacked (a stream reports everything it keeps). */
export declare function queueCounts(q: Queue): {
    messages: number;
    ready: number;
    unacked: number;
};
export declare function messageTotals(queues: Iterable<Queue>): Totals;
/** Cumulative counters of the queues, RabbitMQ's message_stats names. */
export declare function statTotals(queues: Iterable<Queue>): Totals;
export declare const overviewRoutes: Route[];
