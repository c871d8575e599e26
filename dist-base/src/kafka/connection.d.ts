import type { Socket } from 'node:net';
import { Access, type SessionInfo } from '../broker/index.js';
import { type AnyResponse } from './codec/index.js';
import type { KafkaContext } from './context.js';
import { SaslState } from './sasl.js';
/** What a handler gives back: a body, or undefined for no reply at all (Produce with acks=0). */
export type Reply = AnyResponse | undefined;
export declare class KafkaConnection {
    readonly id: string;
    readonly socket: Socket;
    readonly ctx: KafkaContext;
    readonly connectedAt: number;
    readonly session: SessionInfo;
    readonly sasl: SaslState;
    /** the Wharf user this connection acts as ('' until known) */
    user: string;
    /** that user's permissions in the listener's vhost; undefined until the user is known */
    access: Access | undefined;
    clientId: string;
    clientSoftware: string;
    private readonly splitter;
    private readonly slots;
    private slotHead;
    private corked;
    private paused;
    private closed;
    /** aborted when the connection goes away: parked long polls and group waits end with it */
    readonly gone: AbortController;
    /** requests and bytes seen, for the management listing */
    requests: number;
    constructor(id: string, socket: Socket, ctx: KafkaContext);
    /** Registers the connection with the broker as `user` (vhost access, per-user connection limits). */
    attach(user: string): void;
    get remote(): string;
    private onData;
    private onFrame;
    private enqueue;
    private enqueueRaw;
    /** Sends the replies at the head of the queue that are ready, in request order. */
    private flush;
    private write;
    /** Writes bytes as they are, corked until the end of this tick (one syscall for many replies). */
    writeRaw(chunks: readonly Buffer[]): void;
    private pause;
    private maybeResume;
    /** Closes this connection after input it cannot handle; logs why, never throws. */
    fail(err: unknown): void;
    /** Ends the connection after the replies already written (management close, shutdown). */
    close(reason: string): void;
    destroy(): void;
    private cleaned;
    private cleanup;
}
/** Names an error code for log lines. */
export declare function errorLabel(code: number): string;
