// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DeleteTopicsRequest.json and DeleteTopicsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readStringClassic } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeStringClassic } from '../writer.js';

// ---- DeleteTopics request (api key 20), versions 0-1

export interface DeleteTopicsRequest {
  /** The names of the topics to delete */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. */
  timeoutMs: number;
}

export function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  const fTopicNames = r.array(false, v, readStringClassic);
  const fTimeoutMs = r.int32();
  return { topicNames: fTopicNames, timeoutMs: fTimeoutMs };
}

export function encodeDeleteTopicsRequest(w: Writer, m: DeleteTopicsRequest, v: number): void {
  w.array(m.topicNames, false, v, writeStringClassic);
  w.int32(m.timeoutMs);
}

// ---- DeleteTopics response (api key 20), versions 0-1

export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. */
  responses: DeleteTopicsResponseDeletableTopicResult[];
}

export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name */
  name: string;
  /** The deletion error, or 0 if the deletion succeeded. */
  errorCode: number;
}

export function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fResponses = r.array(false, v, readDeleteTopicsResponseDeletableTopicResult);
  return { throttleTimeMs: fThrottleTimeMs, responses: fResponses };
}

export function encodeDeleteTopicsResponse(w: Writer, m: DeleteTopicsResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  w.array(m.responses, false, v, writeDeleteTopicsResponseDeletableTopicResult);
}

function readDeleteTopicsResponseDeletableTopicResult(r: Reader, _v: number): DeleteTopicsResponseDeletableTopicResult {
  const fName = r.string(false);
  const fErrorCode = r.int16();
  return { name: fName, errorCode: fErrorCode };
}

function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, m: DeleteTopicsResponseDeletableTopicResult, _v: number): void {
  w.string(m.name, false);
  w.int16(m.errorCode);
}
