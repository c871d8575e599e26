import { type Options } from '../lib/args.js';
import type { Case } from './types.js';
export declare function queueCases(o: Options): Case[];
export declare function connectionCases(o: Options): Case[];
