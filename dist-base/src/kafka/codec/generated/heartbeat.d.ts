import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface HeartbeatRequest {
    /** The group id. */
    groupId: string;
    /** The generation of the group. */
    generationId: number;
    /** The member ID. */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v3+; nullable) */
    groupInstanceId: string | null;
}
export declare function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest;
export declare function encodeHeartbeatRequest(w: Writer, m: HeartbeatRequest, v: number): void;
export interface HeartbeatResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse;
export declare function encodeHeartbeatResponse(w: Writer, m: HeartbeatResponse, v: number): void;
