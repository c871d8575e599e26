import { type ApiOptions } from '../api-client.js';
import { type ProgressOptions } from './progress.js';
export declare function alertsCommand(opts: ApiOptions): Promise<void>;
export declare function dlqListCommand(opts: ApiOptions): Promise<void>;
export interface ReplayOptions extends ApiOptions, ProgressOptions {
    count?: number;
    reason?: string;
    header?: string;
    toExchange?: string;
    routingKey?: string;
    chunk?: number;
}
/** Messages moved per replay request: each request is answered once its moves are synced. */
export declare const REPLAY_CHUNK = 500;
/**
 * `wharf dlq replay`: calls the replay endpoint with count <= --chunk until it moved
 * --count messages or the queue's ready count when it started, whichever is fewer (so
 * messages that die again meanwhile are not chased forever), or until a request moves
 * fewer than it asked for (nothing left that matches). Draws a progress bar on stderr
 * when it is a terminal.
 */
export declare function dlqReplayCommand(queue: string, opts: ReplayOptions): Promise<void>;
