import { type Route } from './router.js';
/** What the shovel layer offers the API (ShovelManager). */
export interface ShovelStatusSource {
    status(vhost?: string): Record<string, unknown>[];
    restart(vhost: string, name: string): boolean;
}
export declare const shovelRoutes: Route[];
