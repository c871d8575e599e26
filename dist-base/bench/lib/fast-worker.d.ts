import type { ClientResult, ConsumeSpec, PublishSpec } from './client-spec.js';
export interface WorkerIo {
    ready(): void;
    go: Promise<void>;
    stopped: Promise<void>;
    /** adds one to the consumers' shared count; returns the new total */
    counted(): number;
    targetReached(atNs: number): void;
    now(): number;
}
export declare function fastPublish(s: PublishSpec, io: WorkerIo): Promise<ClientResult>;
export declare function fastConsume(s: ConsumeSpec, io: WorkerIo): Promise<ClientResult>;
