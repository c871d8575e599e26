// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DescribeGroupsRequest.json and DescribeGroupsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readStringClassic } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeStringClassic } from '../writer.js';

// ---- DescribeGroups request (api key 15), versions 0-4

export interface DescribeGroupsRequest {
  /** The names of the groups to describe */
  groups: string[];
  /** Whether to include authorized operations. (v3+) */
  includeAuthorizedOperations: boolean;
}

export function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  const fGroups = r.array(false, v, readStringClassic);
  const fIncludeAuthorizedOperations = v >= 3 ? r.bool() : false;
  return { groups: fGroups, includeAuthorizedOperations: fIncludeAuthorizedOperations };
}

export function encodeDescribeGroupsRequest(w: Writer, m: DescribeGroupsRequest, v: number): void {
  w.array(m.groups, false, v, writeStringClassic);
  if (v >= 3) w.bool(m.includeAuthorizedOperations);
}

// ---- DescribeGroups response (api key 15), versions 0-4

export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** Each described group. */
  groups: DescribeGroupsResponseDescribedGroup[];
}

export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. */
  errorCode: number;
  /** The group ID string. */
  groupId: string;
  /** The group state string, or the empty string. */
  groupState: string;
  /** The group protocol type, or the empty string. */
  protocolType: string;
  /** The group protocol data, or the empty string. */
  protocolData: string;
  /** The group members. */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (v3+) */
  authorizedOperations: number;
}

export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v4+; nullable) */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. */
  memberAssignment: Buffer;
}

export function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fGroups = r.array(false, v, readDescribeGroupsResponseDescribedGroup);
  return { throttleTimeMs: fThrottleTimeMs, groups: fGroups };
}

export function encodeDescribeGroupsResponse(w: Writer, m: DescribeGroupsResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.array(m.groups, false, v, writeDescribeGroupsResponseDescribedGroup);
}

function readDescribeGroupsResponseDescribedGroup(r: Reader, v: number): DescribeGroupsResponseDescribedGroup {
  const fErrorCode = r.int16();
  const fGroupId = r.string(false);
  const fGroupState = r.string(false);
  const fProtocolType = r.string(false);
  const fProtocolData = r.string(false);
  const fMembers = r.array(false, v, readDescribeGroupsResponseDescribedGroupMember);
  const fAuthorizedOperations = v >= 3 ? r.int32() : -2147483648;
  return { errorCode: fErrorCode, groupId: fGroupId, groupState: fGroupState, protocolType: fProtocolType, protocolData: fProtocolData, members: fMembers, authorizedOperations: fAuthorizedOperations };
}

function writeDescribeGroupsResponseDescribedGroup(w: Writer, m: DescribeGroupsResponseDescribedGroup, v: number): void {
  w.int16(m.errorCode);
  w.string(m.groupId, false);
  w.string(m.groupState, false);
  w.string(m.protocolType, false);
  w.string(m.protocolData, false);
  w.array(m.members, false, v, writeDescribeGroupsResponseDescribedGroupMember);
  if (v >= 3) w.int32(m.authorizedOperations);
}

function readDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember {
  const fMemberId = r.string(false);
  const fGroupInstanceId = v >= 4 ? r.nullableString(false) : null;
  const fClientId = r.string(false);
  const fClientHost = r.string(false);
  const fMemberMetadata = r.bytes(false);
  const fMemberAssignment = r.bytes(false);
  return { memberId: fMemberId, groupInstanceId: fGroupInstanceId, clientId: fClientId, clientHost: fClientHost, memberMetadata: fMemberMetadata, memberAssignment: fMemberAssignment };
}

function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, m: DescribeGroupsResponseDescribedGroupMember, v: number): void {
  w.string(m.memberId, false);
  if (v >= 4) w.nullableString(m.groupInstanceId, false);
  w.string(m.clientId, false);
  w.string(m.clientHost, false);
  w.bytes(m.memberMetadata, false);
  w.bytes(m.memberAssignment, false);
}
