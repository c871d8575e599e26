export interface Histogram {
    /** bucket upper bounds in seconds, ascending, +Inf last */
    bounds: number[];
    /** cumulative counts per bound */
    cumulative: number[];
    /** sum of the observations, seconds */
    sum: number;
}
/** The histogram `name` (e.g. wharf_fsync_duration_seconds) as Wharf's /metrics on httpPort renders it now. */
export declare function scrapeHistogram(httpPort: number, name: string): Promise<Histogram>;
/** What was observed between two scrapes of the same histogram. */
export declare function histogramDelta(before: Histogram, after: Histogram): Histogram;
export declare function histogramCount(h: Histogram): number;
/** The upper bound (seconds) of the bucket holding quantile q (0..1); NaN when empty. */
export declare function bucketQuantile(h: Histogram, q: number): number;
/** The share (0..1) of observations above `bound` seconds, which must be one of the bucket bounds. */
export declare function shareAbove(h: Histogram, bound: number): number;
