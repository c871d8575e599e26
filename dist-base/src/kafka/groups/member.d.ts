import type { JoinGroupResponse, SyncGroupResponse } from '../codec/index.js';
/** One member of a classic consumer group, as Kafka's MemberMetadata keeps it. */
export interface Member {
    memberId: string;
    /** static membership (KIP-345): the instance id that survives the member's restarts */
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    sessionTimeoutMs: number;
    rebalanceTimeoutMs: number;
    protocolType: string;
    protocols: {
        name: string;
        metadata: Buffer;
    }[];
    assignment: Buffer;
    /** set while its JoinGroup waits for the rebalance to complete */
    awaitingJoin: ((r: JoinGroupResponse) => void) | undefined;
    /** set while its SyncGroup waits for the leader's assignment */
    awaitingSync: ((r: SyncGroupResponse) => void) | undefined;
    /** when its session expires unless it heartbeats, joins or syncs again */
    sessionDeadline: number;
    sessionTimer: NodeJS.Timeout | undefined;
}
export declare function sameProtocols(a: Member['protocols'], b: Member['protocols']): boolean;
