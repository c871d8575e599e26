import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface OffsetDeleteRequest {
    /** The unique group identifier. */
    groupId: string;
    /** The topics to delete offsets for */
    topics: OffsetDeleteRequestTopic[];
}
export interface OffsetDeleteRequestTopic {
    /** The topic name. */
    name: string;
    /** Each partition to delete offsets for. */
    partitions: OffsetDeleteRequestPartition[];
}
export interface OffsetDeleteRequestPartition {
    /** The partition index. */
    partitionIndex: number;
}
export declare function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest;
export declare function encodeOffsetDeleteRequest(w: Writer, m: OffsetDeleteRequest, v: number): void;
export interface OffsetDeleteResponse {
    /** The top-level error code, or 0 if there was no error. */
    errorCode: number;
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The responses for each topic. */
    topics: OffsetDeleteResponseTopic[];
}
export interface OffsetDeleteResponseTopic {
    /** The topic name. */
    name: string;
    /** The responses for each partition in the topic. */
    partitions: OffsetDeleteResponsePartition[];
}
export interface OffsetDeleteResponsePartition {
    /** The partition index. */
    partitionIndex: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse;
export declare function encodeOffsetDeleteResponse(w: Writer, m: OffsetDeleteResponse, v: number): void;
