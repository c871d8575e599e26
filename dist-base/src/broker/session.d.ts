export interface ChannelInfo {
    number: number;
    consumers: number;
    unacked: number;
    prefetch: number;
    confirm: boolean;
    transactional: boolean;
}
export interface SessionInfo {
    readonly id: string;
    readonly protocol: string;
    readonly user: string;
    readonly vhost: string;
    readonly peerHost: string;
    readonly peerPort: number;
    readonly connectedAt: number;
    readonly clientProperties: Record<string, unknown>;
    readonly frameMax: number;
    readonly heartbeat: number;
    readonly channelMax: number;
    /** 'running', 'blocked' (resource alarm) or 'flow' (held back by its own unconfirmed publishes) */
    readonly state: string;
    channels(): ChannelInfo[];
    /** ends the session from the server side (management "close connection") */
    close(reason: string): void;
}
