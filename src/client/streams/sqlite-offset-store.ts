// SQLite OffsetStore: one row per consumer name. better-sqlite3 is an optional peer
// dependency: only its types are used; the caller opens (and closes) the database.
import type Sqlite from 'better-sqlite3';
import { sqlName, type SqlName } from '../stores/sql-name.js';
import type { OffsetStore } from './offset-store.js';

export interface SqliteOffsetStoreOptions {
  db: Sqlite.Database;
  /** Default `wharf_stream_offsets`. */
  table?: string;
}

export class SqliteOffsetStore implements OffsetStore {
  readonly #db: Sqlite.Database;
  readonly #name: SqlName;

  constructor(options: SqliteOffsetStoreOptions) {
    this.#db = options.db;
    this.#name = sqlName(options.table ?? 'wharf_stream_offsets', false);
    this.#db.exec(
      `CREATE TABLE IF NOT EXISTS ${this.#name.sql} (name TEXT PRIMARY KEY, stream_offset INTEGER NOT NULL)`,
    );
  }

  async load(name: string): Promise<number | undefined> {
    const row = this.#db
      .prepare(`SELECT stream_offset AS o FROM ${this.#name.sql} WHERE name = ?`)
      .get(name) as { o: number } | undefined;
    return row?.o;
  }

  async save(name: string, offset: number): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO ${this.#name.sql} (name, stream_offset) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET stream_offset = excluded.stream_offset`,
      )
      .run(name, offset);
  }
}
