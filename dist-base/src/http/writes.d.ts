import { type Route } from './router.js';
export declare const writeRoutes: Route[];
