// The processed-ids table on SQLite, shared by SqliteDedupStore and processOnceSqlite.
// Expiry is an integer of epoch milliseconds from the application's clock: SQLite is a
// local file, so every writer shares the machine's clock.
import type Sqlite from 'better-sqlite3';
import type { SqlName } from './sql-name.js';

export const DEFAULT_PROCESSED_TABLE = 'wharf_processed';

export function ensureProcessedTable(db: Sqlite.Database, name: SqlName): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${name.sql} (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);` +
      `CREATE INDEX IF NOT EXISTS ${name.derived('expires_idx')} ON ${name.sql} (expires_at);`,
  );
}

/**
 * The claim: (key, expiresAt, now); one change means the claim is ours. The upsert's
 * WHERE takes over only an expired row, so expiry does not wait for pruning.
 */
export function claimSql(name: SqlName): string {
  return (
    `INSERT INTO ${name.sql} (key, expires_at) VALUES (?, ?) ` +
    `ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE ${name.sql}.expires_at <= ?`
  );
}
