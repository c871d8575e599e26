// The conformance suites on the engine itself: the reference for every front's wire run.
import { engineQueueDriver, engineStreamDriver } from './engine-drivers.js';
import { queueConformance } from './queue-suite.js';
import { streamConformance } from './stream-suite.js';
queueConformance(engineQueueDriver(false));
queueConformance(engineQueueDriver(true));
streamConformance(engineStreamDriver());
//# sourceMappingURL=engine.test.js.map