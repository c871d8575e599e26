import type Sqlite from 'better-sqlite3';
export interface SqliteProcessOnceOptions {
    /** Table of processed ids (default `wharf_processed`; SqliteDedupStore creates it). */
    table?: string;
    /** How long the id is remembered (default 7 days). */
    ttlSeconds?: number;
}
/**
 * In one `BEGIN IMMEDIATE` transaction: insert the message id; if it was already there
 * (and not expired) return false without running the handler; else run `handler(db)`
 * and commit, returning true. A throwing handler rolls back its writes and the id, and
 * the error propagates. IMMEDIATE takes the write lock up front, so two processes never
 * both read first and then fail to upgrade with SQLITE_BUSY.
 */
export declare function processOnceSqlite(db: Sqlite.Database, messageId: string, handler: (db: Sqlite.Database) => void, options?: SqliteProcessOnceOptions): boolean;
