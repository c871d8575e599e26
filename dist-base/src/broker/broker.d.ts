import { AlertEvaluator } from './operations/alerts.js';
import { FileHandles, GroupOffsets, StreamGroups } from '../store/index.js';
import type { AuditEvent, AuditSink } from './operations/audit.js';
import { Identity } from './identity/identity.js';
import { type VhostLimits } from './topology/limits.js';
import type { PropertiesFormat } from './messages/message.js';
import { Parameters } from './topology/parameters.js';
import { type SendLedger } from './queues/send-ledger.js';
import { type UserConfig } from './identity/users.js';
import { type ResourceLimits, ResourceMonitor } from './operations/resource-monitor.js';
import type { SessionInfo } from './session.js';
import { VHost } from './topology/vhost.js';
import { PublishReceipts } from './publishing/receipts.js';
import { LatencyHistogram } from './operations/latency-histogram.js';
import { StreamRegistry } from './streams/stream-registry.js';
import type { GroupDirectory } from './streams/group-directory.js';
import { type StreamRecordConverter } from './streams/stream-format.js';
import type { Storage } from './storage/storage.js';
export interface BrokerConfig {
    /** the data directory (storage 'disk'); unused with storage 'memory' */
    dataDir?: string;
    /**
     * 'disk' (default): queues, streams and definitions in dataDir, recovered at open;
     * 'memory': no file anywhere, nothing durable, everything lost on close (memory-storage.ts);
     * or a Storage object the broker uses as it is (tests inject faults through one)
     */
    storage?: 'disk' | 'memory' | Storage;
    format: PropertiesFormat;
    /**
     * Users created or updated at every start (config-users.ts). Without them, a fresh
     * data dir gets RabbitMQ's default: user guest/guest, administrator, loopback only.
     */
    users?: UserConfig[];
    /** audit events (identity, policy and definitions changes); default: dropped */
    onAudit?: AuditSink;
    /** segment file size for durable queues (default 32 MiB) */
    segmentSize?: number;
    /** memory and disk alarm thresholds */
    limits?: ResourceLimits;
    /**
     * file descriptors queue and stream files keep open at most (default: half the process's open file
     * limit; see store/file-handles.ts)
     */
    fileHandleLimit?: number;
    /**
     * Benchmarks only: every fdatasync round of every log and journal waits this many ms first, a
     * simulated slow disk (group commit should then batch more, not lose throughput in proportion).
     */
    benchSyncDelayMs?: number;
    /**
     * Start even when the definitions log is unreadable (default false: refuse to start,
     * see definitions-recovery.ts); meant for one start, after reading docs/reliability.md.
     */
    recoverDefinitions?: boolean;
    onWarning?: (msg: string) => void;
}
export declare class Broker {
    readonly config: BrokerConfig;
    readonly vhosts: Map<string, VHost>;
    /** users, permissions, topic permissions, user limits */
    readonly identity: Identity;
    readonly resources: ResourceMonitor;
    /** the budget of open descriptors every queue's files borrow from */
    readonly files: FileHandles;
    /** client sessions of every front, for management and metrics */
    readonly sessions: Set<SessionInfo>;
    /** alert rules over the queues, evaluated every 5 s (started by open) and on demand */
    readonly alerts: AlertEvaluator;
    /** fdatasync round durations and publish-to-confirm latency, in seconds, for /metrics */
    readonly latency: {
        fsync: LatencyHistogram;
        confirm: LatencyHistogram;
    };
    /**
     * Receipts of the publishes fronts answer per request (SQS SendMessage, SNS Publish, Kafka acks=all,
     * RESP XADD, the HTTP API): each waits with whenSynced()/synced() for its batch's syncs. AMQP channels
     * keep receipts of their own, settled in order as publisher confirms.
     */
    readonly receipts: PublishReceipts;
    private readonly observeSync;
    private readonly onWriteFailure;
    /** failed writes of queue files by errno code, one per episode and file (logged each), for /metrics */
    readonly storeWriteFailures: Map<string, number>;
    /** corrupt records and damaged ack entries the store found and skipped since start (logged each), for /metrics */
    readonly storeCorruption: {
        record: number;
        ack: number;
    };
    private readonly countCorruption;
    /** where logs, streams, journals and the definitions log live */
    readonly storage: Storage;
    /** runtime parameters (shovels), recorded in the definitions log */
    readonly parameters: Parameters;
    /**
     * A password valid for any existing user on a loopback connection, for the broker's
     * in-process clients (a shovel's local connection acts as the user who made it, as
     * RabbitMQ's direct connections skip authentication). Random per start, never stored,
     * logged or shown by any API.
     */
    readonly internalCredential: string;
    private replaying;
    private closed;
    private readonly registries;
    /**
     * How AMQP stream consumers read records other fronts stored, by stream format (stream-format.ts):
     * the front owning a format registers its converter when it starts.
     */
    readonly streamConverters: Map<number, StreamRecordConverter>;
    /** Fronts that coordinate consumer groups (Kafka's) register their live membership here (group-directory.ts). */
    readonly groupDirectories: Set<GroupDirectory>;
    private offsets;
    private groups;
    private pulls;
    private sends;
    constructor(config: BrokerConfig);
    /**
     * Loads vhosts, users, permissions and durable topology, recovers durable queues' logs,
     * creates the defaults on a fresh data dir and applies the configured users. What the
     * definitions log cannot account for is reported and kept (definitions-recovery.ts);
     * throws DefinitionsUnreadableError when the log is unreadable and the start must stop.
     */
    open(): void;
    vhost(name: string): VHost | undefined;
    /**
     * The streams of a vhost as every front names them (streams/stream-registry.ts): an AMQP stream queue, a
     * Redis stream key and a Kafka topic of the same name are one object. NOT_FOUND when there is no such vhost.
     */
    streams(vhost: string): StreamRegistry;
    /**
     * Committed offsets of consumer groups, durable (store/group-offsets.ts), namespaced by vhost: commit with
     * `groupOffsets.commit(vhost, group, stream, partition, offset, metadata)`, acknowledge after sync().
     * Available once open() ran.
     */
    get groupOffsets(): GroupOffsets;
    /**
     * Redis-style consumer groups with durable pending-entry lists (store/stream-groups.ts), namespaced by vhost:
     * `streamGroups.create(vhost, stream, partition, group, lastDelivered)`, then streams/group-reads.ts
     * (readNew, readPending, claim, autoClaim) and the group's own ack/summary/pendingRange. Changes are
     * durable once streamGroups.sync() calls back. Available once open() ran.
     */
    get streamGroups(): StreamGroups;
    /**
     * Delivery counts and lease deadlines of pull reads (SQS receives) on durable queues, journaled
     * (pull-states.ts). Opened on first use: the definitions replay may already delete a queue.
     */
    private get pullStates();
    private get ledgers();
    /**
     * A queue's send ledger (send-ledger.ts): a durable deduplication window and sequence counter, for fronts
     * whose sends promise them (SQS FIFO). Its changes are on disk once its sync() calls back.
     */
    sendLedger(vhost: string, queue: string): SendLedger;
    /**
     * Appends to the definitions log (nothing while replaying it). A failed append changes
     * nothing on disk and becomes a connection-level INTERNAL_ERROR, as RabbitMQ answers a
     * failed write: 541 on AMQP, 500 on the management API.
     */
    private record;
    audit(e: AuditEvent): void;
    /**
     * RabbitMQ's put_vhost: creates the vhost, or updates the metadata of an existing one
     * (only the fields given). Returns whether it was created.
     */
    putVhost(name: string, meta: {
        description?: string;
        tags?: string[];
        defaultQueueType?: string;
    }, actor: string): 'created' | 'updated';
    /**
     * Deletes a vhost and everything in it, as RabbitMQ's rabbit_vhost:delete: its
     * connections are closed (320 "vhost 'x' is deleted"), its queues' data removed, its
     * permissions, policies and limits dropped. False when there was no such vhost.
     */
    deleteVhost(name: string, actor: string): boolean;
    /** PUT /api/vhost-limits/{vhost}/{name}: validated as RabbitMQ's update_limit (LimitError). */
    setVhostLimit(vhost: VHost, limit: string, value: unknown, actor: string): void;
    /** Replaces every limit of the vhost (definitions import, as RabbitMQ's vhost-limits parameter). */
    setVhostLimits(vhost: VHost, limits: VhostLimits, actor: string): void;
    /** `limit` 'all' clears every limit. */
    clearVhostLimit(vhost: VHost, limit: string, actor: string): void;
    /** Creates or replaces a policy (PolicyError when invalid); true when it created it. */
    putPolicy(vhost: VHost, name: string, input: {
        pattern: unknown;
        definition: unknown;
        priority?: unknown;
        applyTo?: unknown;
    }, actor: string): boolean;
    deletePolicy(vhost: VHost, name: string, actor: string): boolean;
    /**
     * connection.open as RabbitMQ's rabbit_reader checks it, in its order: the vhost exists
     * and is under its connection limit, the user is under theirs, and the user has
     * permissions in the vhost. Refusals are 530 NOT_ALLOWED with RabbitMQ's texts.
     */
    openVhost(user: string, name: string): VHost;
    /**
     * channel.open: the user's max-channels over all of their connections (RabbitMQ's
     * is_over_channel_limit); 530 with its text when reached.
     */
    checkChannelLimit(user: string): void;
    private countSessions;
    private vhostOrCreate;
    private replay;
    /** Replays a record; a failure is noted (with the logs it opened closed), not thrown. */
    private replayOrNote;
    /**
     * Queues whose directories have a valid meta file but no record (lost with a damaged
     * line, or moved back by an operator) are created again from it, with their messages.
     * Returns how many came back.
     */
    private adoptQueues;
    private openLog;
    private openStream;
    private destroyLog;
    /**
     * AMQP login: undefined when accepted, else why not, for the log ("user 'x' - invalid
     * credentials", "user 'x' can only connect via localhost"); clients are told less.
     */
    authenticate(user: string, password: string, remoteAddress: string | undefined): string | undefined;
    private isInternalLogin;
    /**
     * Flushes and closes every queue log, then the delayed exchanges' logs: releases stop
     * first (nothing goes into a closing queue), and a held copy goes only after the queue
     * close synced its release. A log that fails to close is reported, the others still close.
     */
    close(): Promise<void>;
    private reportCloseErrors;
    assertOpen(): void;
}
