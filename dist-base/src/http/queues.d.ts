import { type Queue } from '../broker/index.js';
import { type Context, type Route } from './router.js';
/** `dlqs`: the vhost's dead-letter queues (see deadLetterQueues), computed once per request. */
export declare function queueJson(ctx: Context, q: Queue, dlqs: Set<string>): Record<string, unknown>;
export declare const queueRoutes: Route[];
