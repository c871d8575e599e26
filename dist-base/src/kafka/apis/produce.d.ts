import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function produce(conn: KafkaConnection, req: KafkaRequest): Reply | Promise<Reply>;
