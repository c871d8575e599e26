import { type Scenario } from '../harness.js';
export declare const wireScenarios: Scenario[];
