import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface AddOffsetsToTxnRequest {
    /** The transactional id corresponding to the transaction. */
    transactionalId: string;
    /** Current producer id in use by the transactional id. */
    producerId: number;
    /** Current epoch associated with the producer id. */
    producerEpoch: number;
    /** The unique group identifier. */
    groupId: string;
}
export declare function decodeAddOffsetsToTxnRequest(r: Reader, _v: number): AddOffsetsToTxnRequest;
export declare function encodeAddOffsetsToTxnRequest(w: Writer, m: AddOffsetsToTxnRequest, _v: number): void;
export interface AddOffsetsToTxnResponse {
    /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The response error code, or 0 if there was no error. */
    errorCode: number;
}
export declare function decodeAddOffsetsToTxnResponse(r: Reader, _v: number): AddOffsetsToTxnResponse;
export declare function encodeAddOffsetsToTxnResponse(w: Writer, m: AddOffsetsToTxnResponse, _v: number): void;
