// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from HeartbeatRequest.json and HeartbeatResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- Heartbeat request (api key 12), versions 0-3

export interface HeartbeatRequest {
  /** The group id. */
  groupId: string;
  /** The generation of the group. */
  generationId: number;
  /** The member ID. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v3+; nullable) */
  groupInstanceId: string | null;
}

export function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const fGroupId = r.string(false);
  const fGenerationId = r.int32();
  const fMemberId = r.string(false);
  const fGroupInstanceId = v >= 3 ? r.nullableString(false) : null;
  return { groupId: fGroupId, generationId: fGenerationId, memberId: fMemberId, groupInstanceId: fGroupInstanceId };
}

export function encodeHeartbeatRequest(w: Writer, m: HeartbeatRequest, v: number): void {
  w.string(m.groupId, false);
  w.int32(m.generationId);
  w.string(m.memberId, false);
  if (v >= 3) w.nullableString(m.groupInstanceId, false);
}

// ---- Heartbeat response (api key 12), versions 0-3

export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fErrorCode = r.int16();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode };
}

export function encodeHeartbeatResponse(w: Writer, m: HeartbeatResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
}
