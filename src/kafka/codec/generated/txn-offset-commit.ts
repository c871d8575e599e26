// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from TxnOffsetCommitRequest.json and TxnOffsetCommitResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- TxnOffsetCommit request (api key 28), versions 0-3, flexible from 3

export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. */
  transactionalId: string;
  /** The ID of the group. */
  groupId: string;
  /** The current producer ID in use by the transactional ID. */
  producerId: number;
  /** The current epoch associated with the producer ID. */
  producerEpoch: number;
  /** The generation of the consumer. (v3+) */
  generationId: number;
  /** The member ID assigned by the group coordinator. (v3+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v3+; nullable) */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. */
  topics: TxnOffsetCommitRequestTopic[];
}

export interface TxnOffsetCommitRequestTopic {
  /** The topic name. */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. */
  partitions: TxnOffsetCommitRequestPartition[];
}

export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. */
  partitionIndex: number;
  /** The message offset to be committed. */
  committedOffset: number;
  /** The leader epoch of the last consumed record. (v2+) */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (nullable) */
  committedMetadata: string | null;
}

export function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const flex = v >= 3;
  const fTransactionalId = r.string(flex);
  const fGroupId = r.string(flex);
  const fProducerId = r.int64();
  const fProducerEpoch = r.int16();
  const fGenerationId = v >= 3 ? r.int32() : -1;
  const fMemberId = v >= 3 ? r.string(flex) : "";
  const fGroupInstanceId = v >= 3 ? r.nullableString(flex) : null;
  const fTopics = r.array(flex, v, readTxnOffsetCommitRequestTopic);
  if (flex) r.skipTaggedFields();
  return { transactionalId: fTransactionalId, groupId: fGroupId, producerId: fProducerId, producerEpoch: fProducerEpoch, generationId: fGenerationId, memberId: fMemberId, groupInstanceId: fGroupInstanceId, topics: fTopics };
}

export function encodeTxnOffsetCommitRequest(w: Writer, m: TxnOffsetCommitRequest, v: number): void {
  const flex = v >= 3;
  w.string(m.transactionalId, flex);
  w.string(m.groupId, flex);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (v >= 3) w.int32(m.generationId);
  if (v >= 3) w.string(m.memberId, flex);
  if (v >= 3) w.nullableString(m.groupInstanceId, flex);
  w.array(m.topics, flex, v, writeTxnOffsetCommitRequestTopic);
  if (flex) w.uvarint(0);
}

function readTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const flex = v >= 3;
  const fName = r.string(flex);
  const fPartitions = r.array(flex, v, readTxnOffsetCommitRequestPartition);
  if (flex) r.skipTaggedFields();
  return { name: fName, partitions: fPartitions };
}

function writeTxnOffsetCommitRequestTopic(w: Writer, m: TxnOffsetCommitRequestTopic, v: number): void {
  const flex = v >= 3;
  w.string(m.name, flex);
  w.array(m.partitions, flex, v, writeTxnOffsetCommitRequestPartition);
  if (flex) w.uvarint(0);
}

function readTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const flex = v >= 3;
  const fPartitionIndex = r.int32();
  const fCommittedOffset = r.int64();
  const fCommittedLeaderEpoch = v >= 2 ? r.int32() : -1;
  const fCommittedMetadata = r.nullableString(flex);
  if (flex) r.skipTaggedFields();
  return { partitionIndex: fPartitionIndex, committedOffset: fCommittedOffset, committedLeaderEpoch: fCommittedLeaderEpoch, committedMetadata: fCommittedMetadata };
}

function writeTxnOffsetCommitRequestPartition(w: Writer, m: TxnOffsetCommitRequestPartition, v: number): void {
  const flex = v >= 3;
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 2) w.int32(m.committedLeaderEpoch);
  w.nullableString(m.committedMetadata, flex);
  if (flex) w.uvarint(0);
}

// ---- TxnOffsetCommit response (api key 28), versions 0-3, flexible from 3

export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: TxnOffsetCommitResponseTopic[];
}

export interface TxnOffsetCommitResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: TxnOffsetCommitResponsePartition[];
}

export interface TxnOffsetCommitResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const flex = v >= 3;
  const fThrottleTimeMs = r.int32();
  const fTopics = r.array(flex, v, readTxnOffsetCommitResponseTopic);
  if (flex) r.skipTaggedFields();
  return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}

export function encodeTxnOffsetCommitResponse(w: Writer, m: TxnOffsetCommitResponse, v: number): void {
  const flex = v >= 3;
  w.int32(m.throttleTimeMs);
  w.array(m.topics, flex, v, writeTxnOffsetCommitResponseTopic);
  if (flex) w.uvarint(0);
}

function readTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const flex = v >= 3;
  const fName = r.string(flex);
  const fPartitions = r.array(flex, v, readTxnOffsetCommitResponsePartition);
  if (flex) r.skipTaggedFields();
  return { name: fName, partitions: fPartitions };
}

function writeTxnOffsetCommitResponseTopic(w: Writer, m: TxnOffsetCommitResponseTopic, v: number): void {
  const flex = v >= 3;
  w.string(m.name, flex);
  w.array(m.partitions, flex, v, writeTxnOffsetCommitResponsePartition);
  if (flex) w.uvarint(0);
}

function readTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const flex = v >= 3;
  const fPartitionIndex = r.int32();
  const fErrorCode = r.int16();
  if (flex) r.skipTaggedFields();
  return { partitionIndex: fPartitionIndex, errorCode: fErrorCode };
}

function writeTxnOffsetCommitResponsePartition(w: Writer, m: TxnOffsetCommitResponsePartition, v: number): void {
  const flex = v >= 3;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) w.uvarint(0);
}
