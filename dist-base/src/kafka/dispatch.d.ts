import { type KafkaRequest } from './codec/index.js';
import type { KafkaConnection, Reply } from './connection.js';
export type Handler = (conn: KafkaConnection, req: KafkaRequest) => Reply | Promise<Reply>;
/** The handler of an API key; decodeRequest has already refused keys outside API_TABLE. */
export declare function handlerFor(apiKey: number): Handler;
