import { type Scenario } from '../harness.js';
export declare const queueScenarios: Scenario[];
