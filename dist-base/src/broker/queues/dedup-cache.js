// The per-queue deduplication window: keys seen recently, bounded in count (oldest
// forgotten first) and optionally in age. A Map keeps insertion order, which is the
// eviction order, so no extra structure per key is needed.
export class DedupCache {
    maxSize;
    ttl;
    seen = new Map();
    constructor(
    /** most keys remembered (default 100 000) */
    maxSize = 100_000, 
    /** ms a key is remembered, undefined = until evicted by size */
    ttl) {
        this.maxSize = maxSize;
        this.ttl = ttl;
    }
    /** true when `key` was seen inside the window; otherwise remembers it and returns false */
    checkAndAdd(key, now) {
        const at = this.seen.get(key);
        if (at !== undefined) {
            if (this.ttl === undefined || now - at < this.ttl)
                return true;
            this.seen.delete(key); // expired: re-add at the end
        }
        this.seen.set(key, now);
        if (this.seen.size > this.maxSize)
            this.seen.delete(this.seen.keys().next().value);
        if (this.ttl !== undefined && this.seen.size % 1024 === 0)
            this.dropExpired(now);
        return false;
    }
    /** forgets the key (the message was refused, so a retry must not count as a duplicate) */
    forget(key) {
        this.seen.delete(key);
    }
    get size() {
        return this.seen.size;
    }
    dropExpired(now) {
        for (const [k, at] of this.seen) {
            if (now - at < this.ttl)
                break; // insertion order is age order
            this.seen.delete(k);
        }
    }
}
//# sourceMappingURL=dedup-cache.js.map