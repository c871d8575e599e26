import type { PublishOptions } from '../types.js';
/** What `outbox.add()` takes: exactly the arguments of `Publisher.publish`. */
export interface OutboxMessage {
    exchange: string;
    routingKey: string;
    payload: unknown;
    /** `messageId` defaults to a new UUID, fixed in the row, so every republish carries the same id. */
    options?: PublishOptions;
}
/** Publish options kept in the row; message id and content type have columns of their own. */
export type StoredOptions = Omit<PublishOptions, 'messageId' | 'contentType'>;
/** An unsent row as the relay publishes it: the body is already encoded. */
export interface OutboxRow {
    /** The row's position in the outbox (bigint on PostgreSQL, as a string). */
    id: string;
    messageId: string;
    exchange: string;
    routingKey: string;
    body: Buffer;
    contentType: string;
    options: StoredOptions;
    /** Failed publish attempts so far. */
    attempts: number;
}
/** The result of publishing one row: confirmed, or the error text to record. */
export type PublishOutcome = {
    ok: true;
} | {
    ok: false;
    error: string;
};
export interface BatchResult {
    /** Rows taken for this batch. */
    claimed: number;
    /** Confirmed by the broker and marked sent. */
    sent: number;
    /** Not confirmed: attempts + 1, left unsent for a later batch. */
    failed: number;
}
/** What the relay needs from an outbox table; PostgresOutbox and SqliteOutbox implement it. */
export interface OutboxSource {
    /**
     * Takes up to `limit` unsent rows in id order that no other relay holds, runs
     * `publish` on them, and records each outcome. Rows whose attempts reached
     * `maxAttempts` are left alone.
     */
    processBatch(limit: number, publish: (rows: readonly OutboxRow[]) => Promise<PublishOutcome[]>, maxAttempts?: number): Promise<BatchResult>;
    /** Calls `wake` when rows may have been added; resolves to a function that stops watching. */
    watch(wake: () => void, onError: (err: unknown) => void): Promise<() => Promise<void>>;
    /** Deletes up to `limit` rows sent more than `olderThanMs` ago; returns how many. */
    deleteSent(olderThanMs: number, limit?: number): Promise<number>;
}
