import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface ProduceRequest {
    /** The transactional ID, or null if the producer is not transactional. (v3+; nullable) */
    transactionalId: string | null;
    /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. */
    acks: number;
    /** The timeout to await a response in milliseconds. */
    timeoutMs: number;
    /** Each topic to produce to. */
    topicData: ProduceRequestTopicProduceData[];
}
export interface ProduceRequestTopicProduceData {
    /** The topic name. */
    name: string;
    /** Each partition to produce to. */
    partitionData: ProduceRequestPartitionProduceData[];
}
export interface ProduceRequestPartitionProduceData {
    /** The partition index. */
    index: number;
    /** The record data to be produced. */
    records: Buffer | null;
}
export declare function decodeProduceRequest(r: Reader, v: number): ProduceRequest;
export declare function encodeProduceRequest(w: Writer, m: ProduceRequest, v: number): void;
export interface ProduceResponse {
    /** Each produce response */
    responses: ProduceResponseTopicProduceResponse[];
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
}
export interface ProduceResponseTopicProduceResponse {
    /** The topic name */
    name: string;
    /** Each partition that we produced to within the topic. */
    partitionResponses: ProduceResponsePartitionProduceResponse[];
}
export interface ProduceResponsePartitionProduceResponse {
    /** The partition index. */
    index: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The base offset. */
    baseOffset: number;
    /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (v2+) */
    logAppendTimeMs: number;
    /** The log start offset. (v5+) */
    logStartOffset: number;
}
export declare function decodeProduceResponse(r: Reader, v: number): ProduceResponse;
export declare function encodeProduceResponse(w: Writer, m: ProduceResponse, v: number): void;
