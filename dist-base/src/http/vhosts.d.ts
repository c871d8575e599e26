import type { VHost } from '../broker/index.js';
import { type Route } from './router.js';
export declare function vhostJson(v: VHost): Record<string, unknown>;
export declare const vhostRoutes: Route[];
