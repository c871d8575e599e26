import { type StreamPartition } from '../../broker/index.js';
import { PartitionProducers } from './producer-state.js';
export declare class Producers {
    private readonly partitions;
    private lastId;
    /**
     * A new producer id. Ids must never repeat, even across restarts, without a durable counter:
     * they are milliseconds since the epoch times 1000 (below 2^53 until the year 2255), kept
     * increasing within a process.
     */
    newProducerId(): number;
    /** The partition's state, rebuilt from its log's tail on first use. */
    of(p: StreamPartition): PartitionProducers;
}
