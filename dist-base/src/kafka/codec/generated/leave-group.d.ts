import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface LeaveGroupRequest {
    /** The ID of the group to leave. */
    groupId: string;
    /** The member ID to remove from the group. (v0-2) */
    memberId: string;
    /** List of leaving member identities. (v3+) */
    members: LeaveGroupRequestMemberIdentity[];
}
export interface LeaveGroupRequestMemberIdentity {
    /** The member ID to remove from the group. */
    memberId: string;
    /** The group instance ID to remove from the group. (nullable) */
    groupInstanceId: string | null;
}
export declare function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest;
export declare function encodeLeaveGroupRequest(w: Writer, m: LeaveGroupRequest, v: number): void;
export interface LeaveGroupResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** List of leaving member responses. (v3+) */
    members: LeaveGroupResponseMemberResponse[];
}
export interface LeaveGroupResponseMemberResponse {
    /** The member ID to remove from the group. */
    memberId: string;
    /** The group instance ID to remove from the group. (nullable) */
    groupInstanceId: string | null;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse;
export declare function encodeLeaveGroupResponse(w: Writer, m: LeaveGroupResponse, v: number): void;
