import type { KafkaConnection, Reply } from '../connection.js';
import { type KafkaRequest } from '../codec/index.js';
export declare function initProducerId(conn: KafkaConnection, req: KafkaRequest): Promise<Reply>;
