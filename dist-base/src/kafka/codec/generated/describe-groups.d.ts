import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface DescribeGroupsRequest {
    /** The names of the groups to describe */
    groups: string[];
    /** Whether to include authorized operations. (v3+) */
    includeAuthorizedOperations: boolean;
}
export declare function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest;
export declare function encodeDescribeGroupsRequest(w: Writer, m: DescribeGroupsRequest, v: number): void;
export interface DescribeGroupsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** Each described group. */
    groups: DescribeGroupsResponseDescribedGroup[];
}
export interface DescribeGroupsResponseDescribedGroup {
    /** The describe error, or 0 if there was no error. */
    errorCode: number;
    /** The group ID string. */
    groupId: string;
    /** The group state string, or the empty string. */
    groupState: string;
    /** The group protocol type, or the empty string. */
    protocolType: string;
    /** The group protocol data, or the empty string. */
    protocolData: string;
    /** The group members. */
    members: DescribeGroupsResponseDescribedGroupMember[];
    /** 32-bit bitfield to represent authorized operations for this group. (v3+) */
    authorizedOperations: number;
}
export interface DescribeGroupsResponseDescribedGroupMember {
    /** The member ID assigned by the group coordinator. */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v4+; nullable) */
    groupInstanceId: string | null;
    /** The client ID used in the member's latest join group request. */
    clientId: string;
    /** The client host. */
    clientHost: string;
    /** The metadata corresponding to the current group protocol in use. */
    memberMetadata: Buffer;
    /** The current assignment provided by the group leader. */
    memberAssignment: Buffer;
}
export declare function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse;
export declare function encodeDescribeGroupsResponse(w: Writer, m: DescribeGroupsResponse, v: number): void;
