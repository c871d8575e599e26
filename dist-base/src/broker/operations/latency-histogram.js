// A fixed-bucket latency histogram the hot paths can feed without allocating:
// cumulative-free bucket counts in a Float64Array, found by a short linear scan.
// The metrics layer turns it into Prometheus' histogram series at scrape time, so
// the engine does not depend on a metrics library.
/** Upper bounds in seconds, ascending; an implicit +Inf bucket follows. */
export const FSYNC_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
export const CONFIRM_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
export class LatencyHistogram {
    bounds;
    /** counts per bucket, not cumulative; the last slot is +Inf */
    counts;
    sum = 0;
    count = 0;
    constructor(bounds) {
        this.bounds = bounds;
        for (let i = 1; i < bounds.length; i++)
            if (!(bounds[i] > bounds[i - 1]))
                throw new RangeError('bucket bounds must ascend');
        this.counts = new Float64Array(bounds.length + 1);
    }
    /** Records `n` observations of `seconds` (a confirm batch counts once per message). */
    observe(seconds, n = 1) {
        const b = this.bounds;
        let i = 0;
        while (i < b.length && seconds > b[i])
            i++;
        this.counts[i] += n;
        this.sum += seconds * n;
        this.count += n;
    }
}
//# sourceMappingURL=latency-histogram.js.map