import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface CreateTopicsRequest {
    /** The topics to create. */
    topics: CreateTopicsRequestCreatableTopic[];
    /** How long to wait in milliseconds before timing out the request. */
    timeoutMs: number;
    /** If true, check that the topics can be created as specified, but don't create anything. (v1+) */
    validateOnly: boolean;
}
export interface CreateTopicsRequestCreatableTopic {
    /** The topic name. */
    name: string;
    /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. */
    numPartitions: number;
    /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. */
    replicationFactor: number;
    /** The manual partition assignment, or the empty array if we are using automatic assignment. */
    assignments: CreateTopicsRequestCreatableReplicaAssignment[];
    /** The custom topic configurations to set. */
    configs: CreateTopicsRequestCreatableTopicConfig[];
}
export interface CreateTopicsRequestCreatableReplicaAssignment {
    /** The partition index. */
    partitionIndex: number;
    /** The brokers to place the partition on. */
    brokerIds: number[];
}
export interface CreateTopicsRequestCreatableTopicConfig {
    /** The configuration name. */
    name: string;
    /** The configuration value. (nullable) */
    value: string | null;
}
export declare function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest;
export declare function encodeCreateTopicsRequest(w: Writer, m: CreateTopicsRequest, v: number): void;
export interface CreateTopicsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+) */
    throttleTimeMs: number;
    /** Results for each topic we tried to create. */
    topics: CreateTopicsResponseCreatableTopicResult[];
}
export interface CreateTopicsResponseCreatableTopicResult {
    /** The topic name. */
    name: string;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The error message, or null if there was no error. (v1+; nullable) */
    errorMessage: string | null;
}
export declare function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse;
export declare function encodeCreateTopicsResponse(w: Writer, m: CreateTopicsResponse, v: number): void;
