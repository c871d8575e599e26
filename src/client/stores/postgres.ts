// PostgreSQL DedupStore: one row per key with its state and expiry (see postgres-sql.ts
// for why the claim is atomic and how expiry works without pruning). pg is an optional peer
// dependency: only its types are imported; the caller passes its own Pool.
import type { PoolClient } from 'pg';
import { createPgSchema, type PgPool } from './pg-tx.js';
import { processOncePg, type ProcessOnceOptions } from './postgres-process-once.js';
import {
  claimSql,
  completeSql,
  DEFAULT_PROCESSED_TABLE,
  processedTableDdl,
  releaseSql,
  renewSql,
} from './postgres-sql.js';
import { sqlName, type SqlName } from './sql-name.js';
import { ttlMs } from './ttl.js';
import type { ClaimResult, DedupStore } from '../types.js';

export interface PostgresDedupStoreOptions {
  pool: PgPool;
  /** Table of keys (default `wharf_processed`); `schema.table` is allowed. */
  table?: string;
}

export class PostgresDedupStore implements DedupStore {
  readonly #pool: PgPool;
  readonly #name: SqlName;
  readonly #table: string;

  constructor(options: PostgresDedupStoreOptions) {
    this.#pool = options.pool;
    this.#table = options.table ?? DEFAULT_PROCESSED_TABLE;
    this.#name = sqlName(this.#table, true);
  }

  /**
   * Creates the table and its expiry index if missing, and adds the `state` column to a
   * table created by an earlier version; safe to call from many processes.
   */
  async ensureSchema(): Promise<void> {
    await createPgSchema(this.#pool, `wharf:${this.#table}`, processedTableDdl(this.#name));
  }

  async claim(key: string, leaseSeconds: number): Promise<ClaimResult> {
    const res = await this.#pool.query<{ result: ClaimResult }>(claimSql(this.#name), [
      key,
      ttlMs(leaseSeconds),
    ]);
    return res.rows[0]!.result;
  }

  async complete(key: string, ttlSeconds: number): Promise<void> {
    await this.#pool.query(completeSql(this.#name), [key, ttlMs(ttlSeconds)]);
  }

  async renew(key: string, leaseSeconds: number): Promise<boolean> {
    const res = await this.#pool.query(renewSql(this.#name), [key, ttlMs(leaseSeconds)]);
    return res.rowCount === 1;
  }

  async release(key: string): Promise<void> {
    await this.#pool.query(releaseSql(this.#name), [key]);
  }

  /** Deletes expired rows; returns how many. Run it now and then (expired rows only cost space). */
  async prune(): Promise<number> {
    const res = await this.#pool.query(`DELETE FROM ${this.#name.sql} WHERE expires_at <= now()`);
    return res.rowCount ?? 0;
  }

  /** processOncePg on this store's table: the claim and the handler's writes commit together. */
  processOnce(
    messageId: string,
    handler: (tx: PoolClient) => Promise<unknown>,
    options: Omit<ProcessOnceOptions, 'table'> = {},
  ): Promise<boolean> {
    return processOncePg(this.#pool, messageId, handler, { ...options, table: this.#table });
  }
}
