import type { Access } from '../identity/access.js';
import type { Exchange } from '../exchanges/exchange.js';
import type { VHost } from '../topology/vhost.js';
import { StreamPartition } from './partition.js';
/** How a stream is made (Kafka CreateTopics, XGROUP CREATE MKSTREAM, the management API). */
export interface StreamSpec {
    /** default 1 */
    partitions?: number;
    /** retention by age (x-max-age, whole seconds); default none */
    maxAgeMs?: number;
    /** retention by size of the segment files (x-max-length-bytes); default none */
    maxBytes?: number;
    /** segment file size (x-stream-max-segment-size-bytes); default the store's (32 MiB) */
    segmentSize?: number;
    /** a front's own settings kept as further queue arguments of every partition (e.g. x-kafka-max-message-bytes) */
    arguments?: Record<string, unknown>;
}
/** A change of a stream's settings (Kafka's AlterConfigs): a value sets, null removes, absent keeps. */
export interface StreamConfigChange {
    maxAgeMs?: number | null;
    maxBytes?: number | null;
    segmentSize?: number | null;
    /** a front's own settings (x-kafka-* arguments) */
    arguments?: Record<string, unknown>;
}
/** A stream and its partitions, in partition order. */
export declare class Stream {
    readonly vhost: string;
    readonly name: string;
    readonly partitions: readonly StreamPartition[];
    /** the super stream's exchange; undefined for a one-partition stream */
    readonly exchange: Exchange | undefined;
    constructor(vhost: string, name: string, partitions: readonly StreamPartition[], 
    /** the super stream's exchange; undefined for a one-partition stream */
    exchange: Exchange | undefined);
    get superStream(): boolean;
    /** Partition i, or undefined (Kafka: UNKNOWN_TOPIC_OR_PARTITION). */
    partition(i: number): StreamPartition | undefined;
    /** Still what the vhost's topology says (no partition deleted or added through another path). */
    valid(v: VHost): boolean;
}
/** x-super-stream: true on a direct exchange (RabbitMQ's marker). */
export declare function isSuperStream(ex: Exchange | undefined): ex is Exchange;
export declare class StreamRegistry {
    private readonly v;
    /** told after delete() removed a stream (the broker drops its group offsets) */
    private readonly onDeleted?;
    private readonly cache;
    constructor(v: VHost, 
    /** told after delete() removed a stream (the broker drops its group offsets) */
    onDeleted?: ((name: string) => void) | undefined);
    /** The stream, or undefined when there is none (a queue of that name that is not a stream is none). */
    get(name: string): Stream | undefined;
    /** Every stream of the vhost: super streams, then the stream queues that are not one of their partitions. */
    list(): Stream[];
    /**
     * Creates the stream (its queues, and for N > 1 the super stream's exchange and bindings), recorded in the
     * definitions log like any declare. PRECONDITION_FAILED when a stream, queue or exchange of a name it needs
     * already exists (check get() first for "create if missing").
     */
    create(name: string, spec?: StreamSpec, access?: Access): Stream;
    /**
     * Grows the stream to `total` partitions (Kafka CreatePartitions). A one-partition stream becomes a super
     * stream whose partition 0 is its queue. New partitions get the retention of partition 0's arguments.
     */
    addPartitions(name: string, total: number, access?: Access): Stream;
    /**
     * Changes the retention, segment size or a front's settings of every partition (Kafka's AlterConfigs),
     * recorded in the definitions log (VHost.setStreamArguments). NOT_FOUND when there is no such stream;
     * PRECONDITION_FAILED for an invalid value (nothing changed).
     */
    configure(name: string, change: StreamConfigChange, access?: Access): Stream;
    /**
     * Deletes the stream's queues (and the super stream's exchange) with their data, and the group offsets
     * committed for it; false when there was none.
     */
    delete(name: string): boolean;
    private build;
    private declareSuperExchange;
    private declareMember;
    private must;
    private exists;
    private taken;
}
