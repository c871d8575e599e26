import type Sqlite from 'better-sqlite3';
import type { SqlName } from './sql-name.js';
export declare const DEFAULT_PROCESSED_TABLE = "wharf_processed";
/**
 * Creates the table if missing, and adds `state` to a table created by an earlier
 * version (its rows become `done`, what they meant then). SQLite has no
 * `ADD COLUMN IF NOT EXISTS`, so the check and the ALTER run in one IMMEDIATE
 * transaction: two processes opening the file at once cannot both add it.
 */
export declare function ensureProcessedTable(db: Sqlite.Database, name: SqlName): void;
/**
 * processOnceSqlite's claim: (key, expiresAt, now); one change means the claim is ours.
 * The upsert's WHERE takes over only an expired row, so expiry does not wait for
 * pruning. New rows default to `done`: they commit together with the work.
 */
export declare function processOnceClaimSql(name: SqlName): string;
/** The DedupStore claim's write: (key, leaseUntil, now); one change: claimed. */
export declare function claimSql(name: SqlName): string;
/** (key, doneUntil): the key is done until then, whatever it was. */
export declare function completeSql(name: SqlName): string;
