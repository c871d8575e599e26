// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DeleteRecordsRequest.json and DeleteRecordsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- DeleteRecords request (api key 21), versions 0-1

export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. */
  timeoutMs: number;
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. */
  name: string;
  /** Each partition that we want to delete records from. */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
}

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The deletion offset. */
  offset: number;
}

export function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  const fTopics = r.array(false, v, readDeleteRecordsRequestDeleteRecordsTopic);
  const fTimeoutMs = r.int32();
  return { topics: fTopics, timeoutMs: fTimeoutMs };
}

export function encodeDeleteRecordsRequest(w: Writer, m: DeleteRecordsRequest, v: number): void {
  w.array(m.topics, false, v, writeDeleteRecordsRequestDeleteRecordsTopic);
  w.int32(m.timeoutMs);
}

function readDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readDeleteRecordsRequestDeleteRecordsPartition);
  return { name: fName, partitions: fPartitions };
}

function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, m: DeleteRecordsRequestDeleteRecordsTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeDeleteRecordsRequestDeleteRecordsPartition);
}

function readDeleteRecordsRequestDeleteRecordsPartition(r: Reader, _v: number): DeleteRecordsRequestDeleteRecordsPartition {
  const fPartitionIndex = r.int32();
  const fOffset = r.int64();
  return { partitionIndex: fPartitionIndex, offset: fOffset };
}

function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, m: DeleteRecordsRequestDeleteRecordsPartition, _v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.offset);
}

// ---- DeleteRecords response (api key 21), versions 0-1

export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. */
  name: string;
  /** Each partition that we wanted to delete records from. */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The partition low water mark. */
  lowWatermark: number;
  /** The deletion error code, or 0 if the deletion succeeded. */
  errorCode: number;
}

export function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const fThrottleTimeMs = r.int32();
  const fTopics = r.array(false, v, readDeleteRecordsResponseDeleteRecordsTopicResult);
  return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}

export function encodeDeleteRecordsResponse(w: Writer, m: DeleteRecordsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.array(m.topics, false, v, writeDeleteRecordsResponseDeleteRecordsTopicResult);
}

function readDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readDeleteRecordsResponseDeleteRecordsPartitionResult);
  return { name: fName, partitions: fPartitions };
}

function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, m: DeleteRecordsResponseDeleteRecordsTopicResult, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeDeleteRecordsResponseDeleteRecordsPartitionResult);
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, _v: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const fPartitionIndex = r.int32();
  const fLowWatermark = r.int64();
  const fErrorCode = r.int16();
  return { partitionIndex: fPartitionIndex, lowWatermark: fLowWatermark, errorCode: fErrorCode };
}

function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, m: DeleteRecordsResponseDeleteRecordsPartitionResult, _v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.lowWatermark);
  w.int16(m.errorCode);
}
