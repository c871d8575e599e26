import { type JoinGroupRequest, type JoinGroupResponse, type SyncGroupResponse } from '../codec/index.js';
import { type Member } from './member.js';
export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';
export interface GroupTiming {
    initialRebalanceDelayMs: number;
    /** told when the group's state changes (for logs and the management API's rates) */
    onChange?: (g: Group) => void;
}
export interface JoinContext {
    version: number;
    clientId: string;
    clientHost: string;
    newMemberId: () => string;
}
export declare class Group {
    readonly groupId: string;
    private readonly timing;
    state: GroupState;
    generation: number;
    protocolType: string | null;
    protocolName: string | null;
    leader: string | null;
    readonly members: Map<string, Member>;
    /** group.instance.id → member id */
    readonly staticMembers: Map<string, string>;
    /** member ids handed out with MEMBER_ID_REQUIRED, waiting for the member to join with them */
    readonly pendingMembers: Map<string, NodeJS.Timeout>;
    private rebalanceTimer;
    private delayTimer;
    private joinNotBefore;
    constructor(groupId: string, timing: GroupTiming);
    get isEmpty(): boolean;
    private setState;
    /** The protocols every member supports, each member's first choice among them voting (Kafka's selectProtocol). */
    private selectProtocol;
    /** Whether a joining member's protocols fit the group (INCONSISTENT_GROUP_PROTOCOL otherwise). */
    private supports;
    join(req: JoinGroupRequest, ctx: JoinContext): Promise<JoinGroupResponse> | JoinGroupResponse;
    /** A static member restarted: it takes over the old member's place and assignment (KIP-345). */
    private replaceStatic;
    private failedJoin;
    private addAndRebalance;
    private parkJoin;
    private joinResponse;
    /** Starts a rebalance: members must rejoin within the largest rebalance timeout among them. */
    prepareRebalance(): void;
    /** Completes the join phase once every known member has rejoined and no new one is pending. */
    private tryCompleteJoin;
    private completeJoin;
    /** Validates member, instance and generation as Kafka does for SyncGroup, Heartbeat and OffsetCommit. */
    check(memberId: string, instanceId: string | null, generation: number): number;
    sync(memberId: string, instanceId: string | null, generation: number, assignments: {
        memberId: string;
        assignment: Buffer;
    }[]): Promise<SyncGroupResponse> | SyncGroupResponse;
    heartbeat(memberId: string, instanceId: string | null, generation: number): number;
    /** LeaveGroup for one member (by id, or by instance id for a static one). */
    leave(memberId: string, instanceId: string | null): number;
    private removeMember;
    /** The member was heard from: its session starts over. */
    private heard;
    private clearSession;
    /** Ends the group (DeleteGroups of an empty group, or shutdown): every timer stops. */
    destroy(): void;
}
