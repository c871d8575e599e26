import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import type { ShovelManager } from '../shovel/index.js';
import type { LoadedTls } from '../tls.js';
import type { WharfOptions } from '../server.js';
/**
 * Binds one listener: `listen` starts it and resolves to the port it got (port 0 picks
 * a free one); `protocol` names it in WharfServer.listeners ('amqp', 'amqps', 'http',
 * 'https', 'kafka', 'kafkas', 'sqs', 'sqss', 'resp', 'resps'); `requested` is the port
 * asked for, quoted when the port is taken or privileged.
 */
export type BindListener = (protocol: string, listen: () => Promise<number>, requested: number) => Promise<number>;
/** What a front is given to build itself. */
export interface FrontContext {
    readonly broker: Broker;
    readonly log: Logger;
    readonly options: WharfOptions;
    /** loaded PEM files when TLS is configured: a front then also offers its TLS listener */
    readonly tls: LoadedTls | undefined;
    readonly shovels: ShovelManager;
}
/** A running (or about to run) front. */
export interface Front {
    /** 'amqp', 'http', 'kafka', 'sqs', 'resp' */
    readonly name: string;
    /** Binds its listeners through `bind`; rejects (after releasing what it bound) when one fails. */
    start(bind: BindListener): Promise<void>;
    /** Stops accepting, ends its sessions, releases every port and timer. */
    close(): Promise<void>;
}
/** One entry of the registry (src/fronts/registry.ts). */
export interface FrontDefinition {
    readonly name: string;
    /** Checks the options (throwing on a bad combination) and builds the front; undefined when it is off. */
    create(ctx: FrontContext): Front | undefined;
}
