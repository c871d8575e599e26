// amqplib's generated codec (a devDependency) as an independent reference encoder.
// Its package exports hide lib/defs.js, so it is required by absolute path.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
export const amqplibDefs = require(join(dirname(require.resolve('amqplib')), 'lib/defs.js'));
//# sourceMappingURL=amqplib-defs.js.map