export type Labels = Record<string, string>;
export interface CounterSample {
    name: string;
    labels: Labels;
    value: number;
}
export interface HistogramSample {
    name: string;
    labels: Labels;
    /** Upper bounds (ms) with cumulative counts, as Prometheus buckets; the last is +Inf. */
    buckets: {
        le: number;
        count: number;
    }[];
    sum: number;
    count: number;
}
export interface MetricsSnapshot {
    counters: CounterSample[];
    histograms: HistogramSample[];
}
/** Handler duration buckets in milliseconds. */
export declare const DURATION_BUCKETS_MS: readonly [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];
/** Where ClientMetrics also sends what it counts (prom-bridge.ts). */
export interface MetricsSink {
    inc(name: string, labels: Labels, by: number): void;
    observe(name: string, labels: Labels, valueMs: number): void;
}
export declare class ClientMetrics {
    /** @internal set by connect() when a metricsRegistry is given. */
    sink: MetricsSink | undefined;
    private readonly counters;
    private readonly histograms;
    /** Adds `by` to a counter. Names used by the client: see docs/client.md#metrics. */
    inc(name: string, labels?: Labels, by?: number): void;
    /** Records one observation (ms) in a histogram with DURATION_BUCKETS_MS. */
    observe(name: string, labels: Labels, valueMs: number): void;
    /** The current value of one counter (0 when never incremented). */
    counter(name: string, labels?: Labels): number;
    snapshot(): MetricsSnapshot;
}
