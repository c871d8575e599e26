import type { Reader } from '../reader.js';
import type { Records } from '../writer.js';
import type { Writer } from '../writer.js';
export interface FetchRequest {
    /** The broker ID of the follower, of -1 if this request is from a consumer. */
    replicaId: number;
    /** The maximum time in milliseconds to wait for the response. */
    maxWaitMs: number;
    /** The minimum bytes to accumulate in the response. */
    minBytes: number;
    /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (v3+) */
    maxBytes: number;
    /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (v4+) */
    isolationLevel: number;
    /** The fetch session ID. (v7+) */
    sessionId: number;
    /** The fetch session epoch, which is used for ordering requests in a session. (v7+) */
    sessionEpoch: number;
    /** The topics to fetch. */
    topics: FetchRequestFetchTopic[];
    /** In an incremental fetch request, the partitions to remove. (v7+) */
    forgottenTopicsData: FetchRequestForgottenTopic[];
    /** Rack ID of the consumer making this request (v11+) */
    rackId: string;
}
export interface FetchRequestFetchTopic {
    /** The name of the topic to fetch. */
    topic: string;
    /** The partitions to fetch. */
    partitions: FetchRequestFetchPartition[];
}
export interface FetchRequestFetchPartition {
    /** The partition index. */
    partition: number;
    /** The current leader epoch of the partition. (v9+) */
    currentLeaderEpoch: number;
    /** The message offset. */
    fetchOffset: number;
    /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. (v5+) */
    logStartOffset: number;
    /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. */
    partitionMaxBytes: number;
}
export interface FetchRequestForgottenTopic {
    /** The topic name. */
    topic: string;
    /** The partitions indexes to forget. */
    partitions: number[];
}
export declare function decodeFetchRequest(r: Reader, v: number): FetchRequest;
export declare function encodeFetchRequest(w: Writer, m: FetchRequest, v: number): void;
export interface FetchResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** The top level response error code. (v7+) */
    errorCode: number;
    /** The fetch session ID, or 0 if this is not part of a fetch session. (v7+) */
    sessionId: number;
    /** The response topics. */
    responses: FetchResponseFetchableTopicResponse[];
}
export interface FetchResponseFetchableTopicResponse {
    /** The topic name. */
    topic: string;
    /** The topic partitions. */
    partitions: FetchResponsePartitionData[];
}
export interface FetchResponsePartitionData {
    /** The partition index. */
    partitionIndex: number;
    /** The error code, or 0 if there was no fetch error. */
    errorCode: number;
    /** The current high water mark. */
    highWatermark: number;
    /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) (v4+) */
    lastStableOffset: number;
    /** The current log start offset. (v5+) */
    logStartOffset: number;
    /** The aborted transactions. (v4+; nullable) */
    abortedTransactions: FetchResponseAbortedTransaction[] | null;
    /** The preferred read replica for the consumer to use on its next fetch request (v11+) */
    preferredReadReplica: number;
    /** The record data. */
    records: Records;
}
export interface FetchResponseAbortedTransaction {
    /** The producer id associated with the aborted transaction. */
    producerId: number;
    /** The first offset in the aborted transaction. */
    firstOffset: number;
}
export declare function decodeFetchResponse(r: Reader, v: number): FetchResponse;
export declare function encodeFetchResponse(w: Writer, m: FetchResponse, v: number): void;
