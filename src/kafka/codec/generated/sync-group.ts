// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from SyncGroupRequest.json and SyncGroupResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- SyncGroup request (api key 14), versions 0-3

export interface SyncGroupRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The generation of the group. */
  generationId: number;
  /** The member ID assigned by the group. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v3+; nullable) */
  groupInstanceId: string | null;
  /** Each assignment. */
  assignments: SyncGroupRequestAssignment[];
}

export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. */
  memberId: string;
  /** The member assignment. */
  assignment: Buffer;
}

export function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const fGroupId = r.string(false);
  const fGenerationId = r.int32();
  const fMemberId = r.string(false);
  const fGroupInstanceId = v >= 3 ? r.nullableString(false) : null;
  const fAssignments = r.array(false, v, readSyncGroupRequestAssignment);
  return { groupId: fGroupId, generationId: fGenerationId, memberId: fMemberId, groupInstanceId: fGroupInstanceId, assignments: fAssignments };
}

export function encodeSyncGroupRequest(w: Writer, m: SyncGroupRequest, v: number): void {
  w.string(m.groupId, false);
  w.int32(m.generationId);
  w.string(m.memberId, false);
  if (v >= 3) w.nullableString(m.groupInstanceId, false);
  w.array(m.assignments, false, v, writeSyncGroupRequestAssignment);
}

function readSyncGroupRequestAssignment(r: Reader, _v: number): SyncGroupRequestAssignment {
  const fMemberId = r.string(false);
  const fAssignment = r.bytes(false);
  return { memberId: fMemberId, assignment: fAssignment };
}

function writeSyncGroupRequestAssignment(w: Writer, m: SyncGroupRequestAssignment, _v: number): void {
  w.string(m.memberId, false);
  w.bytes(m.assignment, false);
}

// ---- SyncGroup response (api key 14), versions 0-3

export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The member assignment. */
  assignment: Buffer;
}

export function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fErrorCode = r.int16();
  const fAssignment = r.bytes(false);
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, assignment: fAssignment };
}

export function encodeSyncGroupResponse(w: Writer, m: SyncGroupResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.bytes(m.assignment, false);
}
