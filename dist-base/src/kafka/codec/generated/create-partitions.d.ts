import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface CreatePartitionsRequest {
    /** Each topic that we want to create new partitions inside. */
    topics: CreatePartitionsRequestCreatePartitionsTopic[];
    /** The time in ms to wait for the partitions to be created. */
    timeoutMs: number;
    /** If true, then validate the request, but don't actually increase the number of partitions. */
    validateOnly: boolean;
}
export interface CreatePartitionsRequestCreatePartitionsTopic {
    /** The topic name. */
    name: string;
    /** The new partition count. */
    count: number;
    /** The new partition assignments. (nullable) */
    assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
}
export interface CreatePartitionsRequestCreatePartitionsAssignment {
    /** The assigned broker IDs. */
    brokerIds: number[];
}
export declare function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest;
export declare function encodeCreatePartitionsRequest(w: Writer, m: CreatePartitionsRequest, v: number): void;
export interface CreatePartitionsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The partition creation results for each topic. */
    results: CreatePartitionsResponseCreatePartitionsTopicResult[];
}
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
    /** The topic name. */
    name: string;
    /** The result error, or zero if there was no error. */
    errorCode: number;
    /** The result message, or null if there was no error. (nullable) */
    errorMessage: string | null;
}
export declare function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse;
export declare function encodeCreatePartitionsResponse(w: Writer, m: CreatePartitionsResponse, v: number): void;
