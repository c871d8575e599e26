import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface DeleteGroupsRequest {
    /** The group names to delete. */
    groupsNames: string[];
}
export declare function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest;
export declare function encodeDeleteGroupsRequest(w: Writer, m: DeleteGroupsRequest, v: number): void;
export interface DeleteGroupsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The deletion results */
    results: DeleteGroupsResponseDeletableGroupResult[];
}
export interface DeleteGroupsResponseDeletableGroupResult {
    /** The group id */
    groupId: string;
    /** The deletion error, or 0 if the deletion succeeded. */
    errorCode: number;
}
export declare function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse;
export declare function encodeDeleteGroupsResponse(w: Writer, m: DeleteGroupsResponse, v: number): void;
