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
export function uniqueTable(prefix) {
    return `${prefix}_${randomBytes(5).toString('hex')}`;
}
/** A pg Pool, or the reason PostgreSQL is not usable (the tests then skip with it). */
export async function openPg(max = 10) {
    const pool = new pg.Pool({ connectionString: PG_URL, max, connectionTimeoutMillis: 3000 });
    // Idle clients that lose their connection emit here; without a listener that crashes.
    pool.on('error', () => { });
    try {
        await pool.query('SELECT 1');
        return pool;
    }
    catch (err) {
        await pool.end().catch(() => { });
        return `PostgreSQL not reachable at ${PG_URL}: ${err.message}`;
    }
}
/** Drops only the tables this run created. */
export async function dropTables(pool, tables) {
    for (const t of tables)
        await pool.query(`DROP TABLE IF EXISTS "${t}"`);
}
export async function openRedis() {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
    redis.on('error', () => { });
    try {
        await redis.connect();
        await redis.ping();
        return redis;
    }
    catch (err) {
        redis.disconnect();
        return `Redis not reachable at ${REDIS_URL}: ${err.message}`;
    }
}
/** Deletes every key under `prefix` (SCAN, never KEYS, so Redis is not blocked). */
export async function deleteRedisPrefix(redis, prefix) {
    let cursor = '0';
    do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length)
            await redis.del(...keys);
        cursor = next;
    } while (cursor !== '0');
}
/** A SQLite file in a fresh temp dir; open() gives WAL connections with a busy timeout. */
export function tempSqlite() {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-sqlite-'));
    const path = join(dir, 'test.db');
    return {
        dir,
        path,
        open: () => openSqlite(path),
        remove: () => rmSync(dir, { recursive: true, force: true }),
    };
}
export function openSqlite(path) {
    const db = new Sqlite(path, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    return db;
}
export function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** Poll until pred() holds; throws with `what` after timeoutMs. */
export async function waitFor(pred, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    while (!(await pred())) {
        if (Date.now() > deadline)
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await sleep(10);
    }
}
//# sourceMappingURL=stores-helpers.js.map