import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface InitProducerIdRequest {
    /** The transactional id, or null if the producer is not transactional. (nullable) */
    transactionalId: string | null;
    /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. */
    transactionTimeoutMs: number;
    /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (v3+) */
    producerId: number;
    /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (v3+) */
    producerEpoch: number;
}
export declare function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest;
export declare function encodeInitProducerIdRequest(w: Writer, m: InitProducerIdRequest, v: number): void;
export interface InitProducerIdResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The current producer id. */
    producerId: number;
    /** The current epoch associated with the producer id. */
    producerEpoch: number;
}
export declare function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse;
export declare function encodeInitProducerIdResponse(w: Writer, m: InitProducerIdResponse, v: number): void;
