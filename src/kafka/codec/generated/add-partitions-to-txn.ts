// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from AddPartitionsToTxnRequest.json and AddPartitionsToTxnResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt32 } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeInt32 } from '../writer.js';

// ---- AddPartitionsToTxn request (api key 24), versions 0-1

export interface AddPartitionsToTxnRequest {
  /** The transactional id corresponding to the transaction. */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. */
  v3AndBelowProducerId: number;
  /** Current epoch associated with the producer id. */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. */
  name: string;
  /** The partition indexes to add to the transaction */
  partitions: number[];
}

export function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  const fV3AndBelowTransactionalId = r.string(false);
  const fV3AndBelowProducerId = r.int64();
  const fV3AndBelowProducerEpoch = r.int16();
  const fV3AndBelowTopics = r.array(false, v, readAddPartitionsToTxnRequestAddPartitionsToTxnTopic);
  return { v3AndBelowTransactionalId: fV3AndBelowTransactionalId, v3AndBelowProducerId: fV3AndBelowProducerId, v3AndBelowProducerEpoch: fV3AndBelowProducerEpoch, v3AndBelowTopics: fV3AndBelowTopics };
}

export function encodeAddPartitionsToTxnRequest(w: Writer, m: AddPartitionsToTxnRequest, v: number): void {
  w.string(m.v3AndBelowTransactionalId, false);
  w.int64(m.v3AndBelowProducerId);
  w.int16(m.v3AndBelowProducerEpoch);
  w.array(m.v3AndBelowTopics, false, v, writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic);
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const fName = r.string(false);
  const fPartitions = r.array(false, v, readInt32);
  return { name: fName, partitions: fPartitions };
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, v: number): void {
  w.string(m.name, false);
  w.array(m.partitions, false, v, writeInt32);
}

// ---- AddPartitionsToTxn response (api key 24), versions 0-1

export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each topic. */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. */
  name: string;
  /** The results for each partition */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. */
  partitionIndex: number;
  /** The response error code. */
  partitionErrorCode: number;
}

export function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const fThrottleTimeMs = r.int32();
  const fResultsByTopicV3AndBelow = r.array(false, v, readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult);
  return { throttleTimeMs: fThrottleTimeMs, resultsByTopicV3AndBelow: fResultsByTopicV3AndBelow };
}

export function encodeAddPartitionsToTxnResponse(w: Writer, m: AddPartitionsToTxnResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.array(m.resultsByTopicV3AndBelow, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult);
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const fName = r.string(false);
  const fResultsByPartition = r.array(false, v, readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult);
  return { name: fName, resultsByPartition: fResultsByPartition };
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v: number): void {
  w.string(m.name, false);
  w.array(m.resultsByPartition, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult);
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, _v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const fPartitionIndex = r.int32();
  const fPartitionErrorCode = r.int16();
  return { partitionIndex: fPartitionIndex, partitionErrorCode: fPartitionErrorCode };
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.partitionErrorCode);
}
