import type { ApiOptions } from '../api-client.js';
import { type Json } from './common.js';
export interface QueuesOptions extends ApiOptions {
    sort?: string;
}
export declare function queuesCommand(opts: QueuesOptions): Promise<void>;
export interface GetOptions extends ApiOptions {
    count?: number;
    ack?: boolean;
}
/** The lines `wharf peek` prints for one message of POST .../get. */
export declare function messageLines(m: Json, index: number, total: number): string[];
export declare function queueGetCommand(name: string, opts: GetOptions): Promise<void>;
/** `wharf peek`: `queue get` that always requeues. */
export declare function peekCommand(name: string, opts: GetOptions): Promise<void>;
export declare function queuePurgeCommand(name: string, opts: ApiOptions): Promise<void>;
