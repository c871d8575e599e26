// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ListOffsetsRequest.json and ListOffsetsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt64 } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeInt64 } from '../writer.js';

// ---- ListOffsets request (api key 2), versions 0-3

export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (v2+) */
  isolationLevel: number;
  /** Each topic in the request. */
  topics: ListOffsetsRequestListOffsetsTopic[];
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. */
  name: string;
  /** Each partition in the request. */
  partitions: ListOffsetsRequestListOffsetsPartition[];
}

export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The current timestamp. */
  timestamp: number;
  /** The maximum number of offsets to report. (v0-0) */
  maxNumOffsets: number;
}

export function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const fReplicaId = r.int32();
  const fIsolationLevel = v >= 2 ? r.int8() : 0;
  const fTopics = r.array(false, v, readListOffsetsRequestListOffsetsTopic);
  return { replicaId: fReplicaId, isolationLevel: fIsolationLevel, topics: fTopics };
}

export function encodeListOffsetsRequest(w: Writer, m: ListOffsetsRequest, v: number): void {
  w.int32(m.replicaId);
  if (v >= 2) w.int8(m.isolationLevel);
  w.array(m.topics, false, v, writeListOffsetsRequestListOffsetsTopic);
}

function readListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readListOffsetsRequestListOffsetsPartition);
  return { name: fName, partitions: fPartitions };
}

function writeListOffsetsRequestListOffsetsTopic(w: Writer, m: ListOffsetsRequestListOffsetsTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeListOffsetsRequestListOffsetsPartition);
}

function readListOffsetsRequestListOffsetsPartition(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition {
  const fPartitionIndex = r.int32();
  const fTimestamp = r.int64();
  const fMaxNumOffsets = v <= 0 ? r.int32() : 1;
  return { partitionIndex: fPartitionIndex, timestamp: fTimestamp, maxNumOffsets: fMaxNumOffsets };
}

function writeListOffsetsRequestListOffsetsPartition(w: Writer, m: ListOffsetsRequestListOffsetsPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.timestamp);
  if (v <= 0) w.int32(m.maxNumOffsets);
}

// ---- ListOffsets response (api key 2), versions 0-3

export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+) */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name */
  name: string;
  /** Each partition in the response. */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  /** The result offsets. (v0-0) */
  oldStyleOffsets: number[];
  /** The timestamp associated with the returned offset. (v1+) */
  timestamp: number;
  /** The returned offset. (v1+) */
  offset: number;
}

export function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const fThrottleTimeMs = v >= 2 ? r.int32() : 0;
  const fTopics = r.array(false, v, readListOffsetsResponseListOffsetsTopicResponse);
  return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}

export function encodeListOffsetsResponse(w: Writer, m: ListOffsetsResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs);
  w.array(m.topics, false, v, writeListOffsetsResponseListOffsetsTopicResponse);
}

function readListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readListOffsetsResponseListOffsetsPartitionResponse);
  return { name: fName, partitions: fPartitions };
}

function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, m: ListOffsetsResponseListOffsetsTopicResponse, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeListOffsetsResponseListOffsetsPartitionResponse);
}

function readListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const fPartitionIndex = r.int32();
  const fErrorCode = r.int16();
  const fOldStyleOffsets = v <= 0 ? r.array(false, v, readInt64) : [];
  const fTimestamp = v >= 1 ? r.int64() : -1;
  const fOffset = v >= 1 ? r.int64() : -1;
  return { partitionIndex: fPartitionIndex, errorCode: fErrorCode, oldStyleOffsets: fOldStyleOffsets, timestamp: fTimestamp, offset: fOffset };
}

function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, m: ListOffsetsResponseListOffsetsPartitionResponse, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v <= 0) w.array(m.oldStyleOffsets, false, v, writeInt64);
  if (v >= 1) w.int64(m.timestamp);
  if (v >= 1) w.int64(m.offset);
}
