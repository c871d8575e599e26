/** Milliseconds for a positive, finite TTL in seconds; throws RangeError otherwise. */
export declare function ttlMs(ttlSeconds: number): number;
/** Ids of processed messages are kept for a week unless told otherwise. */
export declare const DEFAULT_PROCESSED_TTL_SECONDS: number;
