/**
 * BEGIN, run `fn` with the transaction's client, COMMIT; ROLLBACK and rethrow when `fn`
 * throws. A client whose ROLLBACK failed is destroyed rather than returned to the pool,
 * so a broken connection never serves the next caller.
 */
export async function withPgTransaction(pool, fn) {
    const client = await pool.connect();
    let broken;
    try {
        await client.query('BEGIN');
        let result;
        try {
            result = await fn(client);
        }
        catch (err) {
            try {
                await client.query('ROLLBACK');
            }
            catch (rollbackErr) {
                broken = rollbackErr;
            }
            throw err;
        }
        await client.query('COMMIT');
        return result;
    }
    catch (err) {
        // A failed BEGIN/COMMIT leaves the connection in an unknown state.
        broken ??= err;
        throw err;
    }
    finally {
        client.release(broken);
    }
}
/**
 * Runs DDL under a transaction-scoped advisory lock: concurrent `CREATE TABLE IF NOT
 * EXISTS` of the same table can otherwise fail with a unique violation in pg_type.
 */
export async function createPgSchema(pool, lockName, statements) {
    await withPgTransaction(pool, async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
        for (const sql of statements)
            await tx.query(sql);
    });
}
//# sourceMappingURL=pg-tx.js.map