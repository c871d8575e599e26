// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from InitProducerIdRequest.json and InitProducerIdResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- InitProducerId request (api key 22), versions 0-4, flexible from 2

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

export function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const flex = v >= 2;
  const fTransactionalId = r.nullableString(flex);
  const fTransactionTimeoutMs = r.int32();
  const fProducerId = v >= 3 ? r.int64() : -1;
  const fProducerEpoch = v >= 3 ? r.int16() : -1;
  if (flex) r.skipTaggedFields();
  return { transactionalId: fTransactionalId, transactionTimeoutMs: fTransactionTimeoutMs, producerId: fProducerId, producerEpoch: fProducerEpoch };
}

export function encodeInitProducerIdRequest(w: Writer, m: InitProducerIdRequest, v: number): void {
  const flex = v >= 2;
  w.nullableString(m.transactionalId, flex);
  w.int32(m.transactionTimeoutMs);
  if (v >= 3) w.int64(m.producerId);
  if (v >= 3) w.int16(m.producerEpoch);
  if (flex) w.uvarint(0);
}

// ---- InitProducerId response (api key 22), versions 0-4, flexible from 2

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

export function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const flex = v >= 2;
  const fThrottleTimeMs = r.int32();
  const fErrorCode = r.int16();
  const fProducerId = r.int64();
  const fProducerEpoch = r.int16();
  if (flex) r.skipTaggedFields();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, producerId: fProducerId, producerEpoch: fProducerEpoch };
}

export function encodeInitProducerIdResponse(w: Writer, m: InitProducerIdResponse, v: number): void {
  const flex = v >= 2;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (flex) w.uvarint(0);
}
