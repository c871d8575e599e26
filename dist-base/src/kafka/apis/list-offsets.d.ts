import { type StreamPartition } from '../../broker/index.js';
import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function listOffsets(conn: KafkaConnection, req: KafkaRequest): Reply;
/** The first committed record with a timestamp >= ts, or undefined. */
export declare function byTimestamp(p: StreamPartition, ts: number): {
    offset: number;
    timestamp: number;
} | undefined;
