import type Sqlite from 'better-sqlite3';
import type { ClaimResult, DedupStore } from '../types.js';
export interface SqliteDedupStoreOptions {
    db: Sqlite.Database;
    /** Table of keys (default `wharf_processed`), created by the constructor if missing. */
    table?: string;
    /** How often expired rows are deleted (default 60 000 ms; 0 turns the timer off, call prune()). */
    pruneIntervalMs?: number;
}
export declare class SqliteDedupStore implements DedupStore {
    #private;
    constructor(options: SqliteDedupStoreOptions);
    claim(key: string, leaseSeconds: number): Promise<ClaimResult>;
    complete(key: string, ttlSeconds: number): Promise<void>;
    renew(key: string, leaseSeconds: number): Promise<boolean>;
    release(key: string): Promise<void>;
    /** Deletes expired rows now; returns how many. */
    prune(): number;
    /** processOnceSqlite on this store's database and table. */
    processOnce(messageId: string, handler: (db: Sqlite.Database) => void, ttlSeconds?: number): boolean;
    /** Stops the prune timer; the database stays open (it belongs to the caller). */
    close(): Promise<void>;
}
