import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function fetch(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
