// Plain counters and histograms for the client, with no metrics library inside: read
// them with `client.metrics.snapshot()`, or pass a prom-client registry to connect()
// (`metricsRegistry`, prom-bridge.ts) to have them registered there too.
/** Handler duration buckets in milliseconds. */
export const DURATION_BUCKETS_MS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];
function key(name, labels) {
    return `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}
export class ClientMetrics {
    /** @internal set by connect() when a metricsRegistry is given. */
    sink;
    counters = new Map();
    histograms = new Map();
    /** Adds `by` to a counter. Names used by the client: see docs/client.md#metrics. */
    inc(name, labels = {}, by = 1) {
        this.sink?.inc(name, labels, by);
        const k = key(name, labels);
        const c = this.counters.get(k);
        if (c)
            c.value += by;
        else
            this.counters.set(k, { name, labels: { ...labels }, value: by });
    }
    /** Records one observation (ms) in a histogram with DURATION_BUCKETS_MS. */
    observe(name, labels, valueMs) {
        this.sink?.observe(name, labels, valueMs);
        const k = key(name, labels);
        let h = this.histograms.get(k);
        if (!h) {
            h = {
                name,
                labels: { ...labels },
                counts: new Array(DURATION_BUCKETS_MS.length + 1).fill(0),
                sum: 0,
                count: 0,
            };
            this.histograms.set(k, h);
        }
        let i = DURATION_BUCKETS_MS.findIndex((le) => valueMs <= le);
        if (i < 0)
            i = DURATION_BUCKETS_MS.length;
        h.counts[i] += 1;
        h.sum += valueMs;
        h.count += 1;
    }
    /** The current value of one counter (0 when never incremented). */
    counter(name, labels = {}) {
        return this.counters.get(key(name, labels))?.value ?? 0;
    }
    snapshot() {
        return {
            counters: [...this.counters.values()].map((c) => ({ ...c, labels: { ...c.labels } })),
            histograms: [...this.histograms.values()].map((h) => {
                let cumulative = 0;
                const buckets = h.counts.map((n, i) => {
                    cumulative += n;
                    return {
                        le: i < DURATION_BUCKETS_MS.length ? DURATION_BUCKETS_MS[i] : Number.POSITIVE_INFINITY,
                        count: cumulative,
                    };
                });
                return { name: h.name, labels: { ...h.labels }, buckets, sum: h.sum, count: h.count };
            }),
        };
    }
}
//# sourceMappingURL=metrics.js.map