// Real services for the store and outbox tests: PostgreSQL (database `test`) and Redis
// on localhost, a temp dir for SQLite files. Every run uses its own table names and key
// prefix and removes them afterwards; nothing else in those services is touched.
//
// Environment: WHARF_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test),
// WHARF_TEST_REDIS_URL (default redis://127.0.0.1:6379).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Redis } from 'ioredis';
import pg from 'pg';

export const PG_URL = process.env.WHARF_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.WHARF_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A SQL-safe name no other run will pick: `prefix_` and 10 hex digits. */
export function uniqueTable(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** A pg Pool, or the reason PostgreSQL is not usable (the tests then skip with it). */
export async function openPg(max = 10): Promise<pg.Pool | string> {
  const pool = new pg.Pool({ connectionString: PG_URL, max, connectionTimeoutMillis: 3000 });
  // Idle clients that lose their connection emit here; without a listener that crashes.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch (err) {
    await pool.end().catch(() => {});
    return `PostgreSQL not reachable at ${PG_URL}: ${(err as Error).message}`;
  }
}

/** Drops only the tables this run created. */
export async function dropTables(pool: pg.Pool, tables: string[]): Promise<void> {
  for (const t of tables) await pool.query(`DROP TABLE IF EXISTS "${t}"`);
}

export async function openRedis(): Promise<Redis | string> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (err) {
    redis.disconnect();
    return `Redis not reachable at ${REDIS_URL}: ${(err as Error).message}`;
  }
}

/** Deletes every key under `prefix` (SCAN, never KEYS, so Redis is not blocked). */
export async function deleteRedisPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export interface TempSqlite {
  dir: string;
  path: string;
  open(): Sqlite.Database;
  remove(): void;
}

/** A SQLite file in a fresh temp dir; open() gives WAL connections with a busy timeout. */
export function tempSqlite(): TempSqlite {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-sqlite-'));
  const path = join(dir, 'test.db');
  return {
    dir,
    path,
    open: () => openSqlite(path),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function openSqlite(path: string): Sqlite.Database {
  const db = new Sqlite(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  return db;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Poll until pred() holds; throws with `what` after timeoutMs. */
export async function waitFor(
  pred: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
