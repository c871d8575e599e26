import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import type { Connection } from './connection.js';
/** What every connection of one AMQP listener shares; owned by AmqpServer. */
export interface ServerContext {
    broker: Broker;
    log: Logger;
    version: string;
    connections: Set<Connection>;
    /** default 131072, RabbitMQ's */
    frameMax: number;
    /** default 2047, RabbitMQ's */
    channelMax: number;
    /** seconds, default 60, RabbitMQ's */
    heartbeat: number;
    /** default 10000, RabbitMQ's handshake_timeout */
    handshakeTimeoutMs: number;
    /** largest accepted message body, default 128 MiB as RabbitMQ */
    maxMessageSize: number;
    /** consumer acknowledgement timeout, default 30 min as RabbitMQ's consumer_timeout */
    consumerTimeoutMs: number;
    /** ms a failed login waits before it is answered (against password guessing), default 1000 */
    authFailureDelayMs: number;
    /** open connections allowed on this node, RabbitMQ's connection_max (default Infinity) */
    connectionMax: number;
    /** bytes of one connection's publishes awaiting confirms past which it is not read (0: no limit) */
    maxUnconfirmedBytes: number;
}
