// Small, dependency-free statistics used by every scenario.
/** Median of the samples (mean of the two middle values for even counts); NaN if empty. */
export function median(xs) {
    const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (v.length === 0)
        return Number.NaN;
    const m = v.length >> 1;
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
/**
 * Nearest-rank percentile (p in 0..100) of an already sorted array. Nearest-rank,
 * not interpolation, so p99.9 of 20 000 samples is an observed latency.
 */
export function percentileSorted(sorted, p) {
    if (sorted.length === 0)
        return Number.NaN;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
/** p50/p99/p99.9/max of latency samples, sorted once. */
export function latencySummary(samples) {
    const s = Float64Array.from(samples).sort();
    return {
        p50: percentileSorted(s, 50),
        p99: percentileSorted(s, 99),
        p999: percentileSorted(s, 99.9),
        max: s.length ? s[s.length - 1] : Number.NaN,
        n: s.length,
    };
}
/** Formats a figure for the table: 3 significant digits, thin grouping for big numbers. */
export function fmt(x) {
    if (!Number.isFinite(x))
        return '—';
    const a = Math.abs(x);
    if (a >= 1000)
        return Math.round(x).toLocaleString('en-US');
    if (a >= 100)
        return x.toFixed(0);
    if (a >= 10)
        return x.toFixed(1);
    if (a >= 1)
        return x.toFixed(2);
    return x.toPrecision(2);
}
//# sourceMappingURL=stats.js.map