import type { Exchange } from '../exchanges/index.js';
import type { Queue } from '../queues/queue.js';
/** What a binding points at: a queue, or another exchange (exchange-to-exchange). */
export type Destination = Queue | Exchange;
