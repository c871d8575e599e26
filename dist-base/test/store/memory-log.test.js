import { MemoryLog } from '../../src/store/index.js';
import { logConformance } from './log-conformance.js';
logConformance('MemoryLog', { make: () => new MemoryLog(), cleanup: () => { } });
//# sourceMappingURL=memory-log.test.js.map