import type { ConsumeSpec } from '../lib/client-spec.js';
import type { Target } from '../lib/targets.js';
import { type Case, type Ctx } from './types.js';
export declare function consumeSpec(t: Target, queue: string, prefetch: number, target: number, latency?: boolean): ConsumeSpec;
/** Fills `queue` with `n` persistent messages (2 confirming publishers; not measured). */
export declare function prefill(t: Target, ctx: Ctx, queue: string, n: number, bodySize?: number): Promise<void>;
/** Drains `n` messages with `consumers` parallel consumers: msg/s and broker CPU µs per message. */
export declare function drain(t: Target, ctx: Ctx, queue: string, n: number, consumers: number, prefetch: number, maxMs: number): Promise<{
    rate: number;
    cpuUs: number;
}>;
export declare const consumeCases: Case[];
