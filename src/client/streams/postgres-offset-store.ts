// PostgreSQL OffsetStore: one row per consumer name. pg is an optional peer dependency:
// only its types are used; the caller passes its own Pool (or an open transaction's
// client, to save an offset in the same transaction as the work it stands for).
import type { PgQueryable } from '../stores/pg-tx.js';
import { sqlName, type SqlName } from '../stores/sql-name.js';
import type { OffsetStore } from './offset-store.js';

export interface PostgresOffsetStoreOptions {
  pool: PgQueryable;
  /** Default `wharf_stream_offsets`; `schema.table` is allowed. */
  table?: string;
}

export class PostgresOffsetStore implements OffsetStore {
  readonly #pool: PgQueryable;
  readonly #name: SqlName;

  constructor(options: PostgresOffsetStoreOptions) {
    this.#pool = options.pool;
    this.#name = sqlName(options.table ?? 'wharf_stream_offsets', true);
  }

  /** Creates the table if missing. */
  async ensureSchema(): Promise<void> {
    await this.#pool.query(
      `CREATE TABLE IF NOT EXISTS ${this.#name.sql} (name text PRIMARY KEY, stream_offset bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async load(name: string): Promise<number | undefined> {
    const res = await this.#pool.query<{ o: string }>(
      `SELECT stream_offset::text AS o FROM ${this.#name.sql} WHERE name = $1`,
      [name],
    );
    return res.rows[0] ? Number(res.rows[0].o) : undefined;
  }

  async save(name: string, offset: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO ${this.#name.sql} (name, stream_offset) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET stream_offset = EXCLUDED.stream_offset, updated_at = now()`,
      [name, offset],
    );
  }
}
