import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface JoinGroupRequest {
    /** The group identifier. */
    groupId: string;
    /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. */
    sessionTimeoutMs: number;
    /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (v1+) */
    rebalanceTimeoutMs: number;
    /** The member id assigned by the group coordinator. */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v5+; nullable) */
    groupInstanceId: string | null;
    /** The unique name the for class of protocols implemented by the group we want to join. */
    protocolType: string;
    /** The list of protocols that the member supports. */
    protocols: JoinGroupRequestProtocol[];
}
export interface JoinGroupRequestProtocol {
    /** The protocol name. */
    name: string;
    /** The protocol metadata. */
    metadata: Buffer;
}
export declare function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest;
export declare function encodeJoinGroupRequest(w: Writer, m: JoinGroupRequest, v: number): void;
export interface JoinGroupResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+) */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The generation ID of the group. */
    generationId: number;
    /** The group protocol selected by the coordinator. */
    protocolName: string;
    /** The leader of the group. */
    leader: string;
    /** The member ID assigned by the group coordinator. */
    memberId: string;
    /**  */
    members: JoinGroupResponseMember[];
}
export interface JoinGroupResponseMember {
    /** The group member ID. */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v5+; nullable) */
    groupInstanceId: string | null;
    /** The group member metadata. */
    metadata: Buffer;
}
export declare function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse;
export declare function encodeJoinGroupResponse(w: Writer, m: JoinGroupResponse, v: number): void;
