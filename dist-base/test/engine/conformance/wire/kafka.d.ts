import type { StreamDriver } from '../stream-suite.js';
export declare function kafkaStreamDriver(): StreamDriver;
