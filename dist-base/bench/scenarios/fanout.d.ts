import { type Case } from './types.js';
export declare const fanoutCases: Case[];
export declare const transientCases: Case[];
