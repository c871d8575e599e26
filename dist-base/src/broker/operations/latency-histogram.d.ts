/** Upper bounds in seconds, ascending; an implicit +Inf bucket follows. */
export declare const FSYNC_BUCKETS: number[];
export declare const CONFIRM_BUCKETS: number[];
export declare class LatencyHistogram {
    readonly bounds: readonly number[];
    /** counts per bucket, not cumulative; the last slot is +Inf */
    readonly counts: Float64Array;
    sum: number;
    count: number;
    constructor(bounds: readonly number[]);
    /** Records `n` observations of `seconds` (a confirm batch counts once per message). */
    observe(seconds: number, n?: number): void;
}
