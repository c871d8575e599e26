// Same-transaction idempotency for handlers that write to SQLite: the processed id and
// the handler's writes commit together or not at all.
//
// The handler is synchronous on purpose. better-sqlite3 runs a transaction on the
// connection itself; awaiting inside one would let any other code using the connection
// meanwhile slip its statements into (or out of) this transaction.
import type Sqlite from 'better-sqlite3';
import { DEFAULT_PROCESSED_TABLE, processOnceClaimSql } from './sqlite-sql.js';
import { sqlName } from './sql-name.js';
import { DEFAULT_PROCESSED_TTL_SECONDS, ttlMs } from './ttl.js';

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
export function processOnceSqlite(
  db: Sqlite.Database,
  messageId: string,
  handler: (db: Sqlite.Database) => void,
  options: SqliteProcessOnceOptions = {},
): boolean {
  const name = sqlName(options.table ?? DEFAULT_PROCESSED_TABLE, false);
  const ms = ttlMs(options.ttlSeconds ?? DEFAULT_PROCESSED_TTL_SECONDS);
  const claim = db.prepare<[string, number, number]>(processOnceClaimSql(name));
  const run = db.transaction(() => {
    const now = Date.now();
    if (claim.run(messageId, now + ms, now).changes !== 1) return false;
    const result: unknown = handler(db);
    if (isThenable(result)) {
      // Too late to keep the writes that ran before the first await; roll all back.
      throw new TypeError('processOnceSqlite: the handler must be synchronous (it returned a promise)');
    }
    return true;
  });
  return run.immediate();
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}
