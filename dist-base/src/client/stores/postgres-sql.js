export const DEFAULT_PROCESSED_TABLE = 'wharf_processed';
/**
 * Idempotent DDL. `state` was added after the first release: a table created by an
 * earlier version gets the column here, its existing rows becoming `done` (what they
 * meant then). Rows written by processOncePg take the default too: they are committed
 * together with the work, so they are done by construction.
 */
export function processedTableDdl(name) {
    return [
        `CREATE TABLE IF NOT EXISTS ${name.sql} (key text PRIMARY KEY, expires_at timestamptz NOT NULL)`,
        // ALTER TABLE takes an ACCESS EXCLUSIVE lock even when the column exists: only ask
        // for it when the column is missing, so starting a consumer never queues behind
        // (and then blocks) the table's readers.
        `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '${name.sql}'::regclass ` +
            `AND attname = 'state' AND NOT attisdropped) THEN ` +
            `ALTER TABLE ${name.sql} ADD COLUMN IF NOT EXISTS state text NOT NULL DEFAULT 'done' ` +
            `CHECK (state IN ('processing', 'done')); END IF; END $$`,
        `CREATE INDEX IF NOT EXISTS ${name.derived('expires_idx')} ON ${name.sql} (expires_at)`,
    ];
}
/**
 * processOncePg's claim: $1 key, $2 TTL in ms; one affected row means the claim is
 * ours. It names no `state`, so it also works on a table ensureSchema has not migrated;
 * new rows default to `done`.
 */
export function processOnceClaimSql(name) {
    return (`INSERT INTO ${name.sql} AS d (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond') ` +
        `ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE d.expires_at <= now()`);
}
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
export function claimSql(name) {
    return (`WITH claimed AS (` +
        `INSERT INTO ${name.sql} AS d (key, state, expires_at) ` +
        `VALUES ($1, 'processing', now() + $2 * interval '1 millisecond') ` +
        `ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at ` +
        `WHERE d.expires_at <= now() RETURNING 1) ` +
        `SELECT CASE WHEN EXISTS (SELECT 1 FROM claimed) THEN 'claimed' ` +
        `WHEN EXISTS (SELECT 1 FROM ${name.sql} WHERE key = $1 AND state = 'done' AND expires_at > now()) THEN 'done' ` +
        `ELSE 'processing' END AS result`);
}
/** $1 key, $2 TTL in ms: the key is done until then, whatever it was. */
export function completeSql(name) {
    return (`INSERT INTO ${name.sql} AS d (key, state, expires_at) ` +
        `VALUES ($1, 'done', now() + $2 * interval '1 millisecond') ` +
        `ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at`);
}
/** $1 key, $2 lease in ms: extends a live lease; one affected row means it was still ours to extend. */
export function renewSql(name) {
    return (`UPDATE ${name.sql} SET expires_at = now() + $2 * interval '1 millisecond' ` +
        `WHERE key = $1 AND state = 'processing' AND expires_at > now()`);
}
/** $1 key: drops a lease; a done row stays. */
export function releaseSql(name) {
    return `DELETE FROM ${name.sql} WHERE key = $1 AND state = 'processing'`;
}
//# sourceMappingURL=postgres-sql.js.map