import type { ClientResult, ClientSpec, FromWorker } from './client-spec.js';
export interface Run {
    goNs: number;
    /** when the consumers' shared counter reached the target (NaN if never). */
    targetNs: number;
    /** messages counted by all consumers together. */
    consumed: number;
    results: ClientResult[];
    timedOut: boolean;
    ready: FromWorker[];
    /** CPU seconds the broker process used from go to the end of the run (NaN: no pid) */
    brokerCpuSec: number;
}
export interface RunOptions {
    /** consumers stop when together they have acked this many (0: when publishers finish). */
    consumeTarget?: number;
    /** whole run (after go) is cut off after this long; the partial figures are kept. */
    maxMs: number;
    /** for idle clients: hold this long after go, then stop. */
    holdMs?: number;
    /** called after every client is ready, before go (e.g. to sample memory). */
    beforeGo?: (ready: FromWorker[]) => Promise<void> | void;
    /** called while idle clients are held (after go). */
    whileHeld?: () => Promise<void>;
    /** the broker's process, whose CPU time over the measured window the run reports */
    brokerPid?: number;
}
export declare function runClients(specs: ClientSpec[], o: RunOptions): Promise<Run>;
/** Aggregate publish rate: all confirmed messages over the span from go to the last finish. */
/** Broker CPU µs per message moved, over the measured window (NaN when the broker's pid is unknown). */
export declare function brokerCpuPerMessage(run: Run, messages: number): number;
/** Messages the publishers of a run had confirmed (or sent, without confirms). */
export declare function published(run: Run): number;
export declare function publishRate(run: Run): number;
/** Aggregate consume rate: messages acked over go..target (or go..last ack on cut-off). */
export declare function consumeRate(run: Run): number;
/** All latency samples of one role merged. */
export declare function latencies(run: Run, role: 'publish' | 'consume'): Float64Array;
