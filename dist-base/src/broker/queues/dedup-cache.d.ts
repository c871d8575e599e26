export declare class DedupCache {
    /** most keys remembered (default 100 000) */
    private readonly maxSize;
    /** ms a key is remembered, undefined = until evicted by size */
    private readonly ttl?;
    private readonly seen;
    constructor(
    /** most keys remembered (default 100 000) */
    maxSize?: number, 
    /** ms a key is remembered, undefined = until evicted by size */
    ttl?: number | undefined);
    /** true when `key` was seen inside the window; otherwise remembers it and returns false */
    checkAndAdd(key: string, now: number): boolean;
    /** forgets the key (the message was refused, so a retry must not count as a duplicate) */
    forget(key: string): void;
    get size(): number;
    private dropExpired;
}
