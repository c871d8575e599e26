import type { PgPool } from '../stores/pg-tx.js';
export interface PgListenOptions {
    pool: PgPool;
    channel: string;
    onNotify: () => void;
    onError: (err: unknown) => void;
    /** Wait before reconnecting after a failure (default 1000 ms). */
    retryMs?: number;
}
/** Resolves after the first LISTEN attempt (successful or not); the result stops listening. */
export declare function listenPg(options: PgListenOptions): Promise<() => Promise<void>>;
