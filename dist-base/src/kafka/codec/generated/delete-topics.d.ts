import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface DeleteTopicsRequest {
    /** The names of the topics to delete */
    topicNames: string[];
    /** The length of time in milliseconds to wait for the deletions to complete. */
    timeoutMs: number;
}
export declare function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest;
export declare function encodeDeleteTopicsRequest(w: Writer, m: DeleteTopicsRequest, v: number): void;
export interface DeleteTopicsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The results for each topic we tried to delete. */
    responses: DeleteTopicsResponseDeletableTopicResult[];
}
export interface DeleteTopicsResponseDeletableTopicResult {
    /** The topic name */
    name: string;
    /** The deletion error, or 0 if the deletion succeeded. */
    errorCode: number;
}
export declare function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse;
export declare function encodeDeleteTopicsResponse(w: Writer, m: DeleteTopicsResponse, v: number): void;
