import type { KeyJournal } from './memory-journal.js';
/** One committed offset. */
export interface CommittedOffset {
    offset: number;
    /** as given to commit ('' when none) */
    metadata: string;
    /** when it was committed, ms since the epoch */
    time: number;
    /** as given to commit (Kafka's committed leader epoch), -1 when none */
    leaderEpoch: number;
}
/** A committed offset with what it is for (listings). */
export interface GroupOffsetEntry extends CommittedOffset {
    group: string;
    stream: string;
    partition: number;
}
export declare class GroupOffsets {
    private readonly journal;
    constructor(journal: KeyJournal);
    /** Records the group's offset for the partition (invariant 3). Names must not contain \0. */
    commit(ns: string, group: string, stream: string, partition: number, offset: number, metadata?: string, time?: number, leaderEpoch?: number): void;
    /** The group's committed offset for the partition, or undefined (Kafka: -1). */
    fetch(ns: string, group: string, stream: string, partition: number): CommittedOffset | undefined;
    /** Removes one committed offset (Kafka OffsetDelete); whether there was one. */
    deleteOffset(ns: string, group: string, stream: string, partition: number): boolean;
    /** Every committed offset of the group (Kafka OffsetFetch with no topics, DescribeGroups). */
    offsetsOf(ns: string, group: string): GroupOffsetEntry[];
    /** Every committed offset in the namespace. */
    all(ns: string): GroupOffsetEntry[];
    /** Groups with at least one committed offset in the namespace, sorted. */
    groups(ns: string): string[];
    /** Removes every offset of the group (Kafka DeleteGroups); how many there were. */
    deleteGroup(ns: string, group: string): number;
    /** Removes every offset for a stream (it was deleted); how many there were. */
    deleteStream(ns: string, stream: string): number;
    /** Removes everything in the namespace (its vhost was deleted). */
    deleteNamespace(ns: string): number;
    /** Group commit (invariant 2). */
    sync(cb: (err?: Error) => void): void;
    syncPromise(): Promise<void>;
    close(): Promise<void>;
    private deleteWhere;
}
