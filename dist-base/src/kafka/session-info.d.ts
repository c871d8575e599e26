import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import type { KafkaConnection } from './connection.js';
export declare class KafkaSessionInfo implements SessionInfo {
    private readonly conn;
    readonly protocol = "Kafka";
    readonly frameMax = 0;
    readonly heartbeat = 0;
    readonly channelMax = 0;
    readonly state = "running";
    constructor(conn: KafkaConnection);
    get id(): string;
    get user(): string;
    get vhost(): string;
    get peerHost(): string;
    get peerPort(): number;
    get connectedAt(): number;
    get clientProperties(): Record<string, unknown>;
    channels(): ChannelInfo[];
    close(reason: string): void;
}
