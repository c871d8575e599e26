import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface DeleteRecordsRequest {
    /** Each topic that we want to delete records from. */
    topics: DeleteRecordsRequestDeleteRecordsTopic[];
    /** How long to wait for the deletion to complete, in milliseconds. */
    timeoutMs: number;
}
export interface DeleteRecordsRequestDeleteRecordsTopic {
    /** The topic name. */
    name: string;
    /** Each partition that we want to delete records from. */
    partitions: DeleteRecordsRequestDeleteRecordsPartition[];
}
export interface DeleteRecordsRequestDeleteRecordsPartition {
    /** The partition index. */
    partitionIndex: number;
    /** The deletion offset. */
    offset: number;
}
export declare function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest;
export declare function encodeDeleteRecordsRequest(w: Writer, m: DeleteRecordsRequest, v: number): void;
export interface DeleteRecordsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** Each topic that we wanted to delete records from. */
    topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
}
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
    /** The topic name. */
    name: string;
    /** Each partition that we wanted to delete records from. */
    partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
}
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
    /** The partition index. */
    partitionIndex: number;
    /** The partition low water mark. */
    lowWatermark: number;
    /** The deletion error code, or 0 if the deletion succeeded. */
    errorCode: number;
}
export declare function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse;
export declare function encodeDeleteRecordsResponse(w: Writer, m: DeleteRecordsResponse, v: number): void;
