// The SDK's counters and histograms in a prom-client registry the application passes
// (`ClientOptions.metricsRegistry`). prom-client is optional: it is loaded at connect()
// only when a registry is given, by a name TypeScript does not follow, and only the
// shapes used are declared here, so the SDK's declarations never name its types. Each
// metric is created on first use, with the label names that use has (the SDK uses one
// label set per metric name), as `wharf_client_<name>`; millisecond histograms become
// `wharf_client_<name>_seconds` with the same buckets in seconds.
import type { Labels, MetricsSink } from './metrics.js';
import { DURATION_BUCKETS_MS } from './metrics.js';

/** A prom-client `Registry` (any object of this shape). */
export interface PromRegistry {
  registerMetric(metric: never): void;
  getSingleMetric(name: string): unknown;
}

interface PromModule {
  Counter: new (config: { name: string; help: string; labelNames: string[]; registers: unknown[] }) => {
    inc(labels: Labels, value: number): void;
  };
  Histogram: new (config: {
    name: string;
    help: string;
    labelNames: string[];
    buckets: number[];
    registers: unknown[];
  }) => { observe(labels: Labels, value: number): void };
}

const PROM = 'prom-client';

export async function loadPromClient(): Promise<PromModule> {
  const name: string = PROM;
  try {
    const mod = (await import(name)) as PromModule & { default?: PromModule };
    return mod.Counter ? mod : mod.default!;
  } catch (err) {
    throw new Error(`metricsRegistry needs the prom-client package: ${(err as Error).message}`);
  }
}

export class PromSink implements MetricsSink {
  private readonly counters = new Map<string, { inc(labels: Labels, value: number): void }>();
  private readonly histograms = new Map<string, { observe(labels: Labels, value: number): void }>();

  constructor(
    private readonly prom: PromModule,
    private readonly registry: PromRegistry,
  ) {}

  inc(name: string, labels: Labels, by: number): void {
    let c = this.counters.get(name);
    if (!c) {
      c = new this.prom.Counter({
        name: `wharf_client_${name}`,
        help: `wharfmq client: ${name.replace(/_/g, ' ')}`,
        labelNames: Object.keys(labels),
        registers: [this.registry],
      });
      this.counters.set(name, c);
    }
    c.inc(labels, by);
  }

  observe(name: string, labels: Labels, valueMs: number): void {
    let h = this.histograms.get(name);
    if (!h) {
      h = new this.prom.Histogram({
        name: `wharf_client_${name.replace(/_ms$/, '')}_seconds`,
        help: `wharfmq client: ${name.replace(/_ms$/, '').replace(/_/g, ' ')} (seconds)`,
        labelNames: Object.keys(labels),
        buckets: DURATION_BUCKETS_MS.map((b) => b / 1000),
        registers: [this.registry],
      });
      this.histograms.set(name, h);
    }
    h.observe(labels, valueMs / 1000);
  }
}
