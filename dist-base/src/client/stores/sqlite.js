import { processOnceSqlite } from './sqlite-process-once.js';
import { claimSql, completeSql, DEFAULT_PROCESSED_TABLE, ensureProcessedTable } from './sqlite-sql.js';
import { sqlName } from './sql-name.js';
import { DEFAULT_PROCESSED_TTL_SECONDS, ttlMs } from './ttl.js';
export class SqliteDedupStore {
    #db;
    #table;
    #claim;
    #complete;
    #release;
    #renew;
    #prune;
    #timer;
    constructor(options) {
        this.#db = options.db;
        this.#table = options.table ?? DEFAULT_PROCESSED_TABLE;
        const name = sqlName(this.#table, false);
        ensureProcessedTable(this.#db, name);
        const claim = this.#db.prepare(claimSql(name));
        const current = this.#db
            .prepare(`SELECT state FROM ${name.sql} WHERE key = ? AND expires_at > ?`)
            .pluck();
        // IMMEDIATE: the write lock is taken before the upsert, so no other connection can
        // change the row between the upsert and the read.
        const inTx = this.#db.transaction((key, leaseMs) => {
            const now = Date.now();
            if (claim.run(key, now + leaseMs, now).changes === 1)
                return 'claimed';
            return current.get(key, now) === 'done' ? 'done' : 'processing';
        });
        this.#claim = (key, leaseMs) => inTx.immediate(key, leaseMs);
        this.#complete = this.#db.prepare(completeSql(name));
        this.#release = this.#db.prepare(`DELETE FROM ${name.sql} WHERE key = ? AND state = 'processing'`);
        this.#renew = this.#db.prepare(`UPDATE ${name.sql} SET expires_at = ? WHERE key = ? AND state = 'processing' AND expires_at > ?`);
        this.#prune = this.#db.prepare(`DELETE FROM ${name.sql} WHERE expires_at <= ?`);
        const every = options.pruneIntervalMs ?? 60_000;
        if (every > 0) {
            this.#timer = setInterval(() => {
                try {
                    this.prune();
                }
                catch {
                    // SQLITE_BUSY or a closed database: pruning is housekeeping; the next tick retries
                }
            }, every);
            // Housekeeping must never keep the process alive.
            this.#timer.unref();
        }
    }
    async claim(key, leaseSeconds) {
        return this.#claim(key, ttlMs(leaseSeconds));
    }
    async complete(key, ttlSeconds) {
        this.#complete.run(key, Date.now() + ttlMs(ttlSeconds));
    }
    async renew(key, leaseSeconds) {
        const now = Date.now();
        return this.#renew.run(now + ttlMs(leaseSeconds), key, now).changes === 1;
    }
    async release(key) {
        this.#release.run(key);
    }
    /** Deletes expired rows now; returns how many. */
    prune() {
        return this.#prune.run(Date.now()).changes;
    }
    /** processOnceSqlite on this store's database and table. */
    processOnce(messageId, handler, ttlSeconds) {
        return processOnceSqlite(this.#db, messageId, handler, {
            table: this.#table,
            ttlSeconds: ttlSeconds ?? DEFAULT_PROCESSED_TTL_SECONDS,
        });
    }
    /** Stops the prune timer; the database stays open (it belongs to the caller). */
    async close() {
        clearInterval(this.#timer);
    }
}
//# sourceMappingURL=sqlite.js.map