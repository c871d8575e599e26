import { createPgSchema } from './pg-tx.js';
import { processOncePg } from './postgres-process-once.js';
import { claimSql, completeSql, DEFAULT_PROCESSED_TABLE, processedTableDdl, releaseSql, renewSql, } from './postgres-sql.js';
import { sqlName } from './sql-name.js';
import { ttlMs } from './ttl.js';
export class PostgresDedupStore {
    #pool;
    #name;
    #table;
    constructor(options) {
        this.#pool = options.pool;
        this.#table = options.table ?? DEFAULT_PROCESSED_TABLE;
        this.#name = sqlName(this.#table, true);
    }
    /**
     * Creates the table and its expiry index if missing, and adds the `state` column to a
     * table created by an earlier version; safe to call from many processes.
     */
    async ensureSchema() {
        await createPgSchema(this.#pool, `wharf:${this.#table}`, processedTableDdl(this.#name));
    }
    async claim(key, leaseSeconds) {
        const res = await this.#pool.query(claimSql(this.#name), [
            key,
            ttlMs(leaseSeconds),
        ]);
        return res.rows[0].result;
    }
    async complete(key, ttlSeconds) {
        await this.#pool.query(completeSql(this.#name), [key, ttlMs(ttlSeconds)]);
    }
    async renew(key, leaseSeconds) {
        const res = await this.#pool.query(renewSql(this.#name), [key, ttlMs(leaseSeconds)]);
        return res.rowCount === 1;
    }
    async release(key) {
        await this.#pool.query(releaseSql(this.#name), [key]);
    }
    /** Deletes expired rows; returns how many. Run it now and then (expired rows only cost space). */
    async prune() {
        const res = await this.#pool.query(`DELETE FROM ${this.#name.sql} WHERE expires_at <= now()`);
        return res.rowCount ?? 0;
    }
    /** processOncePg on this store's table: the claim and the handler's writes commit together. */
    processOnce(messageId, handler, options = {}) {
        return processOncePg(this.#pool, messageId, handler, { ...options, table: this.#table });
    }
}
//# sourceMappingURL=postgres.js.map