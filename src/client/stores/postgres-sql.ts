// The processed-ids table on PostgreSQL, shared by PostgresDedupStore and processOncePg.
import type { SqlName } from './sql-name.js';

export const DEFAULT_PROCESSED_TABLE = 'wharf_processed';

export function processedTableDdl(name: SqlName): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${name.sql} (key text PRIMARY KEY, expires_at timestamptz NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${name.derived('expires_idx')} ON ${name.sql} (expires_at)`,
  ];
}

/**
 * The claim: $1 key, $2 TTL in ms; one affected row means the claim is ours. An expired
 * row is taken over in the same statement, so expiry never waits for pruning, and the
 * primary key's row lock makes it atomic across sessions. Expiry uses the database
 * clock, so consumers on machines with skewed clocks agree.
 */
export function claimSql(name: SqlName): string {
  return (
    `INSERT INTO ${name.sql} AS d (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond') ` +
    `ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE d.expires_at <= now()`
  );
}
