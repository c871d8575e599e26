import { sqlName } from '../stores/sql-name.js';
export class SqliteOffsetStore {
    #db;
    #name;
    constructor(options) {
        this.#db = options.db;
        this.#name = sqlName(options.table ?? 'wharf_stream_offsets', false);
        this.#db.exec(`CREATE TABLE IF NOT EXISTS ${this.#name.sql} (name TEXT PRIMARY KEY, stream_offset INTEGER NOT NULL)`);
    }
    async load(name) {
        const row = this.#db
            .prepare(`SELECT stream_offset AS o FROM ${this.#name.sql} WHERE name = ?`)
            .get(name);
        return row?.o;
    }
    async save(name, offset) {
        this.#db
            .prepare(`INSERT INTO ${this.#name.sql} (name, stream_offset) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET stream_offset = excluded.stream_offset`)
            .run(name, offset);
    }
}
//# sourceMappingURL=sqlite-offset-store.js.map