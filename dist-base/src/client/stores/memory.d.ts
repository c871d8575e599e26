import type { ClaimResult, DedupStore } from '../types.js';
export interface MemoryDedupStoreOptions {
    /**
     * Most live entries kept (default 100 000). When full, expired entries are swept and
     * then the oldest entries are evicted even if still live: size this above the number
     * of messages expected within one TTL, or duplicates of evicted ids get through.
     */
    maxEntries?: number;
}
export declare class MemoryDedupStore implements DedupStore {
    #private;
    constructor(options?: MemoryDedupStoreOptions);
    /** Live and not yet swept entries. */
    get size(): number;
    claim(key: string, leaseSeconds: number): Promise<ClaimResult>;
    complete(key: string, ttlSeconds: number): Promise<void>;
    renew(key: string, leaseSeconds: number): Promise<boolean>;
    release(key: string): Promise<void>;
    close(): Promise<void>;
}
