import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import { type LoadedTls } from '../tls.js';
import type { ServerContext } from './server-context.js';
export interface AmqpServerOptions {
    host?: string;
    /** the plain listener's port; false: no plain listener */
    port: number | false;
    frameMax?: number;
    channelMax?: number;
    heartbeat?: number;
    handshakeTimeoutMs?: number;
    maxMessageSize?: number;
    consumerTimeoutMs?: number;
    /** ms before a failed login is answered (default 1000) */
    authFailureDelayMs?: number;
    /** open connections allowed on this node (default: no limit) */
    connectionMax?: number;
    /** bytes of a connection's publishes awaiting confirms before it is read no more (0: no limit) */
    maxUnconfirmedBytes?: number;
}
export declare class AmqpServer {
    private readonly opts;
    private readonly servers;
    readonly ctx: ServerContext;
    private nextId;
    constructor(broker: Broker, log: Logger, version: string, opts: AmqpServerOptions);
    private accept;
    /** Starts the plain listener; resolves to its port. */
    listen(): Promise<number>;
    /** Starts the AMQPS listener; resolves to its port. */
    listenTls(port: number, tls: LoadedTls): Promise<number>;
    private bind;
    close(): Promise<void>;
}
