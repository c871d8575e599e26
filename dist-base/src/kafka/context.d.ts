import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import type { KafkaConnection } from './connection.js';
import type { LogCleaner } from './compaction/log-cleaner.js';
import type { GroupCoordinator } from './groups/coordinator.js';
import type { ResolvedKafkaOptions } from './options.js';
import type { Producers } from './produce/producers.js';
import type { Topics } from './topics.js';
import type { TransactionCoordinator } from './txn/coordinator.js';
export interface KafkaContext {
    readonly broker: Broker;
    readonly log: Logger;
    readonly options: ResolvedKafkaOptions;
    readonly connections: Set<KafkaConnection>;
    /** this node's id in Metadata: the controller, coordinator and leader of everything */
    readonly nodeId: number;
    readonly clusterId: string;
    readonly topics: Topics;
    readonly groups: GroupCoordinator;
    /** idempotent producers: ids and per-partition sequence state */
    readonly producers: Producers;
    /** transactional ids, open transactions, last stable offsets and aborted transactions */
    readonly txns: TransactionCoordinator;
    /** cleanup.policy=compact */
    readonly cleaner: LogCleaner;
    /** the host clients are told to connect to (the port is the one the connection came in on) */
    readonly advertisedHost: string;
    onConnectionGone(conn: KafkaConnection): void;
}
