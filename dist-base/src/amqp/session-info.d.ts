import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import type { Connection } from './connection.js';
export declare class AmqpSessionInfo implements SessionInfo {
    private readonly conn;
    readonly protocol = "AMQP 0-9-1";
    constructor(conn: Connection);
    get id(): string;
    get user(): string;
    get vhost(): string;
    get peerHost(): string;
    get peerPort(): number;
    get connectedAt(): number;
    get clientProperties(): Record<string, unknown>;
    get frameMax(): number;
    get heartbeat(): number;
    get channelMax(): number;
    get state(): string;
    channels(): ChannelInfo[];
    close(reason: string): void;
}
