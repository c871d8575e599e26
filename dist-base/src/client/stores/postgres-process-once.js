import { DEFAULT_PROCESSED_TABLE, processOnceClaimSql } from './postgres-sql.js';
import { withPgTransaction } from './pg-tx.js';
import { sqlName } from './sql-name.js';
import { DEFAULT_PROCESSED_TTL_SECONDS, ttlMs } from './ttl.js';
/**
 * BEGIN; insert the message id (ON CONFLICT: only an expired row is taken over); if no
 * row was written the message is a duplicate: ROLLBACK and return false. Otherwise run
 * `handler` with the same client, COMMIT, and return true. A throwing handler rolls back
 * both its writes and the id, and the error propagates (so the message is retried).
 *
 * A concurrent call for the same id blocks on the uncommitted row and then sees the
 * outcome: a duplicate after COMMIT, a fresh claim after ROLLBACK.
 */
export async function processOncePg(pool, messageId, handler, options = {}) {
    const name = sqlName(options.table ?? DEFAULT_PROCESSED_TABLE, true);
    const ms = ttlMs(options.ttlSeconds ?? DEFAULT_PROCESSED_TTL_SECONDS);
    const Duplicate = Symbol('duplicate');
    const outcome = await withPgTransaction(pool, async (tx) => {
        const res = await tx.query(processOnceClaimSql(name), [messageId, ms]);
        // Throwing rolls back; a duplicate has nothing to keep, and ROLLBACK also releases
        // the row lock for anyone else waiting.
        if (res.rowCount !== 1)
            throw Duplicate;
        await handler(tx);
        return true;
    }).catch((err) => {
        if (err === Duplicate)
            return false;
        throw err;
    });
    return outcome;
}
//# sourceMappingURL=postgres-process-once.js.map