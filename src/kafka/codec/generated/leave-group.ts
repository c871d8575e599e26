// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from LeaveGroupRequest.json and LeaveGroupResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- LeaveGroup request (api key 13), versions 0-3

export interface LeaveGroupRequest {
  /** The ID of the group to leave. */
  groupId: string;
  /** The member ID to remove from the group. (v0-2) */
  memberId: string;
  /** List of leaving member identities. (v3+) */
  members: LeaveGroupRequestMemberIdentity[];
}

export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. */
  memberId: string;
  /** The group instance ID to remove from the group. (nullable) */
  groupInstanceId: string | null;
}

export function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const fGroupId = r.string(false);
  const fMemberId = v <= 2 ? r.string(false) : "";
  const fMembers = v >= 3 ? r.array(false, v, readLeaveGroupRequestMemberIdentity) : [];
  return { groupId: fGroupId, memberId: fMemberId, members: fMembers };
}

export function encodeLeaveGroupRequest(w: Writer, m: LeaveGroupRequest, v: number): void {
  w.string(m.groupId, false);
  if (v <= 2) w.string(m.memberId, false);
  if (v >= 3) w.array(m.members, false, v, writeLeaveGroupRequestMemberIdentity);
}

function readLeaveGroupRequestMemberIdentity(r: Reader, _v: number): LeaveGroupRequestMemberIdentity {
  const fMemberId = r.string(false);
  const fGroupInstanceId = r.nullableString(false);
  return { memberId: fMemberId, groupInstanceId: fGroupInstanceId };
}

function writeLeaveGroupRequestMemberIdentity(w: Writer, m: LeaveGroupRequestMemberIdentity, _v: number): void {
  w.string(m.memberId, false);
  w.nullableString(m.groupInstanceId, false);
}

// ---- LeaveGroup response (api key 13), versions 0-3

export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** List of leaving member responses. (v3+) */
  members: LeaveGroupResponseMemberResponse[];
}

export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. */
  memberId: string;
  /** The group instance ID to remove from the group. (nullable) */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fErrorCode = r.int16();
  const fMembers = v >= 3 ? r.array(false, v, readLeaveGroupResponseMemberResponse) : [];
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, members: fMembers };
}

export function encodeLeaveGroupResponse(w: Writer, m: LeaveGroupResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (v >= 3) w.array(m.members, false, v, writeLeaveGroupResponseMemberResponse);
}

function readLeaveGroupResponseMemberResponse(r: Reader, _v: number): LeaveGroupResponseMemberResponse {
  const fMemberId = r.string(false);
  const fGroupInstanceId = r.nullableString(false);
  const fErrorCode = r.int16();
  return { memberId: fMemberId, groupInstanceId: fGroupInstanceId, errorCode: fErrorCode };
}

function writeLeaveGroupResponseMemberResponse(w: Writer, m: LeaveGroupResponseMemberResponse, _v: number): void {
  w.string(m.memberId, false);
  w.nullableString(m.groupInstanceId, false);
  w.int16(m.errorCode);
}
