import type { Pool, PoolClient } from 'pg';
/** What the SDK needs from a pg Pool (a `pg.Pool` fits; so does any pool with this shape). */
export type PgPool = Pick<Pool, 'query' | 'connect'>;
/** Anything that runs a query: a Pool, a Client, or the PoolClient of an open transaction. */
export type PgQueryable = Pick<PoolClient, 'query'>;
/**
 * BEGIN, run `fn` with the transaction's client, COMMIT; ROLLBACK and rethrow when `fn`
 * throws. A client whose ROLLBACK failed is destroyed rather than returned to the pool,
 * so a broken connection never serves the next caller.
 */
export declare function withPgTransaction<T>(pool: PgPool, fn: (tx: PoolClient) => Promise<T>): Promise<T>;
/**
 * Runs DDL under a transaction-scoped advisory lock: concurrent `CREATE TABLE IF NOT
 * EXISTS` of the same table can otherwise fail with a unique violation in pg_type.
 */
export declare function createPgSchema(pool: PgPool, lockName: string, statements: string[]): Promise<void>;
