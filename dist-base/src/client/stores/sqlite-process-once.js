import { DEFAULT_PROCESSED_TABLE, processOnceClaimSql } from './sqlite-sql.js';
import { sqlName } from './sql-name.js';
import { DEFAULT_PROCESSED_TTL_SECONDS, ttlMs } from './ttl.js';
/**
 * In one `BEGIN IMMEDIATE` transaction: insert the message id; if it was already there
 * (and not expired) return false without running the handler; else run `handler(db)`
 * and commit, returning true. A throwing handler rolls back its writes and the id, and
 * the error propagates. IMMEDIATE takes the write lock up front, so two processes never
 * both read first and then fail to upgrade with SQLITE_BUSY.
 */
export function processOnceSqlite(db, messageId, handler, options = {}) {
    const name = sqlName(options.table ?? DEFAULT_PROCESSED_TABLE, false);
    const ms = ttlMs(options.ttlSeconds ?? DEFAULT_PROCESSED_TTL_SECONDS);
    const claim = db.prepare(processOnceClaimSql(name));
    const run = db.transaction(() => {
        const now = Date.now();
        if (claim.run(messageId, now + ms, now).changes !== 1)
            return false;
        const result = handler(db);
        if (isThenable(result)) {
            // Too late to keep the writes that ran before the first await; roll all back.
            throw new TypeError('processOnceSqlite: the handler must be synchronous (it returned a promise)');
        }
        return true;
    });
    return run.immediate();
}
function isThenable(value) {
    return (typeof value === 'object' && value !== null && typeof value.then === 'function');
}
//# sourceMappingURL=sqlite-process-once.js.map