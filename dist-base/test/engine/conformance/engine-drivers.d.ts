import type { QueueDriver } from './queue-suite.js';
import type { StreamDriver } from './stream-suite.js';
export declare function engineQueueDriver(durable: boolean): QueueDriver;
export declare function engineStreamDriver(): StreamDriver;
