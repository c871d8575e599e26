import type { PublishSpec } from '../lib/client-spec.js';
import type { Target } from '../lib/targets.js';
import { type Case, type Ctx } from './types.js';
export declare function publishSpec(t: Target, queue: string, count: number, bodySize: number, maxMs: number): PublishSpec;
/** Runs `publishers` parallel confirming publishers into one fresh durable queue. */
export declare function durablePublish(t: Target, ctx: Ctx, publishers: number, total: number, bodySize: number): Promise<{
    rate: number;
    count: number;
    cpuUs: number;
}>;
export declare const publishCases: Case[];
export declare const bodyCases: Case[];
