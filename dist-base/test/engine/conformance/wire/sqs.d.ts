import type { QueueDriver } from '../queue-suite.js';
export declare function sqsQueueDriver(): QueueDriver;
