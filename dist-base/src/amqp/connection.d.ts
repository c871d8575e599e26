import type { Socket } from 'node:net';
import type { Broker, VHost } from '../broker/index.js';
import { AmqpSessionInfo } from './session-info.js';
import { Channel } from './channel.js';
import { type CodecError, type FrameHandler, FrameParser, FrameWriter } from './codec/index.js';
import { AmqpError } from './errors.js';
import type { ServerContext } from './server-context.js';
type State = 'header' | 'start' | 'refusing' | 'tune' | 'open-wait' | 'open' | 'closing' | 'closed';
export declare class Connection implements FrameHandler {
    readonly id: string;
    readonly socket: Socket;
    readonly ctx: ServerContext;
    readonly parser: FrameParser;
    /** Encodes this connection's output; its scratch buffer is this connection's own. */
    readonly writer: FrameWriter;
    readonly channels: Map<number, Channel>;
    state: State;
    vhost: VHost;
    user: string;
    clientProperties: Record<string, unknown>;
    capabilities: Record<string, unknown>;
    frameMax: number;
    channelMax: number;
    heartbeat: number;
    private corked;
    /** flow control: this connection published during an alarm and is not being read */
    blocked: boolean;
    /** bytes of publishes on this connection that wait for their confirm (sync to disk) */
    unconfirmedBytes: number;
    /** PAUSED_BY_* bits: while any is set the socket is not read */
    private pausedBy;
    /** what management and metrics see of this connection */
    readonly session: AmqpSessionInfo;
    private lastRecv;
    private lastSend;
    private heartbeatTimer;
    private handshakeTimer;
    private closeTimer;
    private readonly uncork;
    readonly connectedAt: number;
    constructor(id: string, socket: Socket, ctx: ServerContext);
    get broker(): Broker;
    /** RabbitMQ's handshake_timeout: a client that has not opened the connection in time is dropped. */
    private handshakeTimeout;
    /** Writes are corked and flushed once per microtask checkpoint: one syscall per batch. */
    send(buf: Buffer): void;
    sendMethod(channel: number, key: number, args: object): void;
    get writable(): boolean;
    private onDrain;
    onProtocolHeader(): void;
    onBadProtocolHeader(): void;
    onMethod(channel: number, key: number, args: unknown): void;
    onHeader(channel: number, classId: number, bodySize: number, properties: Buffer): void;
    onBody(channel: number, payload: Buffer): void;
    onHeartbeat(channel: number): void;
    onError(err: CodecError, channel: number): void;
    private onConnectionMethod;
    private onStartOk;
    /**
     * A failed login is answered only after authFailureDelayMs, reading nothing from the
     * client meanwhile, so one connection cannot guess passwords faster than that. It is a
     * timer, not a wait: other connections go on. Clients that announce
     * authentication_failure_close then get connection.close; older ones see the socket
     * close, as with RabbitMQ.
     */
    private refuseLogin;
    private onTuneOk;
    private onOpen;
    private openChannel;
    /**
     * A publish during a memory or disk alarm: stop reading this connection after the
     * current frame (TCP pushes back on the client) and tell clients that understand it.
     */
    private block;
    /** All alarms cleared: read again. */
    unblock(): void;
    /**
     * Counts bytes of publishes that wait for their confirm (+ when published, - when the
     * batch is confirmed). Past maxUnconfirmedBytes the socket is not read until enough
     * are confirmed: TCP pushes back on a publisher that outruns the disk, and this
     * connection's memory stays bounded. The publish in hand is taken, so a message
     * larger than the limit still goes through, alone.
     */
    readonly accountUnconfirmed: (delta: number) => void;
    /** True while reading is paused because of unconfirmed publishes (management shows 'flow'). */
    get throttled(): boolean;
    private pauseReading;
    private resumeReading;
    private startHeartbeats;
    /** The boundary where errors become channel.close or connection.close. */
    fail(err: unknown, channel: number, key: number): void;
    /** Server-initiated connection.close; the socket ends on close-ok or after a grace period. */
    close(e: AmqpError, _channel?: number): void;
    private endSoon;
    destroy(): void;
    private releaseChannels;
    private teardown;
}
export {};
