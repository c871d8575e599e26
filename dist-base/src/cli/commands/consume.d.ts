import { type ApiOptions } from '../api-client.js';
import { type Json } from './common.js';
import { type ProgressOptions } from './progress.js';
export interface ConsumeOptions extends ApiOptions, ProgressOptions {
    count?: number;
    timeout?: number;
    requeue?: boolean;
    batch?: number;
}
/** The payload on one line: CR and LF written as \r and \n (use --json to get it exactly). */
export declare function payloadLine(m: Json): string;
export declare function consumeCommand(queue: string, opts: ConsumeOptions): Promise<void>;
