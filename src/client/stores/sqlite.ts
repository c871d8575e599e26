// SQLite DedupStore on better-sqlite3 (an optional peer dependency: only its types are
// imported; the caller opens the database and closes it). claim() runs its upsert and,
// when that wrote nothing, its read in one IMMEDIATE transaction: SQLite serialises
// writers, so it is atomic across connections and processes sharing the file.
import type Sqlite from 'better-sqlite3';
import { processOnceSqlite } from './sqlite-process-once.js';
import { claimSql, completeSql, DEFAULT_PROCESSED_TABLE, ensureProcessedTable } from './sqlite-sql.js';
import { sqlName } from './sql-name.js';
import { DEFAULT_PROCESSED_TTL_SECONDS, ttlMs } from './ttl.js';
import type { ClaimResult, DedupStore } from '../types.js';

export interface SqliteDedupStoreOptions {
  db: Sqlite.Database;
  /** Table of keys (default `wharf_processed`), created by the constructor if missing. */
  table?: string;
  /** How often expired rows are deleted (default 60 000 ms; 0 turns the timer off, call prune()). */
  pruneIntervalMs?: number;
}

export class SqliteDedupStore implements DedupStore {
  readonly #db: Sqlite.Database;
  readonly #table: string;
  readonly #claim: (key: string, leaseMs: number) => ClaimResult;
  readonly #complete: Sqlite.Statement<[string, number]>;
  readonly #release: Sqlite.Statement<[string]>;
  readonly #renew: Sqlite.Statement<[number, string, number]>;
  readonly #prune: Sqlite.Statement<[number]>;
  readonly #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: SqliteDedupStoreOptions) {
    this.#db = options.db;
    this.#table = options.table ?? DEFAULT_PROCESSED_TABLE;
    const name = sqlName(this.#table, false);
    ensureProcessedTable(this.#db, name);
    const claim = this.#db.prepare<[string, number, number]>(claimSql(name));
    const current = this.#db
      .prepare<[string, number], string>(`SELECT state FROM ${name.sql} WHERE key = ? AND expires_at > ?`)
      .pluck();
    // IMMEDIATE: the write lock is taken before the upsert, so no other connection can
    // change the row between the upsert and the read.
    const inTx = this.#db.transaction((key: string, leaseMs: number): ClaimResult => {
      const now = Date.now();
      if (claim.run(key, now + leaseMs, now).changes === 1) return 'claimed';
      return current.get(key, now) === 'done' ? 'done' : 'processing';
    });
    this.#claim = (key, leaseMs) => inTx.immediate(key, leaseMs);
    this.#complete = this.#db.prepare(completeSql(name));
    this.#release = this.#db.prepare(`DELETE FROM ${name.sql} WHERE key = ? AND state = 'processing'`);
    this.#renew = this.#db.prepare(
      `UPDATE ${name.sql} SET expires_at = ? WHERE key = ? AND state = 'processing' AND expires_at > ?`,
    );
    this.#prune = this.#db.prepare(`DELETE FROM ${name.sql} WHERE expires_at <= ?`);
    const every = options.pruneIntervalMs ?? 60_000;
    if (every > 0) {
      this.#timer = setInterval(() => {
        try {
          this.prune();
        } catch {
          // SQLITE_BUSY or a closed database: pruning is housekeeping; the next tick retries
        }
      }, every);
      // Housekeeping must never keep the process alive.
      this.#timer.unref();
    }
  }

  async claim(key: string, leaseSeconds: number): Promise<ClaimResult> {
    return this.#claim(key, ttlMs(leaseSeconds));
  }

  async complete(key: string, ttlSeconds: number): Promise<void> {
    this.#complete.run(key, Date.now() + ttlMs(ttlSeconds));
  }

  async renew(key: string, leaseSeconds: number): Promise<boolean> {
    const now = Date.now();
    return this.#renew.run(now + ttlMs(leaseSeconds), key, now).changes === 1;
  }

  async release(key: string): Promise<void> {
    this.#release.run(key);
  }

  /** Deletes expired rows now; returns how many. */
  prune(): number {
    return this.#prune.run(Date.now()).changes;
  }

  /** processOnceSqlite on this store's database and table. */
  processOnce(messageId: string, handler: (db: Sqlite.Database) => void, ttlSeconds?: number): boolean {
    return processOnceSqlite(this.#db, messageId, handler, {
      table: this.#table,
      ttlSeconds: ttlSeconds ?? DEFAULT_PROCESSED_TTL_SECONDS,
    });
  }

  /** Stops the prune timer; the database stays open (it belongs to the caller). */
  async close(): Promise<void> {
    clearInterval(this.#timer);
  }
}
