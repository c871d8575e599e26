import { differential } from './harness.js';
import { errorScenarios } from './scenarios/errors.js';
differential('differential: errors', errorScenarios);
//# sourceMappingURL=errors.test.js.map