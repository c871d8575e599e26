import type { PoolClient } from 'pg';
import { type PgPool } from './pg-tx.js';
export interface ProcessOnceOptions {
    /** Table of processed ids (default `wharf_processed`, created by PostgresDedupStore.ensureSchema). */
    table?: string;
    /** How long the id is remembered (default 7 days). */
    ttlSeconds?: number;
}
/**
 * BEGIN; insert the message id (ON CONFLICT: only an expired row is taken over); if no
 * row was written the message is a duplicate: ROLLBACK and return false. Otherwise run
 * `handler` with the same client, COMMIT, and return true. A throwing handler rolls back
 * both its writes and the id, and the error propagates (so the message is retried).
 *
 * A concurrent call for the same id blocks on the uncommitted row and then sees the
 * outcome: a duplicate after COMMIT, a fresh claim after ROLLBACK.
 */
export declare function processOncePg(pool: PgPool, messageId: string, handler: (tx: PoolClient) => Promise<unknown>, options?: ProcessOnceOptions): Promise<boolean>;
