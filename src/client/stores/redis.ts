// Redis DedupStore: one `SET key 1 NX EX ttl` per claim, as in the idempotent-consumer
// seed. SET NX is atomic on the server, so across any number of consumer processes
// exactly one claim of a key succeeds, and Redis expires the key by itself.
// ioredis is an optional peer dependency: this module only uses its types; the caller
// creates (and closes) the client.
import type { Cluster, Redis } from 'ioredis';
import { ttlMs } from './ttl.js';
import type { DedupStore } from '../types.js';

export interface RedisDedupStoreOptions {
  /** An ioredis client or cluster; the store never closes it. */
  redis: Redis | Cluster;
  /** Prepended to every key (default `wharf:dedup:`); use one per consumer group. */
  prefix?: string;
}

export class RedisDedupStore implements DedupStore {
  readonly #redis: Redis | Cluster;
  readonly #prefix: string;

  constructor(options: RedisDedupStoreOptions) {
    this.#redis = options.redis;
    this.#prefix = options.prefix ?? 'wharf:dedup:';
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    const ms = ttlMs(ttlSeconds);
    const k = this.#prefix + key;
    // EX for whole seconds (the seed's form); PX keeps a fractional TTL exact.
    const reply = Number.isInteger(ttlSeconds)
      ? await this.#redis.set(k, '1', 'EX', ttlSeconds, 'NX')
      : await this.#redis.set(k, '1', 'PX', ms, 'NX');
    return reply === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.#redis.del(this.#prefix + key);
  }
}
