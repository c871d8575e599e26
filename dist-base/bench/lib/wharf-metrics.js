// Reads one of Wharf's latency histograms from its /metrics endpoint, so a benchmark can split a latency
// it measured from outside into the broker's own stages (fdatasync rounds) over the same window: scrape
// before and after, subtract, read quantiles off the buckets.
/** The histogram `name` (e.g. wharf_fsync_duration_seconds) as Wharf's /metrics on httpPort renders it now. */
export async function scrapeHistogram(httpPort, name) {
    const res = await fetch(`http://127.0.0.1:${httpPort}/metrics`);
    if (!res.ok)
        throw new Error(`/metrics answered ${res.status}`);
    const text = await res.text();
    const bounds = [];
    const cumulative = [];
    const re = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`, 'gm');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        bounds.push(m[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m[1]));
        cumulative.push(Number(m[2]));
    }
    if (bounds.length === 0)
        throw new Error(`no ${name} histogram in /metrics`);
    const sum = new RegExp(`^${name}_sum (\\S+)$`, 'm').exec(text);
    return { bounds, cumulative, sum: sum ? Number(sum[1]) : Number.NaN };
}
/** What was observed between two scrapes of the same histogram. */
export function histogramDelta(before, after) {
    return {
        bounds: after.bounds,
        cumulative: after.cumulative.map((c, i) => c - (before.cumulative[i] ?? 0)),
        sum: after.sum - before.sum,
    };
}
export function histogramCount(h) {
    return h.cumulative[h.cumulative.length - 1] ?? 0;
}
/** The upper bound (seconds) of the bucket holding quantile q (0..1); NaN when empty. */
export function bucketQuantile(h, q) {
    const n = histogramCount(h);
    if (n === 0)
        return Number.NaN;
    const i = h.cumulative.findIndex((c) => c >= q * n);
    return h.bounds[i];
}
/** The share (0..1) of observations above `bound` seconds, which must be one of the bucket bounds. */
export function shareAbove(h, bound) {
    const n = histogramCount(h);
    const i = h.bounds.indexOf(bound);
    if (n === 0 || i < 0)
        return Number.NaN;
    return (n - h.cumulative[i]) / n;
}
//# sourceMappingURL=wharf-metrics.js.map