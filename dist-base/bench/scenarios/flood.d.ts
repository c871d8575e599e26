import { type Case } from './types.js';
export declare const floodCases: Case[];
