import { differential } from './harness.js';
import { deliveryScenarios } from './scenarios/delivery.js';
differential('differential: delivery', deliveryScenarios);
//# sourceMappingURL=delivery.test.js.map