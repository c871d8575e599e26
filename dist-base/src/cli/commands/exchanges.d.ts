import type { ApiOptions } from '../api-client.js';
import { type Json } from './common.js';
/** `{a: 1}` as `a=1`; objects and arrays as compact JSON. */
export declare function argsText(args: Json): string;
export declare function exchangesCommand(opts: ApiOptions): Promise<void>;
