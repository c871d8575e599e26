import type { Labels, MetricsSink } from './metrics.js';
/** A prom-client `Registry` (any object of this shape). */
export interface PromRegistry {
    registerMetric(metric: never): void;
    getSingleMetric(name: string): unknown;
}
interface PromModule {
    Counter: new (config: {
        name: string;
        help: string;
        labelNames: string[];
        registers: unknown[];
    }) => {
        inc(labels: Labels, value: number): void;
    };
    Histogram: new (config: {
        name: string;
        help: string;
        labelNames: string[];
        buckets: number[];
        registers: unknown[];
    }) => {
        observe(labels: Labels, value: number): void;
    };
}
export declare function loadPromClient(): Promise<PromModule>;
export declare class PromSink implements MetricsSink {
    private readonly prom;
    private readonly registry;
    private readonly counters;
    private readonly histograms;
    constructor(prom: PromModule, registry: PromRegistry);
    inc(name: string, labels: Labels, by: number): void;
    observe(name: string, labels: Labels, valueMs: number): void;
}
export {};
