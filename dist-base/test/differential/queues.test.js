import { differential } from './harness.js';
import { queueScenarios } from './scenarios/queues.js';
differential('differential: queues', queueScenarios);
//# sourceMappingURL=queues.test.js.map