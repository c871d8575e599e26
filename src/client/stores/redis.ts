// Redis DedupStore: one string key per message id whose value is its state,
// `processing` (the lease) or `done`, and whose Redis expiry is the lease or the TTL,
// so Redis forgets expired entries by itself. claim and release are small Lua scripts
// (read and write in one atomic step, one round trip); complete is a plain SET.
// ioredis is an optional peer dependency: this module only uses its types; the caller
// creates (and closes) the client.
import type { Cluster, Redis } from 'ioredis';
import { ttlMs } from './ttl.js';
import type { ClaimResult, DedupStore } from '../types.js';

export interface RedisDedupStoreOptions {
  /** An ioredis client or cluster; the store never closes it. */
  redis: Redis | Cluster;
  /** Prepended to every key (default `wharf:dedup:`); use one per consumer group. */
  prefix?: string;
}

// KEYS[1] the key, ARGV[1] the lease in ms. An absent key (never claimed, released, or
// expired) is claimed; any value other than `processing` counts as done, which includes
// the `1` written by earlier versions of this store.
const CLAIM = `local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], 'processing', 'PX', ARGV[1])
  return 'claimed'
end
if v == 'processing' then return 'processing' end
return 'done'`;

// Deletes the key only while it is a lease: a done entry is never released.
const RELEASE = `if redis.call('GET', KEYS[1]) == 'processing' then
  return redis.call('DEL', KEYS[1])
end
return 0`;

// Extends the key's expiry only while it is a lease: a done (or gone) key is not renewed.
const RENEW = `if redis.call('GET', KEYS[1]) == 'processing' then
  return redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return 0`;

export class RedisDedupStore implements DedupStore {
  readonly #redis: Redis | Cluster;
  readonly #prefix: string;

  constructor(options: RedisDedupStoreOptions) {
    this.#redis = options.redis;
    this.#prefix = options.prefix ?? 'wharf:dedup:';
  }

  async claim(key: string, leaseSeconds: number): Promise<ClaimResult> {
    const ms = ttlMs(leaseSeconds);
    // EVAL with one key: a Cluster routes it to the key's slot.
    return (await this.#redis.eval(CLAIM, 1, this.#prefix + key, ms)) as ClaimResult;
  }

  async complete(key: string, ttlSeconds: number): Promise<void> {
    await this.#redis.set(this.#prefix + key, 'done', 'PX', ttlMs(ttlSeconds));
  }

  async renew(key: string, leaseSeconds: number): Promise<boolean> {
    return (await this.#redis.eval(RENEW, 1, this.#prefix + key, ttlMs(leaseSeconds))) === 1;
  }

  async release(key: string): Promise<void> {
    await this.#redis.eval(RELEASE, 1, this.#prefix + key);
  }
}
