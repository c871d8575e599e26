// In-process DedupStore: a Map from key to expiry time. It protects one process only
// (a redelivery to another consumer process is not seen) and forgets everything on
// restart, so it fits tests, single-instance services and a first line in front of a
// shared store. Bounded, because an unbounded Map is a memory leak under steady traffic.
import { ttlMs } from './ttl.js';
import type { DedupStore } from '../types.js';

export interface MemoryDedupStoreOptions {
  /**
   * Most live claims kept (default 100 000). When full, expired claims are swept and
   * then the oldest claims are evicted even if still live: size this above the number
   * of messages expected within one TTL, or duplicates of evicted ids get through.
   */
  maxEntries?: number;
}

export class MemoryDedupStore implements DedupStore {
  // Map keeps insertion order; a claim is re-inserted when renewed, so the front holds
  // the oldest claims. With one TTL for all keys that is also expiry order.
  readonly #expiresAt = new Map<string, number>();
  readonly #maxEntries: number;

  constructor(options: MemoryDedupStoreOptions = {}) {
    const max = options.maxEntries ?? 100_000;
    if (!Number.isInteger(max) || max < 1) throw new RangeError('maxEntries must be a positive integer');
    this.#maxEntries = max;
  }

  /** Live and not yet swept claims. */
  get size(): number {
    return this.#expiresAt.size;
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    const ms = ttlMs(ttlSeconds);
    const now = Date.now();
    const until = this.#expiresAt.get(key);
    if (until !== undefined && until > now) return false;
    this.#expiresAt.delete(key);
    this.#expiresAt.set(key, now + ms);
    this.#trim(now);
    return true;
  }

  async release(key: string): Promise<void> {
    this.#expiresAt.delete(key);
  }

  async close(): Promise<void> {
    this.#expiresAt.clear();
  }

  #trim(now: number): void {
    // A few expired entries off the front per claim keeps the map near its live size
    // without a timer (nothing to unref or to forget to stop).
    let budget = 8;
    for (const [key, until] of this.#expiresAt) {
      if (budget-- === 0 || until > now) break;
      this.#expiresAt.delete(key);
    }
    if (this.#expiresAt.size <= this.#maxEntries) return;
    // Over the bound: one full sweep, then evict down to 90% so the O(n) sweep is paid
    // once per tenth of the capacity rather than on every claim.
    for (const [key, until] of this.#expiresAt) if (until <= now) this.#expiresAt.delete(key);
    const target = Math.floor(this.#maxEntries * 0.9);
    for (const key of this.#expiresAt.keys()) {
      if (this.#expiresAt.size <= target) break;
      this.#expiresAt.delete(key);
    }
  }
}
