// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from OffsetDeleteRequest.json and OffsetDeleteResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- OffsetDelete request (api key 47), versions 0-0

export interface OffsetDeleteRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The topics to delete offsets for */
  topics: OffsetDeleteRequestTopic[];
}

export interface OffsetDeleteRequestTopic {
  /** The topic name. */
  name: string;
  /** Each partition to delete offsets for. */
  partitions: OffsetDeleteRequestPartition[];
}

export interface OffsetDeleteRequestPartition {
  /** The partition index. */
  partitionIndex: number;
}

export function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  const fGroupId = r.string(false);
  const fTopics = r.array(false, v, readOffsetDeleteRequestTopic);
  return { groupId: fGroupId, topics: fTopics };
}

export function encodeOffsetDeleteRequest(w: Writer, m: OffsetDeleteRequest, v: number): void {
  w.string(m.groupId, false);
  w.array(m.topics, false, v, writeOffsetDeleteRequestTopic);
}

function readOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readOffsetDeleteRequestPartition);
  return { name: fName, partitions: fPartitions };
}

function writeOffsetDeleteRequestTopic(w: Writer, m: OffsetDeleteRequestTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeOffsetDeleteRequestPartition);
}

function readOffsetDeleteRequestPartition(r: Reader, _v: number): OffsetDeleteRequestPartition {
  const fPartitionIndex = r.int32();
  return { partitionIndex: fPartitionIndex };
}

function writeOffsetDeleteRequestPartition(w: Writer, m: OffsetDeleteRequestPartition, _v: number): void {
  w.int32(m.partitionIndex);
}

// ---- OffsetDelete response (api key 47), versions 0-0

export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: OffsetDeleteResponseTopic[];
}

export interface OffsetDeleteResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: OffsetDeleteResponsePartition[];
}

export interface OffsetDeleteResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  const fErrorCode = r.int16();
  const fThrottleTimeMs = r.int32();
  const fTopics = r.array(false, v, readOffsetDeleteResponseTopic);
  return { errorCode: fErrorCode, throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}

export function encodeOffsetDeleteResponse(w: Writer, m: OffsetDeleteResponse, v: number): void {
  w.int16(m.errorCode);
  w.int32(m.throttleTimeMs);
  w.array(m.topics, false, v, writeOffsetDeleteResponseTopic);
}

function readOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readOffsetDeleteResponsePartition);
  return { name: fName, partitions: fPartitions };
}

function writeOffsetDeleteResponseTopic(w: Writer, m: OffsetDeleteResponseTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeOffsetDeleteResponsePartition);
}

function readOffsetDeleteResponsePartition(r: Reader, _v: number): OffsetDeleteResponsePartition {
  const fPartitionIndex = r.int32();
  const fErrorCode = r.int16();
  return { partitionIndex: fPartitionIndex, errorCode: fErrorCode };
}

function writeOffsetDeleteResponsePartition(w: Writer, m: OffsetDeleteResponsePartition, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}
