import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function deleteRecords(conn: KafkaConnection, req: KafkaRequest): Reply;
