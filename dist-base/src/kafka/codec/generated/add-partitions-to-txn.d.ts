import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface AddPartitionsToTxnRequest {
    /** The transactional id corresponding to the transaction. */
    v3AndBelowTransactionalId: string;
    /** Current producer id in use by the transactional id. */
    v3AndBelowProducerId: number;
    /** Current epoch associated with the producer id. */
    v3AndBelowProducerEpoch: number;
    /** The partitions to add to the transaction. */
    v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
    /** The name of the topic. */
    name: string;
    /** The partition indexes to add to the transaction */
    partitions: number[];
}
export declare function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest;
export declare function encodeAddPartitionsToTxnRequest(w: Writer, m: AddPartitionsToTxnRequest, v: number): void;
export interface AddPartitionsToTxnResponse {
    /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The results for each topic. */
    resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
    /** The topic name. */
    name: string;
    /** The results for each partition */
    resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
    /** The partition indexes. */
    partitionIndex: number;
    /** The response error code. */
    partitionErrorCode: number;
}
export declare function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse;
export declare function encodeAddPartitionsToTxnResponse(w: Writer, m: AddPartitionsToTxnResponse, v: number): void;
