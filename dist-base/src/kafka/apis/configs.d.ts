import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function describeConfigs(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function alterConfigs(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function incrementalAlterConfigs(conn: KafkaConnection, req: KafkaRequest): Reply;
