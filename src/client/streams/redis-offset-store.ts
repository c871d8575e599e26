// Redis OffsetStore: one string key per consumer name. ioredis is an optional peer
// dependency: only its types are used; the caller creates (and closes) the client.
import type { Cluster, Redis } from 'ioredis';
import type { OffsetStore } from './offset-store.js';

export interface RedisOffsetStoreOptions {
  redis: Redis | Cluster;
  /** Prepended to the consumer name (default `wharf:offset:`). */
  prefix?: string;
}

export class RedisOffsetStore implements OffsetStore {
  readonly #redis: Redis | Cluster;
  readonly #prefix: string;

  constructor(options: RedisOffsetStoreOptions) {
    this.#redis = options.redis;
    this.#prefix = options.prefix ?? 'wharf:offset:';
  }

  async load(name: string): Promise<number | undefined> {
    const v = await this.#redis.get(this.#prefix + name);
    return v === null ? undefined : Number(v);
  }

  async save(name: string, offset: number): Promise<void> {
    await this.#redis.set(this.#prefix + name, String(offset));
  }
}
