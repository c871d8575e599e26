import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
/** PRODUCER_FENCED as the clients of versions before it know it. */
export declare function fencedAsEpoch(code: number): number;
export declare function addPartitionsToTxn(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
export declare function addOffsetsToTxn(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
export declare function endTxn(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
export declare function txnOffsetCommit(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
