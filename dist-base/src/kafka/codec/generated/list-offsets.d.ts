import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface ListOffsetsRequest {
    /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. */
    replicaId: number;
    /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (v2+) */
    isolationLevel: number;
    /** Each topic in the request. */
    topics: ListOffsetsRequestListOffsetsTopic[];
}
export interface ListOffsetsRequestListOffsetsTopic {
    /** The topic name. */
    name: string;
    /** Each partition in the request. */
    partitions: ListOffsetsRequestListOffsetsPartition[];
}
export interface ListOffsetsRequestListOffsetsPartition {
    /** The partition index. */
    partitionIndex: number;
    /** The current timestamp. */
    timestamp: number;
    /** The maximum number of offsets to report. (v0-0) */
    maxNumOffsets: number;
}
export declare function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest;
export declare function encodeListOffsetsRequest(w: Writer, m: ListOffsetsRequest, v: number): void;
export interface ListOffsetsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+) */
    throttleTimeMs: number;
    /** Each topic in the response. */
    topics: ListOffsetsResponseListOffsetsTopicResponse[];
}
export interface ListOffsetsResponseListOffsetsTopicResponse {
    /** The topic name */
    name: string;
    /** Each partition in the response. */
    partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
}
export interface ListOffsetsResponseListOffsetsPartitionResponse {
    /** The partition index. */
    partitionIndex: number;
    /** The partition error code, or 0 if there was no error. */
    errorCode: number;
    /** The result offsets. (v0-0) */
    oldStyleOffsets: number[];
    /** The timestamp associated with the returned offset. (v1+) */
    timestamp: number;
    /** The returned offset. (v1+) */
    offset: number;
}
export declare function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse;
export declare function encodeListOffsetsResponse(w: Writer, m: ListOffsetsResponse, v: number): void;
