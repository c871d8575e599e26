// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from JoinGroupRequest.json and JoinGroupResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- JoinGroup request (api key 11), versions 0-5

export interface JoinGroupRequest {
  /** The group identifier. */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (v1+) */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v5+; nullable) */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. */
  protocolType: string;
  /** The list of protocols that the member supports. */
  protocols: JoinGroupRequestProtocol[];
}

export interface JoinGroupRequestProtocol {
  /** The protocol name. */
  name: string;
  /** The protocol metadata. */
  metadata: Buffer;
}

export function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const fGroupId = r.string(false);
  const fSessionTimeoutMs = r.int32();
  const fRebalanceTimeoutMs = v >= 1 ? r.int32() : -1;
  const fMemberId = r.string(false);
  const fGroupInstanceId = v >= 5 ? r.nullableString(false) : null;
  const fProtocolType = r.string(false);
  const fProtocols = r.array(false, v, readJoinGroupRequestProtocol);
  return { groupId: fGroupId, sessionTimeoutMs: fSessionTimeoutMs, rebalanceTimeoutMs: fRebalanceTimeoutMs, memberId: fMemberId, groupInstanceId: fGroupInstanceId, protocolType: fProtocolType, protocols: fProtocols };
}

export function encodeJoinGroupRequest(w: Writer, m: JoinGroupRequest, v: number): void {
  w.string(m.groupId, false);
  w.int32(m.sessionTimeoutMs);
  if (v >= 1) w.int32(m.rebalanceTimeoutMs);
  w.string(m.memberId, false);
  if (v >= 5) w.nullableString(m.groupInstanceId, false);
  w.string(m.protocolType, false);
  w.array(m.protocols, false, v, writeJoinGroupRequestProtocol);
}

function readJoinGroupRequestProtocol(r: Reader, _v: number): JoinGroupRequestProtocol {
  const fName = r.string(false);
  const fMetadata = r.bytes(false);
  return { name: fName, metadata: fMetadata };
}

function writeJoinGroupRequestProtocol(w: Writer, m: JoinGroupRequestProtocol, _v: number): void {
  w.string(m.name, false);
  w.bytes(m.metadata, false);
}

// ---- JoinGroup response (api key 11), versions 0-5

export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The generation ID of the group. */
  generationId: number;
  /** The group protocol selected by the coordinator. */
  protocolName: string;
  /** The leader of the group. */
  leader: string;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /**  */
  members: JoinGroupResponseMember[];
}

export interface JoinGroupResponseMember {
  /** The group member ID. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v5+; nullable) */
  groupInstanceId: string | null;
  /** The group member metadata. */
  metadata: Buffer;
}

export function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const fThrottleTimeMs = v >= 2 ? r.int32() : 0;
  const fErrorCode = r.int16();
  const fGenerationId = r.int32();
  const fProtocolName = r.string(false);
  const fLeader = r.string(false);
  const fMemberId = r.string(false);
  const fMembers = r.array(false, v, readJoinGroupResponseMember);
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, generationId: fGenerationId, protocolName: fProtocolName, leader: fLeader, memberId: fMemberId, members: fMembers };
}

export function encodeJoinGroupResponse(w: Writer, m: JoinGroupResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName, false);
  w.string(m.leader, false);
  w.string(m.memberId, false);
  w.array(m.members, false, v, writeJoinGroupResponseMember);
}

function readJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const fMemberId = r.string(false);
  const fGroupInstanceId = v >= 5 ? r.nullableString(false) : null;
  const fMetadata = r.bytes(false);
  return { memberId: fMemberId, groupInstanceId: fGroupInstanceId, metadata: fMetadata };
}

function writeJoinGroupResponseMember(w: Writer, m: JoinGroupResponseMember, v: number): void {
  w.string(m.memberId, false);
  if (v >= 5) w.nullableString(m.groupInstanceId, false);
  w.bytes(m.metadata, false);
}
