// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from CreatePartitionsRequest.json and CreatePartitionsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt32 } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeInt32 } from '../writer.js';

// ---- CreatePartitions request (api key 37), versions 0-1

export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. */
  validateOnly: boolean;
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. */
  name: string;
  /** The new partition count. */
  count: number;
  /** The new partition assignments. (nullable) */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
}

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. */
  brokerIds: number[];
}

export function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  const fTopics = r.array(false, v, readCreatePartitionsRequestCreatePartitionsTopic);
  const fTimeoutMs = r.int32();
  const fValidateOnly = r.bool();
  return { topics: fTopics, timeoutMs: fTimeoutMs, validateOnly: fValidateOnly };
}

export function encodeCreatePartitionsRequest(w: Writer, m: CreatePartitionsRequest, v: number): void {
  w.array(m.topics, false, v, writeCreatePartitionsRequestCreatePartitionsTopic);
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly);
}

function readCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic {
  const fName = r.string(false);
  const fCount = r.int32();
  const fAssignments = r.nullableArray(false, v, readCreatePartitionsRequestCreatePartitionsAssignment);
  return { name: fName, count: fCount, assignments: fAssignments };
}

function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, m: CreatePartitionsRequestCreatePartitionsTopic, v: number): void {
  w.string(m.name, false);
  w.int32(m.count);
  w.nullableArray(m.assignments, false, v, writeCreatePartitionsRequestCreatePartitionsAssignment);
}

function readCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const fBrokerIds = r.array(false, v, readInt32);
  return { brokerIds: fBrokerIds };
}

function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, m: CreatePartitionsRequestCreatePartitionsAssignment, v: number): void {
  w.array(m.brokerIds, false, v, writeInt32);
}

// ---- CreatePartitions response (api key 37), versions 0-1

export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The partition creation results for each topic. */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
}

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. */
  name: string;
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. (nullable) */
  errorMessage: string | null;
}

export function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const fThrottleTimeMs = r.int32();
  const fResults = r.array(false, v, readCreatePartitionsResponseCreatePartitionsTopicResult);
  return { throttleTimeMs: fThrottleTimeMs, results: fResults };
}

export function encodeCreatePartitionsResponse(w: Writer, m: CreatePartitionsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.array(m.results, false, v, writeCreatePartitionsResponseCreatePartitionsTopicResult);
}

function readCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, _v: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const fName = r.string(false);
  const fErrorCode = r.int16();
  const fErrorMessage = r.nullableString(false);
  return { name: fName, errorCode: fErrorCode, errorMessage: fErrorMessage };
}

function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, m: CreatePartitionsResponseCreatePartitionsTopicResult, _v: number): void {
  w.string(m.name, false);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage, false);
}
