import type { Options } from '../lib/args.js';
import type { Admin, Target } from '../lib/targets.js';
import type { WharfProcess } from '../lib/wharf.js';
export interface Metric {
    key: string;
    unit: string;
    /** neither: a figure to read, not to rank by (broker cores) */
    better: 'higher' | 'lower' | 'neither';
}
export interface Ctx {
    opts: Options;
    wharf: WharfProcess;
    admin(t: Target): Admin;
    /** message count: --messages, else the scenario's default (smaller with --quick). */
    messages(normal: number, quick: number): number;
    /** cap of one measured phase, ms. */
    maxMs: number;
    /** size of heavy scenario `name`: --scale name=N, else a bare --scale N, else `normal`. */
    scale(name: string, normal: number): number;
    log(msg: string): void;
}
export interface Case {
    scenario: string;
    variant: string;
    metrics: Metric[];
    /** heavy cases run once per target, without warm-up (they take minutes). */
    heavy?: boolean;
    /** which targets the case applies to (default: all). */
    appliesTo?(t: Target): boolean;
    run(t: Target, ctx: Ctx): Promise<Record<string, number>>;
}
export declare const msgPerSec: Metric;
export declare const mbPerSec: Metric;
/** broker process CPU (user + system) per message, over the measured window: independent of the client */
export declare const brokerCpu: Metric;
/**
 * CPU time over wall time of the broker process while it moved the messages (msg/s × µs/msg): 1.0 is one
 * core busy the whole time. Derived for every row that has both (see withBrokerCores).
 */
export declare const brokerCores: Metric;
/** The case's metrics, with broker cores after broker µs/msg where msg/s is measured too. */
export declare function metricsOf(c: Pick<Case, 'metrics'>): Metric[];
/** Adds broker cores to a sample's values when it has msg/s and broker µs/msg. */
export declare function withBrokerCores(values: Record<string, number>): Record<string, number>;
export declare const latMs: (p: string) => Metric;
/** Deletes queues (and an exchange) even when the measurement failed. */
export declare function cleanup(admin: Admin, queues: string[], exchange?: string): Promise<void>;
