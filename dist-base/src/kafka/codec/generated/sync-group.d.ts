import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface SyncGroupRequest {
    /** The unique group identifier. */
    groupId: string;
    /** The generation of the group. */
    generationId: number;
    /** The member ID assigned by the group. */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v3+; nullable) */
    groupInstanceId: string | null;
    /** Each assignment. */
    assignments: SyncGroupRequestAssignment[];
}
export interface SyncGroupRequestAssignment {
    /** The ID of the member to assign. */
    memberId: string;
    /** The member assignment. */
    assignment: Buffer;
}
export declare function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest;
export declare function encodeSyncGroupRequest(w: Writer, m: SyncGroupRequest, v: number): void;
export interface SyncGroupResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The member assignment. */
    assignment: Buffer;
}
export declare function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse;
export declare function encodeSyncGroupResponse(w: Writer, m: SyncGroupResponse, v: number): void;
