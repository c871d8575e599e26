import { type RespValue } from './resp-value.js';
export declare const REDIS_PORT = 6379;
export interface RawReply {
    bytes: Buffer;
    value: RespValue;
}
export declare function encodeCommand(args: readonly (string | Buffer)[]): Buffer;
export declare class RawRedis {
    private readonly socket;
    private buf;
    private waiters;
    closed: boolean;
    private constructor();
    private wake;
    /** Connects, or resolves null when no Redis listens (the caller skips with a message). */
    static open(port?: number): Promise<RawRedis | null>;
    /** Sends raw bytes. */
    write(bytes: Buffer | string): void;
    command(...args: (string | Buffer)[]): Promise<RawReply>;
    /** The next whole reply, within a deadline. */
    reply(timeoutMs?: number): Promise<RawReply>;
    /** Everything until the server closes the connection (for protocol errors). */
    untilClosed(timeoutMs?: number): Promise<Buffer>;
    close(): void;
}
/** A key prefix no other test or person uses; tests DEL what they make under it. */
export declare function uniquePrefix(): string;
