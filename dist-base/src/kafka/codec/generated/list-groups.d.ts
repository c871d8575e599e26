import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface ListGroupsRequest {
    /** The states of the groups we want to list. If empty, all groups are returned with their state. (v4+) */
    statesFilter: string[];
}
export declare function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest;
export declare function encodeListGroupsRequest(w: Writer, m: ListGroupsRequest, v: number): void;
export interface ListGroupsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** Each group in the response. */
    groups: ListGroupsResponseListedGroup[];
}
export interface ListGroupsResponseListedGroup {
    /** The group ID. */
    groupId: string;
    /** The group protocol type. */
    protocolType: string;
    /** The group state name. (v4+) */
    groupState: string;
}
export declare function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse;
export declare function encodeListGroupsResponse(w: Writer, m: ListGroupsResponse, v: number): void;
