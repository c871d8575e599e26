export class LatencyMetric {
    name;
    help;
    source;
    type = 'histogram';
    aggregator = 'sum';
    constructor(name, help, source) {
        this.name = name;
        this.help = help;
        this.source = source;
    }
    get() {
        const h = this.source;
        const values = [];
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
    reset() { }
}
//# sourceMappingURL=latency-metric.js.map