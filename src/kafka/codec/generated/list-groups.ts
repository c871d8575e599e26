// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ListGroupsRequest.json and ListGroupsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readStringClassic, readStringCompact } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeStringClassic, writeStringCompact } from '../writer.js';

// ---- ListGroups request (api key 16), versions 0-4, flexible from 3

export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (v4+) */
  statesFilter: string[];
}

export function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  const flex = v >= 3;
  const fStatesFilter = v >= 4 ? r.array(flex, v, (flex ? readStringCompact : readStringClassic)) : [];
  if (flex) r.skipTaggedFields();
  return { statesFilter: fStatesFilter };
}

export function encodeListGroupsRequest(w: Writer, m: ListGroupsRequest, v: number): void {
  const flex = v >= 3;
  if (v >= 4) w.array(m.statesFilter, flex, v, (flex ? writeStringCompact : writeStringClassic));
  if (flex) w.uvarint(0);
}

// ---- ListGroups response (api key 16), versions 0-4, flexible from 3

export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each group in the response. */
  groups: ListGroupsResponseListedGroup[];
}

export interface ListGroupsResponseListedGroup {
  /** The group ID. */
  groupId: string;
  /** The group protocol type. */
  protocolType: string;
  /** The group state name. (v4+) */
  groupState: string;
}

export function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const flex = v >= 3;
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fErrorCode = r.int16();
  const fGroups = r.array(flex, v, readListGroupsResponseListedGroup);
  if (flex) r.skipTaggedFields();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, groups: fGroups };
}

export function encodeListGroupsResponse(w: Writer, m: ListGroupsResponse, v: number): void {
  const flex = v >= 3;
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.array(m.groups, flex, v, writeListGroupsResponseListedGroup);
  if (flex) w.uvarint(0);
}

function readListGroupsResponseListedGroup(r: Reader, v: number): ListGroupsResponseListedGroup {
  const flex = v >= 3;
  const fGroupId = r.string(flex);
  const fProtocolType = r.string(flex);
  const fGroupState = v >= 4 ? r.string(flex) : "";
  if (flex) r.skipTaggedFields();
  return { groupId: fGroupId, protocolType: fProtocolType, groupState: fGroupState };
}

function writeListGroupsResponseListedGroup(w: Writer, m: ListGroupsResponseListedGroup, v: number): void {
  const flex = v >= 3;
  w.string(m.groupId, flex);
  w.string(m.protocolType, flex);
  if (v >= 4) w.string(m.groupState, flex);
  if (flex) w.uvarint(0);
}
