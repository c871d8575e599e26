/** Median of the samples (mean of the two middle values for even counts); NaN if empty. */
export declare function median(xs: readonly number[]): number;
/**
 * Nearest-rank percentile (p in 0..100) of an already sorted array. Nearest-rank,
 * not interpolation, so p99.9 of 20 000 samples is an observed latency.
 */
export declare function percentileSorted(sorted: ArrayLike<number>, p: number): number;
/** p50/p99/p99.9/max of latency samples, sorted once. */
export declare function latencySummary(samples: Float64Array | number[]): {
    p50: number;
    p99: number;
    p999: number;
    max: number;
    n: number;
};
/** Formats a figure for the table: 3 significant digits, thin grouping for big numbers. */
export declare function fmt(x: number): string;
