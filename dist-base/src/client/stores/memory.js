// In-process DedupStore: a Map from key to its state and expiry time. It protects one
// process only (a redelivery to another consumer process is not seen) and forgets
// everything on restart, so it fits tests, single-instance services and a first line in
// front of a shared store. Bounded, because an unbounded Map is a memory leak under
// steady traffic.
import { ttlMs } from './ttl.js';
export class MemoryDedupStore {
    // Map keeps insertion order; an entry is re-inserted whenever it is written, so the
    // front holds the entries written longest ago (leases are short and done entries
    // long, so that is only roughly expiry order: the sweep below is a heuristic).
    #entries = new Map();
    #maxEntries;
    constructor(options = {}) {
        const max = options.maxEntries ?? 100_000;
        if (!Number.isInteger(max) || max < 1)
            throw new RangeError('maxEntries must be a positive integer');
        this.#maxEntries = max;
    }
    /** Live and not yet swept entries. */
    get size() {
        return this.#entries.size;
    }
    async claim(key, leaseSeconds) {
        const ms = ttlMs(leaseSeconds);
        const now = Date.now();
        const entry = this.#entries.get(key);
        if (entry !== undefined && entry.until > now)
            return entry.state;
        this.#set(key, { state: 'processing', until: now + ms }, now);
        return 'claimed';
    }
    async complete(key, ttlSeconds) {
        const ms = ttlMs(ttlSeconds);
        const now = Date.now();
        this.#set(key, { state: 'done', until: now + ms }, now);
    }
    async renew(key, leaseSeconds) {
        const ms = ttlMs(leaseSeconds);
        const now = Date.now();
        const entry = this.#entries.get(key);
        if (entry === undefined || entry.state !== 'processing' || entry.until <= now)
            return false;
        entry.until = now + ms;
        return true;
    }
    async release(key) {
        if (this.#entries.get(key)?.state === 'processing')
            this.#entries.delete(key);
    }
    async close() {
        this.#entries.clear();
    }
    #set(key, entry, now) {
        this.#entries.delete(key);
        this.#entries.set(key, entry);
        this.#trim(now);
    }
    #trim(now) {
        // A few expired entries off the front per write keeps the map near its live size
        // without a timer (nothing to unref or to forget to stop).
        let budget = 8;
        for (const [key, { until }] of this.#entries) {
            if (budget-- === 0 || until > now)
                break;
            this.#entries.delete(key);
        }
        if (this.#entries.size <= this.#maxEntries)
            return;
        // Over the bound: one full sweep, then evict down to 90% so the O(n) sweep is paid
        // once per tenth of the capacity rather than on every write.
        for (const [key, { until }] of this.#entries)
            if (until <= now)
                this.#entries.delete(key);
        const target = Math.floor(this.#maxEntries * 0.9);
        for (const key of this.#entries.keys()) {
            if (this.#entries.size <= target)
                break;
            this.#entries.delete(key);
        }
    }
}
//# sourceMappingURL=memory.js.map