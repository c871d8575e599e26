import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface OffsetCommitRequest {
    /** The unique group identifier. */
    groupId: string;
    /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (v1+) */
    generationIdOrMemberEpoch: number;
    /** The member ID assigned by the group coordinator. (v1+) */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v7+; nullable) */
    groupInstanceId: string | null;
    /** The time period in ms to retain the offset. (v2-4) */
    retentionTimeMs: number;
    /** The topics to commit offsets for. */
    topics: OffsetCommitRequestTopic[];
}
export interface OffsetCommitRequestTopic {
    /** The topic name. */
    name: string;
    /** Each partition to commit offsets for. */
    partitions: OffsetCommitRequestPartition[];
}
export interface OffsetCommitRequestPartition {
    /** The partition index. */
    partitionIndex: number;
    /** The message offset to be committed. */
    committedOffset: number;
    /** The leader epoch of this partition. (v6+) */
    committedLeaderEpoch: number;
    /** The timestamp of the commit. (v1-1) */
    commitTimestamp: number;
    /** Any associated metadata the client wants to keep. (nullable) */
    committedMetadata: string | null;
}
export declare function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest;
export declare function encodeOffsetCommitRequest(w: Writer, m: OffsetCommitRequest, v: number): void;
export interface OffsetCommitResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+) */
    throttleTimeMs: number;
    /** The responses for each topic. */
    topics: OffsetCommitResponseTopic[];
}
export interface OffsetCommitResponseTopic {
    /** The topic name. */
    name: string;
    /** The responses for each partition in the topic. */
    partitions: OffsetCommitResponsePartition[];
}
export interface OffsetCommitResponsePartition {
    /** The partition index. */
    partitionIndex: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse;
export declare function encodeOffsetCommitResponse(w: Writer, m: OffsetCommitResponse, v: number): void;
