import { Group, type GroupState } from './group.js';
import type { GroupOffsetStore } from './offsets.js';
export interface CoordinatorOptions {
    initialRebalanceDelayMs: number;
    minSessionTimeoutMs: number;
    maxSessionTimeoutMs: number;
}
export interface GroupListing {
    groupId: string;
    protocolType: string;
    state: GroupState;
}
export declare class GroupCoordinator {
    readonly options: CoordinatorOptions;
    readonly offsets: GroupOffsetStore;
    private readonly groups;
    constructor(options: CoordinatorOptions, offsets: GroupOffsetStore);
    /** The group, made (Empty) when `create` and it does not exist yet. */
    group(id: string, create: true): Group;
    group(id: string, create?: boolean): Group | undefined;
    /** Kafka's member ids: the client id, a dash and a UUID. */
    newMemberId(clientId: string): string;
    /** Groups with members, and groups known only by their committed offsets (Empty). */
    list(): GroupListing[];
    /** Whether the group exists: it has members, or committed offsets. */
    exists(id: string): boolean;
    /** DeleteGroups: only an empty group goes; its offsets with it. */
    delete(id: string): Promise<'deleted' | 'not-empty' | 'not-found'>;
    close(): void;
}
