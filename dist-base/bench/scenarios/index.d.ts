import type { Options } from '../lib/args.js';
import type { Case } from './types.js';
export declare const SCENARIOS: Record<string, (o: Options) => Case[]>;
/** The default run: everything that fits in ~10 minutes on a small machine. */
export declare const DEFAULT_SCENARIOS: string[];
/** The other fronts' benchmarks (bench/fronts/) in the default run, after the AMQP scenarios. */
export declare const DEFAULT_FRONT_BENCHES: string[];
