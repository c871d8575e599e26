// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from OffsetCommitRequest.json and OffsetCommitResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- OffsetCommit request (api key 8), versions 0-7

export interface OffsetCommitRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (v1+) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (v1+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v7+; nullable) */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. (v2-4) */
  retentionTimeMs: number;
  /** The topics to commit offsets for. */
  topics: OffsetCommitRequestTopic[];
}

export interface OffsetCommitRequestTopic {
  /** The topic name. */
  name: string;
  /** Each partition to commit offsets for. */
  partitions: OffsetCommitRequestPartition[];
}

export interface OffsetCommitRequestPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The message offset to be committed. */
  committedOffset: number;
  /** The leader epoch of this partition. (v6+) */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. (v1-1) */
  commitTimestamp: number;
  /** Any associated metadata the client wants to keep. (nullable) */
  committedMetadata: string | null;
}

export function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const fGroupId = r.string(false);
  const fGenerationIdOrMemberEpoch = v >= 1 ? r.int32() : -1;
  const fMemberId = v >= 1 ? r.string(false) : "";
  const fGroupInstanceId = v >= 7 ? r.nullableString(false) : null;
  const fRetentionTimeMs = v >= 2 && v <= 4 ? r.int64() : -1;
  const fTopics = r.array(false, v, readOffsetCommitRequestTopic);
  return { groupId: fGroupId, generationIdOrMemberEpoch: fGenerationIdOrMemberEpoch, memberId: fMemberId, groupInstanceId: fGroupInstanceId, retentionTimeMs: fRetentionTimeMs, topics: fTopics };
}

export function encodeOffsetCommitRequest(w: Writer, m: OffsetCommitRequest, v: number): void {
  w.string(m.groupId, false);
  if (v >= 1) w.int32(m.generationIdOrMemberEpoch);
  if (v >= 1) w.string(m.memberId, false);
  if (v >= 7) w.nullableString(m.groupInstanceId, false);
  if (v >= 2 && v <= 4) w.int64(m.retentionTimeMs);
  w.array(m.topics, false, v, writeOffsetCommitRequestTopic);
}

function readOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readOffsetCommitRequestPartition);
  return { name: fName, partitions: fPartitions };
}

function writeOffsetCommitRequestTopic(w: Writer, m: OffsetCommitRequestTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeOffsetCommitRequestPartition);
}

function readOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const fPartitionIndex = r.int32();
  const fCommittedOffset = r.int64();
  const fCommittedLeaderEpoch = v >= 6 ? r.int32() : -1;
  const fCommitTimestamp = v >= 1 && v <= 1 ? r.int64() : -1;
  const fCommittedMetadata = r.nullableString(false);
  return { partitionIndex: fPartitionIndex, committedOffset: fCommittedOffset, committedLeaderEpoch: fCommittedLeaderEpoch, commitTimestamp: fCommitTimestamp, committedMetadata: fCommittedMetadata };
}

function writeOffsetCommitRequestPartition(w: Writer, m: OffsetCommitRequestPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 6) w.int32(m.committedLeaderEpoch);
  if (v >= 1 && v <= 1) w.int64(m.commitTimestamp);
  w.nullableString(m.committedMetadata, false);
}

// ---- OffsetCommit response (api key 8), versions 0-7

export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+) */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: OffsetCommitResponseTopic[];
}

export interface OffsetCommitResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: OffsetCommitResponsePartition[];
}

export interface OffsetCommitResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const fThrottleTimeMs = v >= 3 ? r.int32() : 0;
  const fTopics = r.array(false, v, readOffsetCommitResponseTopic);
  return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}

export function encodeOffsetCommitResponse(w: Writer, m: OffsetCommitResponse, v: number): void {
  if (v >= 3) w.int32(m.throttleTimeMs);
  w.array(m.topics, false, v, writeOffsetCommitResponseTopic);
}

function readOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readOffsetCommitResponsePartition);
  return { name: fName, partitions: fPartitions };
}

function writeOffsetCommitResponseTopic(w: Writer, m: OffsetCommitResponseTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeOffsetCommitResponsePartition);
}

function readOffsetCommitResponsePartition(r: Reader, _v: number): OffsetCommitResponsePartition {
  const fPartitionIndex = r.int32();
  const fErrorCode = r.int16();
  return { partitionIndex: fPartitionIndex, errorCode: fErrorCode };
}

function writeOffsetCommitResponsePartition(w: Writer, m: OffsetCommitResponsePartition, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}
