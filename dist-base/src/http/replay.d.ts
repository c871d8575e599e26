import { type ReplayOptions } from '../broker/dead-letters/dead-letter-replay.js';
import type { Route } from './router.js';
/** The request body as ReplayOptions, or 400. */
export declare function replayOptions(body: unknown): ReplayOptions;
export declare const replayRoutes: Route[];
