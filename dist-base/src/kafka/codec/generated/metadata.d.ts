import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface MetadataRequest {
    /** The topics to fetch metadata for. (nullable v1+) */
    topics: MetadataRequestTopic[] | null;
    /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (v4+) */
    allowAutoTopicCreation: boolean;
}
export interface MetadataRequestTopic {
    /** The topic name. */
    name: string;
}
export declare function decodeMetadataRequest(r: Reader, v: number): MetadataRequest;
export declare function encodeMetadataRequest(w: Writer, m: MetadataRequest, v: number): void;
export interface MetadataResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+) */
    throttleTimeMs: number;
    /** A list of brokers present in the cluster. */
    brokers: MetadataResponseBroker[];
    /** The cluster ID that responding broker belongs to. (v2+; nullable) */
    clusterId: string | null;
    /** The ID of the controller broker. (v1+) */
    controllerId: number;
    /** Each topic in the response. */
    topics: MetadataResponseTopic[];
}
export interface MetadataResponseBroker {
    /** The broker ID. */
    nodeId: number;
    /** The broker hostname. */
    host: string;
    /** The broker port. */
    port: number;
    /** The rack of the broker, or null if it has not been assigned to a rack. (v1+; nullable) */
    rack: string | null;
}
export interface MetadataResponseTopic {
    /** The topic error, or 0 if there was no error. */
    errorCode: number;
    /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. */
    name: string;
    /** True if the topic is internal. (v1+) */
    isInternal: boolean;
    /** Each partition in the topic. */
    partitions: MetadataResponsePartition[];
}
export interface MetadataResponsePartition {
    /** The partition error, or 0 if there was no error. */
    errorCode: number;
    /** The partition index. */
    partitionIndex: number;
    /** The ID of the leader broker. */
    leaderId: number;
    /** The set of all nodes that host this partition. */
    replicaNodes: number[];
    /** The set of nodes that are in sync with the leader for this partition. */
    isrNodes: number[];
    /** The set of offline replicas of this partition. (v5+) */
    offlineReplicas: number[];
}
export declare function decodeMetadataResponse(r: Reader, v: number): MetadataResponse;
export declare function encodeMetadataResponse(w: Writer, m: MetadataResponse, v: number): void;
