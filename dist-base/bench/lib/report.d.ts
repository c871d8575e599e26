import { type Case, type Metric } from '../scenarios/types.js';
import type { Limits } from './machine.js';
import type { Target } from './targets.js';
export interface Sample {
    scenario: string;
    variant: string;
    target: string;
    round: number;
    warmup: boolean;
    values: Record<string, number>;
    brokerRssPeakMiB: number;
    seconds: number;
    error?: string;
}
export interface Row {
    scenario: string;
    variant: string;
    metric: Metric;
    medians: Record<string, number>;
    samples: Record<string, number[]>;
    errors: Record<string, string>;
}
export declare function aggregate(cases: Case[], targets: Target[], samples: Sample[]): Row[];
export declare function table(rows: Row[], targets: Target[]): string;
export interface Fraction {
    what: string;
    target: string;
    value: number;
    unit: string;
    limit: string;
    fraction: number;
}
/** Persistent throughput as a fraction of this machine's disk and loopback ceilings. */
export declare function fractions(rows: Row[], limits: Limits | undefined, targets: Target[]): Fraction[];
export declare function fractionTable(f: Fraction[]): string;
