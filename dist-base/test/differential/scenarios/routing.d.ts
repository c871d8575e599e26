import { type Scenario } from '../harness.js';
export declare const routingScenarios: Scenario[];
