import { differential } from './harness.js';
import { reliabilityScenarios } from './scenarios/reliability.js';
differential('differential: reliability arguments', reliabilityScenarios);
//# sourceMappingURL=reliability.test.js.map