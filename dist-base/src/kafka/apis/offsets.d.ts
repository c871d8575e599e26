import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function offsetCommit(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
export declare function offsetFetch(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function offsetDelete(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
