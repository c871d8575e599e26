import { type Socket } from 'node:net';
export interface Received {
    channel: number;
    key: number;
    args: Record<string, unknown>;
}
export declare class RawClient {
    readonly socket: Socket;
    readonly methods: Received[];
    readonly raw: Buffer[];
    closed: boolean;
    private waiters;
    private readonly parser;
    private constructor();
    static connect(port: number): Promise<RawClient>;
    private wake;
    send(buf: Buffer): void;
    /** Waits until `pred` holds (checked on every arrival), or fails after `ms`. */
    until(pred: () => boolean, ms?: number, what?: string): Promise<void>;
    waitMethod(key: number, ms?: number): Promise<Received>;
    /** Runs the handshake as guest up to connection.open-ok. */
    handshake(vhost?: string, heartbeat?: number): Promise<void>;
    openChannel(id: number): Promise<void>;
    end(): void;
}
/** A frame with arbitrary type, channel and payload (and optionally a wrong frame-end). */
export declare function rawFrame(type: number, channel: number, payload: Buffer, end?: number): Buffer;
