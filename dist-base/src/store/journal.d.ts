import { type CommitStats, type SyncCallback, type SyncObserver } from './group-commit.js';
export interface JournalOptions {
    /** Told about damaged records and repairs done at open. */
    onWarning?: (msg: string) => void;
    /** Told the duration of every fdatasync round. */
    onSyncRound?: SyncObserver;
    /** benchmarks only: added to every fdatasync round (a simulated slow disk) */
    syncDelayMs?: number;
    /** No compaction below this file size. Default 1 MiB. */
    compactMinBytes?: number;
}
export declare class Journal {
    readonly dir: string;
    readonly stats: CommitStats;
    private readonly map;
    private readonly warn;
    private readonly commit;
    private readonly compactMin;
    private gen;
    private fd;
    private dirFd;
    private dirDirty;
    private fileSize;
    private liveBytes;
    private pending;
    private pendingBytes;
    private dirty;
    private closed;
    private closing;
    private constructor();
    /** Opens (creating if needed) the journal in dir and replays it. Synchronous. */
    static open(dir: string, opts?: JournalOptions): Journal;
    get size(): number;
    get(key: string): Buffer | undefined;
    has(key: string): boolean;
    /** Entries whose key starts with prefix (every entry when prefix is ''), in insertion order. */
    entries(prefix?: string): IterableIterator<[string, Buffer]>;
    set(key: string, value: Uint8Array): void;
    /** Removes a key; false when it was not there (nothing is written then). */
    delete(key: string): boolean;
    /** cb after an fdatasync covering every change made before this call (invariant 2). */
    sync(cb: SyncCallback): void;
    close(): Promise<void>;
    /** Deletes the journal's files (its owner was deleted). */
    destroy(): Promise<void>;
    writePending(): Error | undefined;
    /** Changes are kept pending after a failed write (invariant 2), not withdrawn. */
    withdrawUnwritten(): void;
    /** No callback outlives a failed write: the changes stay pending and are written by a later round. */
    writtenTo(): number;
    waitForRoom(): boolean;
    syncFailed(err: Error, poisoned: boolean): void;
    takeDirty(out: number[]): void;
    afterSync(): void;
    private write;
    /**
     * Writes the live entries to the next generation with its snapshot marker, syncs it and the directory, then
     * drops the old file (invariant 4). On failure the old file stays in use.
     */
    private compact;
    private assertOpen;
    private closeFds;
}
