import type { Broker } from '../../broker/index.js';
export interface CommittedOffset {
    offset: number;
    leaderEpoch: number;
    metadata: string;
    commitTimestamp: number;
}
export interface OffsetEntry {
    topic: string;
    partition: number;
    committed: CommittedOffset;
}
export declare class GroupOffsetStore {
    private readonly broker;
    private readonly vhost;
    constructor(broker: Broker, vhost: string);
    get(group: string, topic: string, partition: number): CommittedOffset | undefined;
    /** every committed offset of a group */
    list(group: string): OffsetEntry[];
    /** groups with at least one committed offset */
    groups(): string[];
    /** Resolves once the commits are durable. */
    commit(group: string, entries: OffsetEntry[]): Promise<void>;
    /** one partition's offset, or (topic undefined) the group's */
    delete(group: string, topic?: string, partition?: number): Promise<void>;
}
