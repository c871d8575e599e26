// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ProduceRequest.json and ProduceResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- Produce request (api key 0), versions 0-7

export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (v3+; nullable) */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. */
  acks: number;
  /** The timeout to await a response in milliseconds. */
  timeoutMs: number;
  /** Each topic to produce to. */
  topicData: ProduceRequestTopicProduceData[];
}

export interface ProduceRequestTopicProduceData {
  /** The topic name. */
  name: string;
  /** Each partition to produce to. */
  partitionData: ProduceRequestPartitionProduceData[];
}

export interface ProduceRequestPartitionProduceData {
  /** The partition index. */
  index: number;
  /** The record data to be produced. */
  records: Buffer | null;
}

export function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  const fTransactionalId = v >= 3 ? r.nullableString(false) : null;
  const fAcks = r.int16();
  const fTimeoutMs = r.int32();
  const fTopicData = r.array(false, v, readProduceRequestTopicProduceData);
  return { transactionalId: fTransactionalId, acks: fAcks, timeoutMs: fTimeoutMs, topicData: fTopicData };
}

export function encodeProduceRequest(w: Writer, m: ProduceRequest, v: number): void {
  if (v >= 3) w.nullableString(m.transactionalId, false);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  w.array(m.topicData, false, v, writeProduceRequestTopicProduceData);
}

function readProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceData {
  const fName = r.string(false);
  const fPartitionData = r.array(false, v, readProduceRequestPartitionProduceData);
  return { name: fName, partitionData: fPartitionData };
}

function writeProduceRequestTopicProduceData(w: Writer, m: ProduceRequestTopicProduceData, v: number): void {
  w.string(m.name, false);
  w.array(m.partitionData, false, v, writeProduceRequestPartitionProduceData);
}

function readProduceRequestPartitionProduceData(r: Reader, _v: number): ProduceRequestPartitionProduceData {
  const fIndex = r.int32();
  const fRecords = r.records(false);
  return { index: fIndex, records: fRecords };
}

function writeProduceRequestPartitionProduceData(w: Writer, m: ProduceRequestPartitionProduceData, _v: number): void {
  w.int32(m.index);
  w.records(m.records, false);
}

// ---- Produce response (api key 0), versions 0-7

export interface ProduceResponse {
  /** Each produce response */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
  throttleTimeMs: number;
}

export interface ProduceResponseTopicProduceResponse {
  /** The topic name */
  name: string;
  /** Each partition that we produced to within the topic. */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
}

export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. */
  index: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The base offset. */
  baseOffset: number;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (v2+) */
  logAppendTimeMs: number;
  /** The log start offset. (v5+) */
  logStartOffset: number;
}

export function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  const fResponses = r.array(false, v, readProduceResponseTopicProduceResponse);
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  return { responses: fResponses, throttleTimeMs: fThrottleTimeMs };
}

export function encodeProduceResponse(w: Writer, m: ProduceResponse, v: number): void {
  w.array(m.responses, false, v, writeProduceResponseTopicProduceResponse);
  if (v >= 1) w.int32(m.throttleTimeMs);
}

function readProduceResponseTopicProduceResponse(r: Reader, v: number): ProduceResponseTopicProduceResponse {
  const fName = r.string(false);
  const fPartitionResponses = r.array(false, v, readProduceResponsePartitionProduceResponse);
  return { name: fName, partitionResponses: fPartitionResponses };
}

function writeProduceResponseTopicProduceResponse(w: Writer, m: ProduceResponseTopicProduceResponse, v: number): void {
  w.string(m.name, false);
  w.array(m.partitionResponses, false, v, writeProduceResponsePartitionProduceResponse);
}

function readProduceResponsePartitionProduceResponse(r: Reader, v: number): ProduceResponsePartitionProduceResponse {
  const fIndex = r.int32();
  const fErrorCode = r.int16();
  const fBaseOffset = r.int64();
  const fLogAppendTimeMs = v >= 2 ? r.int64() : -1;
  const fLogStartOffset = v >= 5 ? r.int64() : -1;
  return { index: fIndex, errorCode: fErrorCode, baseOffset: fBaseOffset, logAppendTimeMs: fLogAppendTimeMs, logStartOffset: fLogStartOffset };
}

function writeProduceResponsePartitionProduceResponse(w: Writer, m: ProduceResponsePartitionProduceResponse, v: number): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  if (v >= 2) w.int64(m.logAppendTimeMs);
  if (v >= 5) w.int64(m.logStartOffset);
}
