// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from FindCoordinatorRequest.json and FindCoordinatorResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- FindCoordinator request (api key 10), versions 0-2

export interface FindCoordinatorRequest {
  /** The coordinator key. */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.) (v1+) */
  keyType: number;
}

export function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const fKey = r.string(false);
  const fKeyType = v >= 1 ? r.int8() : 0;
  return { key: fKey, keyType: fKeyType };
}

export function encodeFindCoordinatorRequest(w: Writer, m: FindCoordinatorRequest, v: number): void {
  w.string(m.key, false);
  if (v >= 1) w.int8(m.keyType);
}

// ---- FindCoordinator response (api key 10), versions 0-2

export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. (v1+; nullable) */
  errorMessage: string | null;
  /** The node id. */
  nodeId: number;
  /** The host name. */
  host: string;
  /** The port. */
  port: number;
}

export function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fErrorCode = r.int16();
  const fErrorMessage = v >= 1 ? r.nullableString(false) : "";
  const fNodeId = r.int32();
  const fHost = r.string(false);
  const fPort = r.int32();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, errorMessage: fErrorMessage, nodeId: fNodeId, host: fHost, port: fPort };
}

export function encodeFindCoordinatorResponse(w: Writer, m: FindCoordinatorResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (v >= 1) w.nullableString(m.errorMessage, false);
  w.int32(m.nodeId);
  w.string(m.host, false);
  w.int32(m.port);
}
