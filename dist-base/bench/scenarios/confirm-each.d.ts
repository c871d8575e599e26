import { type Case } from './types.js';
export declare const confirmEachCases: Case[];
