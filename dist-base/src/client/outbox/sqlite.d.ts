import type Sqlite from 'better-sqlite3';
import type { BatchResult, OutboxMessage, OutboxRow, OutboxSource, PublishOutcome } from './types.js';
export interface SqliteOutboxOptions {
    db: Sqlite.Database;
    /** Default `wharf_outbox`; created by the constructor if missing. */
    table?: string;
    /** How long a relay holds a batch before another relay may take it (default 30 000 ms). */
    leaseMs?: number;
}
export declare class SqliteOutbox implements OutboxSource {
    #private;
    constructor(options: SqliteOutboxOptions);
    /**
     * Adds a message on `db` (inside the caller's db.transaction(), it commits or rolls
     * back with it) and returns its message id. Relays of this outbox in this process are
     * woken right after; others find the row on their next poll.
     */
    add(db: Sqlite.Database, message: OutboxMessage): string;
    processBatch(limit: number, publish: (rows: readonly OutboxRow[]) => Promise<PublishOutcome[]>, maxAttempts?: number): Promise<BatchResult>;
    watch(wake: () => void): Promise<() => Promise<void>>;
    deleteSent(olderThanMs: number, limit?: number): Promise<number>;
    /** Rows not yet sent (including any that reached a relay's maxAttempts). */
    unsentCount(): number;
}
