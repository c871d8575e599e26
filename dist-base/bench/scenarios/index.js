import { backlogCases } from './backlog.js';
import { bindingCases } from './bindings.js';
import { confirmEachCases } from './confirm-each.js';
import { connectionCases, queueCases } from './footprint.js';
import { consumeCases } from './consume.js';
import { fanoutCases, transientCases } from './fanout.js';
import { fastClientCases } from './fast-client.js';
import { floodCases } from './flood.js';
import { nackRequeueCases } from './nack-requeue.js';
import { bodyCases, publishCases } from './publish.js';
import { pubsubCases } from './pubsub.js';
import { restartCases } from './restart.js';
import { slowDiskCases } from './slow-disk.js';
export const SCENARIOS = {
    publish: () => publishCases,
    consume: () => consumeCases,
    pubsub: () => pubsubCases,
    'confirm-each': () => confirmEachCases,
    fanout: () => fanoutCases,
    transient: () => transientCases,
    bodies: () => bodyCases,
    'fast-client': () => fastClientCases,
    'slow-disk': () => slowDiskCases,
    // not in the default run (its rows stay comparable across versions): name it
    flood: () => floodCases,
    // heavy: minutes each, only when named
    backlog: backlogCases,
    restart: restartCases,
    queues: queueCases,
    connections: connectionCases,
    bindings: bindingCases,
    'nack-requeue': nackRequeueCases,
};
/** The default run: everything that fits in ~10 minutes on a small machine. */
export const DEFAULT_SCENARIOS = [
    'publish',
    'consume',
    'pubsub',
    'confirm-each',
    'fanout',
    'transient',
    'bodies',
    'fast-client',
    'slow-disk',
];
/** The other fronts' benchmarks (bench/fronts/) in the default run, after the AMQP scenarios. */
export const DEFAULT_FRONT_BENCHES = ['redis-streams', 'kafka', 'sqs'];
//# sourceMappingURL=index.js.map