export declare class QueueStats {
    publish: number;
    deliver: number;
    get: number;
    ack: number;
    redeliver: number;
    deadLettered: number;
    expired: number;
    dropped: number;
}
