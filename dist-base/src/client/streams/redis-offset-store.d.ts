import type { Cluster, Redis } from 'ioredis';
import type { OffsetStore } from './offset-store.js';
export interface RedisOffsetStoreOptions {
    redis: Redis | Cluster;
    /** Prepended to the consumer name (default `wharf:offset:`). */
    prefix?: string;
}
export declare class RedisOffsetStore implements OffsetStore {
    #private;
    constructor(options: RedisOffsetStoreOptions);
    load(name: string): Promise<number | undefined>;
    save(name: string, offset: number): Promise<void>;
}
