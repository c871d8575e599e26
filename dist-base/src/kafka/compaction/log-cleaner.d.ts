import { type StreamPartition } from '../../broker/index.js';
import type { Topics } from '../topics.js';
import type { TxnPartitionIndex } from '../txn/partition-txns.js';
export declare class LogCleaner {
    private readonly topics;
    private readonly txns;
    private readonly log;
    private readonly state;
    private readonly soon;
    private soonTimer;
    private timer;
    private closed;
    constructor(topics: Topics, txns: TxnPartitionIndex, log: {
        info(o: object, m: string): void;
        warn(o: object, m: string): void;
    });
    start(): void;
    close(): void;
    /** After an append to p (cheap: one lookup unless a segment was sealed since the last pass). */
    noteAppend(topic: string, p: StreamPartition): void;
    private sweep;
    private cleanQuietly;
    /** One cleaning pass over the partition (also what tests and tools call). */
    clean(topic: string, p: StreamPartition, now?: number): {
        segments: number;
        bytesFreed: number;
    };
}
