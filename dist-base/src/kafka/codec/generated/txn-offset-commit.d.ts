import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface TxnOffsetCommitRequest {
    /** The ID of the transaction. */
    transactionalId: string;
    /** The ID of the group. */
    groupId: string;
    /** The current producer ID in use by the transactional ID. */
    producerId: number;
    /** The current epoch associated with the producer ID. */
    producerEpoch: number;
    /** The generation of the consumer. (v3+) */
    generationId: number;
    /** The member ID assigned by the group coordinator. (v3+) */
    memberId: string;
    /** The unique identifier of the consumer instance provided by end user. (v3+; nullable) */
    groupInstanceId: string | null;
    /** Each topic that we want to commit offsets for. */
    topics: TxnOffsetCommitRequestTopic[];
}
export interface TxnOffsetCommitRequestTopic {
    /** The topic name. */
    name: string;
    /** The partitions inside the topic that we want to commit offsets for. */
    partitions: TxnOffsetCommitRequestPartition[];
}
export interface TxnOffsetCommitRequestPartition {
    /** The index of the partition within the topic. */
    partitionIndex: number;
    /** The message offset to be committed. */
    committedOffset: number;
    /** The leader epoch of the last consumed record. (v2+) */
    committedLeaderEpoch: number;
    /** Any associated metadata the client wants to keep. (nullable) */
    committedMetadata: string | null;
}
export declare function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest;
export declare function encodeTxnOffsetCommitRequest(w: Writer, m: TxnOffsetCommitRequest, v: number): void;
export interface TxnOffsetCommitResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The responses for each topic. */
    topics: TxnOffsetCommitResponseTopic[];
}
export interface TxnOffsetCommitResponseTopic {
    /** The topic name. */
    name: string;
    /** The responses for each partition in the topic. */
    partitions: TxnOffsetCommitResponsePartition[];
}
export interface TxnOffsetCommitResponsePartition {
    /** The partition index. */
    partitionIndex: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse;
export declare function encodeTxnOffsetCommitResponse(w: Writer, m: TxnOffsetCommitResponse, v: number): void;
