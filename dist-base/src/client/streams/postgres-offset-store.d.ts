import type { PgQueryable } from '../stores/pg-tx.js';
import type { OffsetStore } from './offset-store.js';
export interface PostgresOffsetStoreOptions {
    pool: PgQueryable;
    /** Default `wharf_stream_offsets`; `schema.table` is allowed. */
    table?: string;
}
export declare class PostgresOffsetStore implements OffsetStore {
    #private;
    constructor(options: PostgresOffsetStoreOptions);
    /** Creates the table if missing. */
    ensureSchema(): Promise<void>;
    load(name: string): Promise<number | undefined>;
    save(name: string, offset: number): Promise<void>;
}
