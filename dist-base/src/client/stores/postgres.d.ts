import type { PoolClient } from 'pg';
import { type PgPool } from './pg-tx.js';
import { type ProcessOnceOptions } from './postgres-process-once.js';
import type { ClaimResult, DedupStore } from '../types.js';
export interface PostgresDedupStoreOptions {
    pool: PgPool;
    /** Table of keys (default `wharf_processed`); `schema.table` is allowed. */
    table?: string;
}
export declare class PostgresDedupStore implements DedupStore {
    #private;
    constructor(options: PostgresDedupStoreOptions);
    /**
     * Creates the table and its expiry index if missing, and adds the `state` column to a
     * table created by an earlier version; safe to call from many processes.
     */
    ensureSchema(): Promise<void>;
    claim(key: string, leaseSeconds: number): Promise<ClaimResult>;
    complete(key: string, ttlSeconds: number): Promise<void>;
    renew(key: string, leaseSeconds: number): Promise<boolean>;
    release(key: string): Promise<void>;
    /** Deletes expired rows; returns how many. Run it now and then (expired rows only cost space). */
    prune(): Promise<number>;
    /** processOncePg on this store's table: the claim and the handler's writes commit together. */
    processOnce(messageId: string, handler: (tx: PoolClient) => Promise<unknown>, options?: Omit<ProcessOnceOptions, 'table'>): Promise<boolean>;
}
