import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import type { RespConnection } from './connection.js';
export declare class RespSessionInfo implements SessionInfo {
    private readonly conn;
    readonly frameMax = 0;
    readonly heartbeat = 0;
    readonly channelMax = 0;
    readonly state = "running";
    constructor(conn: RespConnection);
    get protocol(): string;
    get id(): string;
    get user(): string;
    get vhost(): string;
    get peerHost(): string;
    get peerPort(): number;
    get connectedAt(): number;
    get clientProperties(): Record<string, unknown>;
    channels(): ChannelInfo[];
    close(_reason: string): void;
}
