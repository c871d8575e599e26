import type { FrontDefinition } from './front.js';
export declare const FRONTS: readonly FrontDefinition[];
