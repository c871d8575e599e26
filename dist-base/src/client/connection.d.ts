import { type ChannelModel } from 'amqplib';
import { type BackoffOptions } from './backoff.js';
import { AccessRefusedError } from './errors.js';
import type { TypedEmitter } from './events.js';
export interface ReconnectOptions extends BackoffOptions {
    /** Give up after this many failed attempts in a row (then the client closes and emits `error`). Default Infinity. */
    maxAttempts: number;
}
export declare const DEFAULT_RECONNECT: ReconnectOptions;
export interface ConnectionSettings {
    urls: string[];
    reconnect: ReconnectOptions | false;
    /** Attempts (over all URLs, with backoff) for the first connection before connect() rejects. */
    initialAttempts: number;
    heartbeatSeconds: number;
    connectTimeoutMs: number;
    connectionName?: string;
}
/** Runs after each successful connect; `reconnect` is false the first time. */
export type RestoreHook = (conn: ChannelModel, reconnect: boolean) => Promise<void>;
/** Runs when the connection is lost (or closed), before any reconnect attempt. */
export type LostHook = (err: Error | undefined) => void;
/**
 * An AccessRefusedError when `err` is the broker refusing the handshake (credentials,
 * virtual host), else undefined: a network error or a broker going away is transient.
 */
export declare function refusalOf(err: Error, url: string, timeoutMs: number): Promise<AccessRefusedError | undefined>;
export declare class ConnectionManager {
    private readonly settings;
    private readonly events;
    private conn;
    private state;
    private urlIndex;
    private readonly restoreHooks;
    private readonly lostHooks;
    private openWaiters;
    /** Aborts a backoff sleep when close() is called. */
    private readonly stopping;
    private connectedOnce;
    /** Connections that closed: restore hooks stop early on them. */
    private readonly lost;
    blocked: boolean;
    /** URL of the current connection (credentials removed). */
    currentUrl: string;
    /** The same with credentials, for a side connection to the same broker. */
    rawUrl: string;
    constructor(settings: ConnectionSettings, events: TypedEmitter);
    onRestore(hook: RestoreHook): void;
    onLost(hook: LostHook): void;
    /** True once `conn` has closed (restore hooks use it to tell a lost connection from a failed step). */
    isLost(conn: ChannelModel): boolean;
    get isOpen(): boolean;
    get isClosed(): boolean;
    /** The open connection, or undefined while (re)connecting. */
    get current(): ChannelModel | undefined;
    /** Resolves with the open connection, waiting through a reconnect; rejects once closed. */
    whenOpen(): Promise<ChannelModel>;
    /** The first connection: resolves when it is open and restored, rejects after `initialAttempts`. */
    start(): Promise<void>;
    /** The URL last tried, for classifying its failure. */
    private lastUrl;
    private refusal;
    private nextUrl;
    private openOnce;
    private withHeartbeat;
    private handleLost;
    private reconnectLoop;
    private rejectWaiters;
    /** Closes the connection for good (no reconnect). Callers drain their work first. */
    close(): Promise<void>;
}
