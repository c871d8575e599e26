import { type Histogram } from '../lib/wharf-metrics.js';
export declare const FSYNC = "wharf_fsync_duration_seconds";
export interface PyResult {
    seconds: number;
    records: number;
    failed?: number;
    /** produce: the client process's CPU seconds (user + system, every thread) */
    cpu?: number;
    p50?: number;
    p99?: number;
    max?: number;
}
/** Why librdkafka cannot run here, or undefined. */
export declare function rdkafkaMissing(): string | undefined;
/** rdkafka_bench.py `mode` against `topic`: produce (acks=all, linger.ms=5) or consume (from the start). */
export declare function rdkafka(mode: 'produce' | 'consume' | 'latency-produce', bootstrap: string, topic: string, count: number, size: number): Promise<PyResult>;
export interface LatencyRun {
    /** consumer: produce() call -> record in the consumer's hand, ms */
    e2e: PyResult;
    /** producer: produce() call -> delivery report (acks=all: after Wharf's fdatasync), ms */
    ack: PyResult;
    /** Wharf's fdatasync rounds during the run (from its /metrics) */
    fsync: Histogram;
}
/** The latency consumer in one process, started first; `count` records at 10 000/s from another. */
export declare function latencyRun(bootstrap: string, httpPort: number, topic: string, count: number, size: number): Promise<LatencyRun>;
/** The fdatasync rounds of a latency run in one phrase. */
export declare function fsyncSummary(f: Histogram): string;
