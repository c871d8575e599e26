import { differential } from './harness.js';
import { streamScenarios } from './scenarios/streams.js';
differential('differential: streams', streamScenarios);
//# sourceMappingURL=streams.test.js.map