// Exposes an engine LatencyHistogram as a Prometheus histogram on a prom-client
// Registry. prom-client's own Histogram can only be fed by observe(); the engine keeps
// its buckets itself (so the message path needs no metrics library), so this object
// offers the registry the same get() shape a prom-client Histogram does.
import type { LatencyHistogram } from '../broker/operations/latency-histogram.js';

interface Sample {
  metricName: string;
  labels: Record<string, string | number>;
  value: number;
}

export class LatencyMetric {
  readonly type = 'histogram';
  readonly aggregator = 'sum';

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly source: LatencyHistogram,
  ) {}

  get(): { name: string; help: string; type: string; aggregator: string; values: Sample[] } {
    const h = this.source;
    const values: Sample[] = [];
    let cumulative = 0;
    for (let i = 0; i <= h.bounds.length; i++) {
      cumulative += h.counts[i];
      values.push({
        metricName: `${this.name}_bucket`,
        labels: { le: i < h.bounds.length ? h.bounds[i] : '+Inf' },
        value: cumulative,
      });
    }
    values.push({ metricName: `${this.name}_sum`, labels: {}, value: h.sum });
    values.push({ metricName: `${this.name}_count`, labels: {}, value: h.count });
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  /** The engine owns the counts; a registry reset leaves them alone. */
  reset(): void {}
}
