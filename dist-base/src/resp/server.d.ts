import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import { type LoadedTls } from '../tls.js';
import type { RespContext, RespServerOptions } from './context.js';
export declare class RespServer {
    private readonly servers;
    readonly ctx: RespContext;
    constructor(broker: Broker, log: Logger, version: string, opts: RespServerOptions);
    private readonly opts;
    private accept;
    /** Starts the plain listener; resolves to its port. */
    listen(): Promise<number>;
    /** Starts the TLS listener; resolves to its port. */
    listenTls(port: number, tls: LoadedTls): Promise<number>;
    private bind;
    close(): Promise<void>;
}
