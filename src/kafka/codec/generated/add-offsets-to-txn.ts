// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from AddOffsetsToTxnRequest.json and AddOffsetsToTxnResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- AddOffsetsToTxn request (api key 25), versions 0-1

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

export function decodeAddOffsetsToTxnRequest(r: Reader, _v: number): AddOffsetsToTxnRequest {
  const fTransactionalId = r.string(false);
  const fProducerId = r.int64();
  const fProducerEpoch = r.int16();
  const fGroupId = r.string(false);
  return { transactionalId: fTransactionalId, producerId: fProducerId, producerEpoch: fProducerEpoch, groupId: fGroupId };
}

export function encodeAddOffsetsToTxnRequest(w: Writer, m: AddOffsetsToTxnRequest, _v: number): void {
  w.string(m.transactionalId, false);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.string(m.groupId, false);
}

// ---- AddOffsetsToTxn response (api key 25), versions 0-1

export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeAddOffsetsToTxnResponse(r: Reader, _v: number): AddOffsetsToTxnResponse {
  const fThrottleTimeMs = r.int32();
  const fErrorCode = r.int16();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode };
}

export function encodeAddOffsetsToTxnResponse(w: Writer, m: AddOffsetsToTxnResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
}
