import type { SqlName } from './sql-name.js';
export declare const DEFAULT_PROCESSED_TABLE = "wharf_processed";
/**
 * Idempotent DDL. `state` was added after the first release: a table created by an
 * earlier version gets the column here, its existing rows becoming `done` (what they
 * meant then). Rows written by processOncePg take the default too: they are committed
 * together with the work, so they are done by construction.
 */
export declare function processedTableDdl(name: SqlName): string[];
/**
 * processOncePg's claim: $1 key, $2 TTL in ms; one affected row means the claim is
 * ours. It names no `state`, so it also works on a table ensureSchema has not migrated;
 * new rows default to `done`.
 */
export declare function processOnceClaimSql(name: SqlName): string;
/**
 * The DedupStore claim: $1 key, $2 lease in ms; returns one row `{ result }`.
 *
 * The upsert writes a lease only over an absent or expired row; the primary key's row
 * lock makes it atomic across sessions (a concurrent claim of the same key waits for
 * the first to commit, then finds its live row and writes nothing). When nothing was
 * written, the outer SELECT reads the row as the statement's snapshot saw it: a live
 * `done` row is `done`; anything else (a live lease, a row the snapshot saw expired or
 * did not see at all, both meaning that a concurrent claim just took it) is
 * `processing`. So the answer errs towards `processing`, which is looked at again,
 * and never says `done` for work that is not.
 */
export declare function claimSql(name: SqlName): string;
/** $1 key, $2 TTL in ms: the key is done until then, whatever it was. */
export declare function completeSql(name: SqlName): string;
/** $1 key, $2 lease in ms: extends a live lease; one affected row means it was still ours to extend. */
export declare function renewSql(name: SqlName): string;
/** $1 key: drops a lease; a done row stays. */
export declare function releaseSql(name: SqlName): string;
