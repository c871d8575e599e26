import type Sqlite from 'better-sqlite3';
import type { OffsetStore } from './offset-store.js';
export interface SqliteOffsetStoreOptions {
    db: Sqlite.Database;
    /** Default `wharf_stream_offsets`. */
    table?: string;
}
export declare class SqliteOffsetStore implements OffsetStore {
    #private;
    constructor(options: SqliteOffsetStoreOptions);
    load(name: string): Promise<number | undefined>;
    save(name: string, offset: number): Promise<void>;
}
