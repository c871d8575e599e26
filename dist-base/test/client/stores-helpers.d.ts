import Sqlite from 'better-sqlite3';
import { Redis } from 'ioredis';
import pg from 'pg';
export declare const PG_URL: string;
export declare const REDIS_URL: string;
/** A SQL-safe name no other run will pick: `prefix_` and 10 hex digits. */
export declare function uniqueTable(prefix: string): string;
/** A pg Pool, or the reason PostgreSQL is not usable (the tests then skip with it). */
export declare function openPg(max?: number): Promise<pg.Pool | string>;
/** Drops only the tables this run created. */
export declare function dropTables(pool: pg.Pool, tables: string[]): Promise<void>;
export declare function openRedis(): Promise<Redis | string>;
/** Deletes every key under `prefix` (SCAN, never KEYS, so Redis is not blocked). */
export declare function deleteRedisPrefix(redis: Redis, prefix: string): Promise<void>;
export interface TempSqlite {
    dir: string;
    path: string;
    open(): Sqlite.Database;
    remove(): void;
}
/** A SQLite file in a fresh temp dir; open() gives WAL connections with a busy timeout. */
export declare function tempSqlite(): TempSqlite;
export declare function openSqlite(path: string): Sqlite.Database;
export declare function sleep(ms: number): Promise<void>;
/** Poll until pred() holds; throws with `what` after timeoutMs. */
export declare function waitFor(pred: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void>;
