import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import { CommandTable } from './codec/index.js';
import type { RespConnection } from './connection.js';
import type { Groups } from './streams/groups.js';
import type { Keyspace } from './streams/keyspace.js';
export interface RespServerOptions {
    host?: string;
    /** the plain listener's port (0: a free one) */
    port: number;
    /** the vhost whose streams this front serves (default '/') */
    vhost?: string;
    /**
     * the user a one-argument AUTH logs in as, and that a connection acts as before any AUTH
     * unless requireAuth is set (Redis's `default` user); default 'guest'. Its loopback-only flag
     * applies: guest acts for loopback connections only.
     */
    defaultUser?: string;
    /** every connection must AUTH (or HELLO ... AUTH) first, as with Redis's requirepass (default false) */
    requireAuth?: boolean;
    /** ms before a failed AUTH is answered (default 1000, as the AMQP front) */
    authFailureDelayMs?: number;
}
export interface RespContext {
    readonly broker: Broker;
    readonly log: Logger;
    readonly version: string;
    readonly commands: CommandTable;
    readonly connections: Set<RespConnection>;
    readonly vhost: string;
    /** the streams of the vhost, as Redis keys */
    readonly keyspace: Keyspace;
    /** Redis consumer groups on the engine's stream groups */
    readonly groups: Groups;
    readonly defaultUser: string;
    readonly requireAuth: boolean;
    readonly authFailureDelayMs: number;
    readonly startedAt: number;
    /** the port clients reach (INFO's tcp_port) */
    port: number;
    /** CLIENT ID: increasing from 1 per server, never reused */
    nextClientId(): number;
    /** commands processed and connections accepted, for INFO stats */
    readonly stats: {
        commands: number;
        connections: number;
        rejectedConnections: number;
    };
}
