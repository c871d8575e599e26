import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface FindCoordinatorRequest {
    /** The coordinator key. */
    key: string;
    /** The coordinator key type. (Group, transaction, etc.) (v1+) */
    keyType: number;
}
export declare function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest;
export declare function encodeFindCoordinatorRequest(w: Writer, m: FindCoordinatorRequest, v: number): void;
export interface FindCoordinatorResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The error message, or null if there was no error. (v1+; nullable) */
    errorMessage: string | null;
    /** The node id. */
    nodeId: number;
    /** The host name. */
    host: string;
    /** The port. */
    port: number;
}
export declare function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse;
export declare function encodeFindCoordinatorResponse(w: Writer, m: FindCoordinatorResponse, v: number): void;
