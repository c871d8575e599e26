import { sqlName } from '../stores/sql-name.js';
export class PostgresOffsetStore {
    #pool;
    #name;
    constructor(options) {
        this.#pool = options.pool;
        this.#name = sqlName(options.table ?? 'wharf_stream_offsets', true);
    }
    /** Creates the table if missing. */
    async ensureSchema() {
        await this.#pool.query(`CREATE TABLE IF NOT EXISTS ${this.#name.sql} (name text PRIMARY KEY, stream_offset bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
    }
    async load(name) {
        const res = await this.#pool.query(`SELECT stream_offset::text AS o FROM ${this.#name.sql} WHERE name = $1`, [name]);
        return res.rows[0] ? Number(res.rows[0].o) : undefined;
    }
    async save(name, offset) {
        await this.#pool.query(`INSERT INTO ${this.#name.sql} (name, stream_offset) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET stream_offset = EXCLUDED.stream_offset, updated_at = now()`, [name, offset]);
    }
}
//# sourceMappingURL=postgres-offset-store.js.map