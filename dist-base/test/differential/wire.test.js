import { differential } from './harness.js';
import { wireScenarios } from './scenarios/wire.js';
differential('differential: malformed wire input', wireScenarios);
//# sourceMappingURL=wire.test.js.map