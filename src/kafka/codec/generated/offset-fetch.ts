// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from OffsetFetchRequest.json and OffsetFetchResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt32 } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeInt32 } from '../writer.js';

// ---- OffsetFetch request (api key 9), versions 0-7, flexible from 6

export interface OffsetFetchRequest {
  /** The group to fetch offsets for. */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (nullable v2+) */
  topics: OffsetFetchRequestTopic[] | null;
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (v7+) */
  requireStable: boolean;
}

export interface OffsetFetchRequestTopic {
  /** The topic name. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. */
  partitionIndexes: number[];
}

export function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const flex = v >= 6;
  const fGroupId = r.string(flex);
  const fTopics = v >= 2 ? r.nullableArray(flex, v, readOffsetFetchRequestTopic) : r.array(flex, v, readOffsetFetchRequestTopic);
  const fRequireStable = v >= 7 ? r.bool() : false;
  if (flex) r.skipTaggedFields();
  return { groupId: fGroupId, topics: fTopics, requireStable: fRequireStable };
}

export function encodeOffsetFetchRequest(w: Writer, m: OffsetFetchRequest, v: number): void {
  const flex = v >= 6;
  w.string(m.groupId, flex);
  if (v >= 2) w.nullableArray(m.topics, flex, v, writeOffsetFetchRequestTopic);
  else w.array(m.topics as OffsetFetchRequestTopic[], flex, v, writeOffsetFetchRequestTopic);
  if (v >= 7) w.bool(m.requireStable);
  if (flex) w.uvarint(0);
}

function readOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const flex = v >= 6;
  const fName = r.string(flex);
  const fPartitionIndexes = r.array(flex, v, readInt32);
  if (flex) r.skipTaggedFields();
  return { name: fName, partitionIndexes: fPartitionIndexes };
}

function writeOffsetFetchRequestTopic(w: Writer, m: OffsetFetchRequestTopic, v: number): void {
  const flex = v >= 6;
  w.string(m.name, flex);
  w.array(m.partitionIndexes, flex, v, writeInt32);
  if (flex) w.uvarint(0);
}

// ---- OffsetFetch response (api key 9), versions 0-7, flexible from 6

export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+) */
  throttleTimeMs: number;
  /** The responses per topic. */
  topics: OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. (v2+) */
  errorCode: number;
}

export interface OffsetFetchResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses per partition */
  partitions: OffsetFetchResponsePartition[];
}

export interface OffsetFetchResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The committed message offset. */
  committedOffset: number;
  /** The leader epoch. (v5+) */
  committedLeaderEpoch: number;
  /** The partition metadata. (nullable) */
  metadata: string | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const flex = v >= 6;
  const fThrottleTimeMs = v >= 3 ? r.int32() : 0;
  const fTopics = r.array(flex, v, readOffsetFetchResponseTopic);
  const fErrorCode = v >= 2 ? r.int16() : 0;
  if (flex) r.skipTaggedFields();
  return { throttleTimeMs: fThrottleTimeMs, topics: fTopics, errorCode: fErrorCode };
}

export function encodeOffsetFetchResponse(w: Writer, m: OffsetFetchResponse, v: number): void {
  const flex = v >= 6;
  if (v >= 3) w.int32(m.throttleTimeMs);
  w.array(m.topics, flex, v, writeOffsetFetchResponseTopic);
  if (v >= 2) w.int16(m.errorCode);
  if (flex) w.uvarint(0);
}

function readOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const flex = v >= 6;
  const fName = r.string(flex);
  const fPartitions = r.array(flex, v, readOffsetFetchResponsePartition);
  if (flex) r.skipTaggedFields();
  return { name: fName, partitions: fPartitions };
}

function writeOffsetFetchResponseTopic(w: Writer, m: OffsetFetchResponseTopic, v: number): void {
  const flex = v >= 6;
  w.string(m.name, flex);
  w.array(m.partitions, flex, v, writeOffsetFetchResponsePartition);
  if (flex) w.uvarint(0);
}

function readOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const flex = v >= 6;
  const fPartitionIndex = r.int32();
  const fCommittedOffset = r.int64();
  const fCommittedLeaderEpoch = v >= 5 ? r.int32() : -1;
  const fMetadata = r.nullableString(flex);
  const fErrorCode = r.int16();
  if (flex) r.skipTaggedFields();
  return { partitionIndex: fPartitionIndex, committedOffset: fCommittedOffset, committedLeaderEpoch: fCommittedLeaderEpoch, metadata: fMetadata, errorCode: fErrorCode };
}

function writeOffsetFetchResponsePartition(w: Writer, m: OffsetFetchResponsePartition, v: number): void {
  const flex = v >= 6;
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 5) w.int32(m.committedLeaderEpoch);
  w.nullableString(m.metadata, flex);
  w.int16(m.errorCode);
  if (flex) w.uvarint(0);
}
