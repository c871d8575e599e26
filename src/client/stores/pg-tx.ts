// Running a callback inside one PostgreSQL transaction on a client of its own, shared by
// processOnce, the schema helpers and the outbox relay. pg is an optional peer
// dependency: only its types are used here; the caller passes its own Pool.
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
export async function withPgTransaction<T>(pool: PgPool, fn: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    let result: T;
    try {
      result = await fn(client);
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackErr) {
        broken = rollbackErr as Error;
      }
      throw err;
    }
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A failed BEGIN/COMMIT leaves the connection in an unknown state.
    broken ??= err as Error;
    throw err;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs DDL under a transaction-scoped advisory lock: concurrent `CREATE TABLE IF NOT
 * EXISTS` of the same table can otherwise fail with a unique violation in pg_type.
 */
export async function createPgSchema(pool: PgPool, lockName: string, statements: string[]): Promise<void> {
  await withPgTransaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
    for (const sql of statements) await tx.query(sql);
  });
}
