export const DEFAULT_PROCESSED_TABLE = 'wharf_processed';
const STATE_COLUMN = `state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('processing', 'done'))`;
/**
 * Creates the table if missing, and adds `state` to a table created by an earlier
 * version (its rows become `done`, what they meant then). SQLite has no
 * `ADD COLUMN IF NOT EXISTS`, so the check and the ALTER run in one IMMEDIATE
 * transaction: two processes opening the file at once cannot both add it.
 */
export function ensureProcessedTable(db, name) {
    db.transaction(() => {
        db.exec(`CREATE TABLE IF NOT EXISTS ${name.sql} (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL, ${STATE_COLUMN});` +
            `CREATE INDEX IF NOT EXISTS ${name.derived('expires_idx')} ON ${name.sql} (expires_at);`);
        const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name.base);
        if (!columns.includes('state'))
            db.exec(`ALTER TABLE ${name.sql} ADD COLUMN ${STATE_COLUMN}`);
    }).immediate();
}
/**
 * processOnceSqlite's claim: (key, expiresAt, now); one change means the claim is ours.
 * The upsert's WHERE takes over only an expired row, so expiry does not wait for
 * pruning. New rows default to `done`: they commit together with the work.
 */
export function processOnceClaimSql(name) {
    return (`INSERT INTO ${name.sql} (key, expires_at) VALUES (?, ?) ` +
        `ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE ${name.sql}.expires_at <= ?`);
}
/** The DedupStore claim's write: (key, leaseUntil, now); one change: claimed. */
export function claimSql(name) {
    return (`INSERT INTO ${name.sql} (key, state, expires_at) VALUES (?, 'processing', ?) ` +
        `ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at ` +
        `WHERE ${name.sql}.expires_at <= ?`);
}
/** (key, doneUntil): the key is done until then, whatever it was. */
export function completeSql(name) {
    return (`INSERT INTO ${name.sql} (key, state, expires_at) VALUES (?, 'done', ?) ` +
        `ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at`);
}
//# sourceMappingURL=sqlite-sql.js.map