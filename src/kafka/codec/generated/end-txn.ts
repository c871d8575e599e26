// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from EndTxnRequest.json and EndTxnResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- EndTxn request (api key 26), versions 0-1

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

export function decodeEndTxnRequest(r: Reader, _v: number): EndTxnRequest {
  const fTransactionalId = r.string(false);
  const fProducerId = r.int64();
  const fProducerEpoch = r.int16();
  const fCommitted = r.bool();
  return { transactionalId: fTransactionalId, producerId: fProducerId, producerEpoch: fProducerEpoch, committed: fCommitted };
}

export function encodeEndTxnRequest(w: Writer, m: EndTxnRequest, _v: number): void {
  w.string(m.transactionalId, false);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.committed);
}

// ---- EndTxn response (api key 26), versions 0-1

export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeEndTxnResponse(r: Reader, _v: number): EndTxnResponse {
  const fThrottleTimeMs = r.int32();
  const fErrorCode = r.int16();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode };
}

export function encodeEndTxnResponse(w: Writer, m: EndTxnResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
}
