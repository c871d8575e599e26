import type { KafkaConnection, Reply } from '../connection.js';
import { ApiKey, type KafkaRequest } from '../codec/index.js';
/** The ApiVersions table: every advertised API this front handles (ranges from API_TABLE). */
export declare function advertised(handled: (apiKey: number) => boolean): {
    apiKey: number;
    minVersion: number;
    maxVersion: number;
}[];
export declare function apiVersions(conn: KafkaConnection, req: KafkaRequest, handled: (k: number) => boolean): Reply;
export declare function metadata(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function describeCluster(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function saslHandshake(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare function saslAuthenticate(conn: KafkaConnection, req: KafkaRequest): Reply;
export declare const NO_AUTHORIZED_OPERATIONS = -2147483648;
export { ApiKey };
