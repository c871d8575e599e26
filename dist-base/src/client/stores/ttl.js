// Every store takes the TTL in seconds (the DedupStore contract) and keeps it in
// milliseconds, so fractional TTLs behave the same everywhere.
/** Milliseconds for a positive, finite TTL in seconds; throws RangeError otherwise. */
export function ttlMs(ttlSeconds) {
    if (typeof ttlSeconds !== 'number' || !Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
        throw new RangeError(`ttlSeconds must be a positive finite number, got ${String(ttlSeconds)}`);
    }
    return Math.max(1, Math.ceil(ttlSeconds * 1000));
}
/** Ids of processed messages are kept for a week unless told otherwise. */
export const DEFAULT_PROCESSED_TTL_SECONDS = 7 * 24 * 3600;
//# sourceMappingURL=ttl.js.map