import type { Publisher } from '../types.js';
import type { BatchResult, OutboxSource } from './types.js';
export interface OutboxRelayOptions {
    outbox: OutboxSource;
    /** A confirmed publisher, e.g. the SDK's client. */
    publisher: Publisher;
    /** Rows per pass (default 100). A crash republishes at most one batch per relay. */
    batchSize?: number;
    /** Longest wait between passes when idle (default 1000 ms); notifications cut it short. */
    pollIntervalMs?: number;
    /** A batch's confirms must arrive within this (default 30 000 ms), else its rows count as failed. */
    publishTimeoutMs?: number;
    /** Leave rows alone after this many failed publishes (default: retry forever). */
    maxAttempts?: number;
    /** Delete rows sent longer ago than this (default: keep them). */
    deleteSentAfterMs?: number;
    /** How often to run that cleanup (default 60 000 ms). */
    cleanupIntervalMs?: number;
    /** Errors of the background loop (database or broker down); default: ignored, the loop retries. */
    onError?: (err: unknown) => void;
}
export declare class OutboxRelay {
    #private;
    constructor(options: OutboxRelayOptions);
    get running(): boolean;
    /** Starts the background loop; resolves once the outbox is being watched. */
    start(): Promise<void>;
    /** Stops after the batch in flight (if any) is published and marked. */
    stop(): Promise<void>;
    /** One pass: a batch taken, published and marked. Usable without start(). */
    runOnce(): Promise<BatchResult>;
    /**
     * Passes until none finds work; returns the rows sent. Stops early on a batch with
     * failures (they are retried by later passes), so it cannot spin on a dead broker.
     */
    drain(): Promise<number>;
}
