import { type Options } from '../lib/args.js';
import { type Case } from './types.js';
export declare function nackRequeueCases(o: Options): Case[];
