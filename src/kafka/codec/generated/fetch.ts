// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from FetchRequest.json and FetchResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt32 } from '../reader.js';
import type { Records } from '../writer.js';
import type { Writer } from '../writer.js';
import { writeInt32 } from '../writer.js';

// ---- Fetch request (api key 1), versions 0-11

export interface FetchRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. */
  replicaId: number;
  /** The maximum time in milliseconds to wait for the response. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. */
  minBytes: number;
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (v3+) */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (v4+) */
  isolationLevel: number;
  /** The fetch session ID. (v7+) */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. (v7+) */
  sessionEpoch: number;
  /** The topics to fetch. */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. (v7+) */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request (v11+) */
  rackId: string;
}

export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. */
  topic: string;
  /** The partitions to fetch. */
  partitions: FetchRequestFetchPartition[];
}

export interface FetchRequestFetchPartition {
  /** The partition index. */
  partition: number;
  /** The current leader epoch of the partition. (v9+) */
  currentLeaderEpoch: number;
  /** The message offset. */
  fetchOffset: number;
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. (v5+) */
  logStartOffset: number;
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. */
  partitionMaxBytes: number;
}

export interface FetchRequestForgottenTopic {
  /** The topic name. */
  topic: string;
  /** The partitions indexes to forget. */
  partitions: number[];
}

export function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  const fReplicaId = r.int32();
  const fMaxWaitMs = r.int32();
  const fMinBytes = r.int32();
  const fMaxBytes = v >= 3 ? r.int32() : 2147483647;
  const fIsolationLevel = v >= 4 ? r.int8() : 0;
  const fSessionId = v >= 7 ? r.int32() : 0;
  const fSessionEpoch = v >= 7 ? r.int32() : -1;
  const fTopics = r.array(false, v, readFetchRequestFetchTopic);
  const fForgottenTopicsData = v >= 7 ? r.array(false, v, readFetchRequestForgottenTopic) : [];
  const fRackId = v >= 11 ? r.string(false) : "";
  return { replicaId: fReplicaId, maxWaitMs: fMaxWaitMs, minBytes: fMinBytes, maxBytes: fMaxBytes, isolationLevel: fIsolationLevel, sessionId: fSessionId, sessionEpoch: fSessionEpoch, topics: fTopics, forgottenTopicsData: fForgottenTopicsData, rackId: fRackId };
}

export function encodeFetchRequest(w: Writer, m: FetchRequest, v: number): void {
  w.int32(m.replicaId);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  if (v >= 3) w.int32(m.maxBytes);
  if (v >= 4) w.int8(m.isolationLevel);
  if (v >= 7) w.int32(m.sessionId);
  if (v >= 7) w.int32(m.sessionEpoch);
  w.array(m.topics, false, v, writeFetchRequestFetchTopic);
  if (v >= 7) w.array(m.forgottenTopicsData, false, v, writeFetchRequestForgottenTopic);
  if (v >= 11) w.string(m.rackId, false);
}

function readFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopic {
  const fTopic = r.string(false);
  const fPartitions = r.array(false, v, readFetchRequestFetchPartition);
  return { topic: fTopic, partitions: fPartitions };
}

function writeFetchRequestFetchTopic(w: Writer, m: FetchRequestFetchTopic, v: number): void {
  w.string(m.topic, false);
  w.array(m.partitions, false, v, writeFetchRequestFetchPartition);
}

function readFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartition {
  const fPartition = r.int32();
  const fCurrentLeaderEpoch = v >= 9 ? r.int32() : -1;
  const fFetchOffset = r.int64();
  const fLogStartOffset = v >= 5 ? r.int64() : -1;
  const fPartitionMaxBytes = r.int32();
  return { partition: fPartition, currentLeaderEpoch: fCurrentLeaderEpoch, fetchOffset: fFetchOffset, logStartOffset: fLogStartOffset, partitionMaxBytes: fPartitionMaxBytes };
}

