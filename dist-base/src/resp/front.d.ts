import type { FrontDefinition } from '../fronts/front.js';
export declare const respFront: FrontDefinition;
