// Plain counters and histograms for the client, with no metrics library inside: read
// them with `client.metrics.snapshot()`, or pass a prom-client registry to connect()
// (`metricsRegistry`, prom-bridge.ts) to have them registered there too.

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
  buckets: { le: number; count: number }[];
  sum: number;
  count: number;
}

export interface MetricsSnapshot {
  counters: CounterSample[];
  histograms: HistogramSample[];
}

/** Handler duration buckets in milliseconds. */
export const DURATION_BUCKETS_MS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const;

interface HistogramState {
  name: string;
  labels: Labels;
  counts: number[];
  sum: number;
  count: number;
}

function key(name: string, labels: Labels): string {
  return `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}

/** Where ClientMetrics also sends what it counts (prom-bridge.ts). */
export interface MetricsSink {
  inc(name: string, labels: Labels, by: number): void;
  observe(name: string, labels: Labels, valueMs: number): void;
}

export class ClientMetrics {
  /** @internal set by connect() when a metricsRegistry is given. */
  sink: MetricsSink | undefined;
  private readonly counters = new Map<string, CounterSample>();
  private readonly histograms = new Map<string, HistogramState>();

  /** Adds `by` to a counter. Names used by the client: see docs/client.md#metrics. */
  inc(name: string, labels: Labels = {}, by = 1): void {
    this.sink?.inc(name, labels, by);
    const k = key(name, labels);
    const c = this.counters.get(k);
    if (c) c.value += by;
    else this.counters.set(k, { name, labels: { ...labels }, value: by });
  }

  /** Records one observation (ms) in a histogram with DURATION_BUCKETS_MS. */
  observe(name: string, labels: Labels, valueMs: number): void {
    this.sink?.observe(name, labels, valueMs);
    const k = key(name, labels);
    let h = this.histograms.get(k);
    if (!h) {
      h = {
        name,
        labels: { ...labels },
        counts: new Array<number>(DURATION_BUCKETS_MS.length + 1).fill(0),
        sum: 0,
        count: 0,
      };
      this.histograms.set(k, h);
    }
    let i = DURATION_BUCKETS_MS.findIndex((le) => valueMs <= le);
    if (i < 0) i = DURATION_BUCKETS_MS.length;
    h.counts[i]! += 1;
    h.sum += valueMs;
    h.count += 1;
  }

  /** The current value of one counter (0 when never incremented). */
  counter(name: string, labels: Labels = {}): number {
    return this.counters.get(key(name, labels))?.value ?? 0;
  }

  snapshot(): MetricsSnapshot {
    return {
      counters: [...this.counters.values()].map((c) => ({ ...c, labels: { ...c.labels } })),
      histograms: [...this.histograms.values()].map((h) => {
        let cumulative = 0;
        const buckets = h.counts.map((n, i) => {
          cumulative += n;
          return {
            le: i < DURATION_BUCKETS_MS.length ? DURATION_BUCKETS_MS[i]! : Number.POSITIVE_INFINITY,
            count: cumulative,
          };
        });
        return { name: h.name, labels: { ...h.labels }, buckets, sum: h.sum, count: h.count };
      }),
    };
  }
}
