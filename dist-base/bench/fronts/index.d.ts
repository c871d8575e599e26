import type { Options } from '../lib/args.js';
import type { WharfProcess } from '../lib/wharf.js';
import { type StreamsRow } from './redis-streams.js';
export interface FrontBenchCtx {
    opts: Options;
    wharf: WharfProcess;
    /** entries/messages: --messages, else the bench's default (smaller with --quick) */
    messages(normal: number, quick: number): number;
    log(msg: string): void;
}
export interface FrontBenchResult {
    header: string;
    table: string;
    rows: StreamsRow[];
}
export interface FrontBench {
    /** why it cannot run on this machine, or undefined */
    missing(): string | undefined;
    run(ctx: FrontBenchCtx): Promise<FrontBenchResult>;
}
export declare const FRONT_BENCHES: Record<string, FrontBench>;
