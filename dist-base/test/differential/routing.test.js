import { differential } from './harness.js';
import { routingScenarios } from './scenarios/routing.js';
differential('differential: exchange routing', routingScenarios);
//# sourceMappingURL=routing.test.js.map