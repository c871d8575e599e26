import { type BatchView } from '../codec/index.js';
/** A refused partition: the Kafka error code and why (for the log). */
export declare class ProduceRefusal extends Error {
    readonly code: number;
    constructor(code: number, message: string);
}
export declare function validateBatches(records: Buffer | null, maxMessageBytes: number): BatchView[];
