import type { Cluster, Redis } from 'ioredis';
import type { ClaimResult, DedupStore } from '../types.js';
export interface RedisDedupStoreOptions {
    /** An ioredis client or cluster; the store never closes it. */
    redis: Redis | Cluster;
    /** Prepended to every key (default `wharf:dedup:`); use one per consumer group. */
    prefix?: string;
}
export declare class RedisDedupStore implements DedupStore {
    #private;
    constructor(options: RedisDedupStoreOptions);
    claim(key: string, leaseSeconds: number): Promise<ClaimResult>;
    complete(key: string, ttlSeconds: number): Promise<void>;
    renew(key: string, leaseSeconds: number): Promise<boolean>;
    release(key: string): Promise<void>;
}
