import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface EndTxnRequest {
    /** The ID of the transaction to end. */
    transactionalId: string;
    /** The producer ID. */
    producerId: number;
    /** The current epoch associated with the producer. */
    producerEpoch: number;
    /** True if the transaction was committed, false if it was aborted. */
    committed: boolean;
}
export declare function decodeEndTxnRequest(r: Reader, _v: number): EndTxnRequest;
export declare function encodeEndTxnRequest(w: Writer, m: EndTxnRequest, _v: number): void;
export interface EndTxnResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeEndTxnResponse(r: Reader, _v: number): EndTxnResponse;
export declare function encodeEndTxnResponse(w: Writer, m: EndTxnResponse, _v: number): void;
