// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DeleteGroupsRequest.json and DeleteGroupsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readStringClassic } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeStringClassic } from '../writer.js';

// ---- DeleteGroups request (api key 42), versions 0-1

export interface DeleteGroupsRequest {
  /** The group names to delete. */
  groupsNames: string[];
}

export function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  const fGroupsNames = r.array(false, v, readStringClassic);
  return { groupsNames: fGroupsNames };
}

export function encodeDeleteGroupsRequest(w: Writer, m: DeleteGroupsRequest, v: number): void {
  w.array(m.groupsNames, false, v, writeStringClassic);
}

// ---- DeleteGroups response (api key 42), versions 0-1

export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The deletion results */
  results: DeleteGroupsResponseDeletableGroupResult[];
}

export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. */
  errorCode: number;
}

export function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const fThrottleTimeMs = r.int32();
  const fResults = r.array(false, v, readDeleteGroupsResponseDeletableGroupResult);
  return { throttleTimeMs: fThrottleTimeMs, results: fResults };
}

export function encodeDeleteGroupsResponse(w: Writer, m: DeleteGroupsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.array(m.results, false, v, writeDeleteGroupsResponseDeletableGroupResult);
}

function readDeleteGroupsResponseDeletableGroupResult(r: Reader, _v: number): DeleteGroupsResponseDeletableGroupResult {
  const fGroupId = r.string(false);
  const fErrorCode = r.int16();
  return { groupId: fGroupId, errorCode: fErrorCode };
}

function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, m: DeleteGroupsResponseDeletableGroupResult, _v: number): void {
  w.string(m.groupId, false);
  w.int16(m.errorCode);
}
