import type { Queue, SendLedger } from '../broker/index.js';
export declare const DEDUP_WINDOW_MS: number;
/** how many held-back messages one receive looks past before it answers with what it has */
export declare const FIFO_SCAN_LIMIT = 1000;
interface Sent {
    messageId: string;
    sequence: string;
}
export declare class FifoState {
    private readonly queue;
    private readonly ledger;
    /** group -> lease ids in flight */
    private readonly inFlight;
    /** ReceiveRequestAttemptId -> the answer given, for retries within 5 minutes */
    readonly attempts: Map<string, {
        at: number;
        output: Record<string, unknown>;
    }>;
    constructor(queue: Queue, ledger: SendLedger);
    /** A 20-digit, strictly increasing sequence number (from the clock, never below an earlier one). */
    nextSequence(): string;
    static contentDedupId(body: string): string;
    /** The earlier send of the same deduplication key within the window, if any. */
    duplicate(key: string, now: number): Sent | undefined;
    remember(key: string, messageId: string, sequence: string, now: number): void;
    /** A message of this group was published and then refused: its key may be sent again. */
    forget(key: string): void;
    /** cb runs once the sequence numbers and dedup keys given so far are on disk. */
    sync(cb: (err?: Error) => void): void;
    private trim;
    /** True while a message of `group` is leased. */
    held(group: string): boolean;
    leased(group: string, id: number): void;
}
export {};
