import { type PgPool, type PgQueryable } from '../stores/pg-tx.js';
import type { BatchResult, OutboxMessage, OutboxRow, OutboxSource, PublishOutcome } from './types.js';
export interface PostgresOutboxOptions {
    pool: PgPool;
    /** Default `wharf_outbox`; `schema.table` is allowed. */
    table?: string;
    /** NOTIFY channel (default: the table's unqualified name). */
    channel?: string;
    /**
     * How long a relay holds the rows it claimed before another relay may take them
     * (default 60 000 ms): after a relay crash, its batch waits this long. Keep it above
     * the relay's publishTimeoutMs, or a slow batch is published a second time.
     */
    leaseMs?: number;
}
export declare const DEFAULT_OUTBOX_TABLE = "wharf_outbox";
export declare class PostgresOutbox implements OutboxSource {
    #private;
    constructor(options: PostgresOutboxOptions);
    /**
     * Creates the table and its indexes if missing, and adds `lease_until` to a table
     * created by an earlier version; safe to call from many processes.
     */
    ensureSchema(): Promise<void>;
    /**
     * Adds a message in the caller's transaction (`tx` is the client that ran BEGIN) and
     * returns its message id. Rolled back with the transaction; published only after it
     * commits. With a Pool instead of a transaction client it commits on its own.
     */
    add(tx: PgQueryable, message: OutboxMessage): Promise<string>;
    processBatch(limit: number, publish: (rows: readonly OutboxRow[]) => Promise<PublishOutcome[]>, maxAttempts?: number): Promise<BatchResult>;
    watch(wake: () => void, onError: (err: unknown) => void): Promise<() => Promise<void>>;
    deleteSent(olderThanMs: number, limit?: number): Promise<number>;
    /** Rows not yet sent (including any that reached a relay's maxAttempts). */
    unsentCount(): Promise<number>;
}
