import type { LatencyHistogram } from '../broker/operations/latency-histogram.js';
interface Sample {
    metricName: string;
    labels: Record<string, string | number>;
    value: number;
}
export declare class LatencyMetric {
    readonly name: string;
    readonly help: string;
    private readonly source;
    readonly type = "histogram";
    readonly aggregator = "sum";
    constructor(name: string, help: string, source: LatencyHistogram);
    get(): {
        name: string;
        help: string;
        type: string;
        aggregator: string;
        values: Sample[];
    };
    /** The engine owns the counts; a registry reset leaves them alone. */
    reset(): void;
}
export {};
