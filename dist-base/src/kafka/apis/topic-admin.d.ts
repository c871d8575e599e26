import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function createTopics(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function deleteTopics(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function createPartitions(conn: KafkaConnection, req: KafkaRequest): Reply;