function writeFetchRequestFetchPartition(w: Writer, m: FetchRequestFetchPartition, v: number): void {
  w.int32(m.partition);
  if (v >= 9) w.int32(m.currentLeaderEpoch);
  w.int64(m.fetchOffset);
  if (v >= 5) w.int64(m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function readFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopic {
  const fTopic = r.string(false);
  const fPartitions = r.array(false, v, readInt32);
  return { topic: fTopic, partitions: fPartitions };
}

function writeFetchRequestForgottenTopic(w: Writer, m: FetchRequestForgottenTopic, v: number): void {
  w.string(m.topic, false);
  w.array(m.partitions, false, v, writeInt32);
}

// ---- Fetch response (api key 1), versions 0-11

export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
  /** The top level response error code. (v7+) */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. (v7+) */
  sessionId: number;
  /** The response topics. */
  responses: FetchResponseFetchableTopicResponse[];
}

export interface FetchResponseFetchableTopicResponse {
  /** The topic name. */
  topic: string;
  /** The topic partitions. */
  partitions: FetchResponsePartitionData[];
}

export interface FetchResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The current high water mark. */
  highWatermark: number;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) (v4+) */
  lastStableOffset: number;
  /** The current log start offset. (v5+) */
  logStartOffset: number;
  /** The aborted transactions. (v4+; nullable) */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request (v11+) */
  preferredReadReplica: number;
  /** The record data. */
  records: Records;
}

export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. */
  producerId: number;
  /** The first offset in the aborted transaction. */
  firstOffset: number;
}

export function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  const fErrorCode = v >= 7 ? r.int16() : 0;
  const fSessionId = v >= 7 ? r.int32() : 0;
  const fResponses = r.array(false, v, readFetchResponseFetchableTopicResponse);
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, sessionId: fSessionId, responses: fResponses };
}

export function encodeFetchResponse(w: Writer, m: FetchResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs);
  if (v >= 7) w.int16(m.errorCode);
  if (v >= 7) w.int32(m.sessionId);
  w.array(m.responses, false, v, writeFetchResponseFetchableTopicResponse);
}

function readFetchResponseFetchableTopicResponse(r: Reader, v: number): FetchResponseFetchableTopicResponse {
  const fTopic = r.string(false);
  const fPartitions = r.array(false, v, readFetchResponsePartitionData);
  return { topic: fTopic, partitions: fPartitions };
}

function writeFetchResponseFetchableTopicResponse(w: Writer, m: FetchResponseFetchableTopicResponse, v: number): void {
  w.string(m.topic, false);
  w.array(m.partitions, false, v, writeFetchResponsePartitionData);
}

function readFetchResponsePartitionData(r: Reader, v: number): FetchResponsePartitionData {
  const fPartitionIndex = r.int32();
  const fErrorCode = r.int16();
  const fHighWatermark = r.int64();
  const fLastStableOffset = v >= 4 ? r.int64() : -1;
  const fLogStartOffset = v >= 5 ? r.int64() : -1;
  const fAbortedTransactions = v >= 4 ? r.nullableArray(false, v, readFetchResponseAbortedTransaction) : [];
  const fPreferredReadReplica = v >= 11 ? r.int32() : -1;
  const fRecords = r.records(false);
  return { partitionIndex: fPartitionIndex, errorCode: fErrorCode, highWatermark: fHighWatermark, lastStableOffset: fLastStableOffset, logStartOffset: fLogStartOffset, abortedTransactions: fAbortedTransactions, preferredReadReplica: fPreferredReadReplica, records: fRecords };
}

function writeFetchResponsePartitionData(w: Writer, m: FetchResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (v >= 4) w.int64(m.lastStableOffset);
  if (v >= 5) w.int64(m.logStartOffset);
  if (v >= 4) w.nullableArray(m.abortedTransactions, false, v, writeFetchResponseAbortedTransaction);
  if (v >= 11) w.int32(m.preferredReadReplica);
  w.records(m.records, false);
}

function readFetchResponseAbortedTransaction(r: Reader, _v: number): FetchResponseAbortedTransaction {
  const fProducerId = r.int64();
  const fFirstOffset = r.int64();
  return { producerId: fProducerId, firstOffset: fFirstOffset };
}

function writeFetchResponseAbortedTransaction(w: Writer, m: FetchResponseAbortedTransaction, _v: number): void {
  w.int64(m.producerId);
  w.int64(m.firstOffset);
}
