import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface OffsetFetchRequest {
    /** The group to fetch offsets for. */
    groupId: string;
    /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (nullable v2+) */
    topics: OffsetFetchRequestTopic[] | null;
    /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (v7+) */
    requireStable: boolean;
}
export interface OffsetFetchRequestTopic {
    /** The topic name. */
    name: string;
    /** The partition indexes we would like to fetch offsets for. */
    partitionIndexes: number[];
}
export declare function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest;
export declare function encodeOffsetFetchRequest(w: Writer, m: OffsetFetchRequest, v: number): void;
export interface OffsetFetchResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+) */
    throttleTimeMs: number;
    /** The responses per topic. */
    topics: OffsetFetchResponseTopic[];
    /** The top-level error code, or 0 if there was no error. (v2+) */
    errorCode: number;
}
export interface OffsetFetchResponseTopic {
    /** The topic name. */
    name: string;
    /** The responses per partition */
    partitions: OffsetFetchResponsePartition[];
}
export interface OffsetFetchResponsePartition {
    /** The partition index. */
    partitionIndex: number;
    /** The committed message offset. */
    committedOffset: number;
    /** The leader epoch. (v5+) */
    committedLeaderEpoch: number;
    /** The partition metadata. (nullable) */
    metadata: string | null;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse;
export declare function encodeOffsetFetchResponse(w: Writer, m: OffsetFetchResponse, v: number): void;
