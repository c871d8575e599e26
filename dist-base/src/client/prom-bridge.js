import { DURATION_BUCKETS_MS } from './metrics.js';
const PROM = 'prom-client';
export async function loadPromClient() {
    const name = PROM;
    try {
        const mod = (await import(name));
        return mod.Counter ? mod : mod.default;
    }
    catch (err) {
        throw new Error(`metricsRegistry needs the prom-client package: ${err.message}`);
    }
}
export class PromSink {
    prom;
    registry;
    counters = new Map();
    histograms = new Map();
    constructor(prom, registry) {
        this.prom = prom;
        this.registry = registry;
    }
    inc(name, labels, by) {
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
    observe(name, labels, valueMs) {
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
//# sourceMappingURL=prom-bridge.js.map