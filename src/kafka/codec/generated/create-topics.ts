// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from CreateTopicsRequest.json and CreateTopicsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt32 } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeInt32 } from '../writer.js';

// ---- CreateTopics request (api key 19), versions 0-4

export interface CreateTopicsRequest {
  /** The topics to create. */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. (v1+) */
  validateOnly: boolean;
}

export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. */
  configs: CreateTopicsRequestCreatableTopicConfig[];
}

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. */
  partitionIndex: number;
  /** The brokers to place the partition on. */
  brokerIds: number[];
}

export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. */
  name: string;
  /** The configuration value. (nullable) */
  value: string | null;
}

export function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  const fTopics = r.array(false, v, readCreateTopicsRequestCreatableTopic);
  const ftimeoutMs = r.int32();
  const fvalidateOnly = v >= 1 ? r.bool() : false;
  return { topics: fTopics, timeoutMs: ftimeoutMs, validateOnly: fvalidateOnly };
}

export function encodeCreateTopicsRequest(w: Writer, m: CreateTopicsRequest, v: number): void {
  w.array(m.topics, false, v, writeCreateTopicsRequestCreatableTopic);
  w.int32(m.timeoutMs);
  if (v >= 1) w.bool(m.validateOnly);
}

function readCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopic {
  const fName = r.string(false);
  const fNumPartitions = r.int32();
  const fReplicationFactor = r.int16();
  const fAssignments = r.array(false, v, readCreateTopicsRequestCreatableReplicaAssignment);
  const fConfigs = r.array(false, v, readCreateTopicsRequestCreatableTopicConfig);
  return { name: fName, numPartitions: fNumPartitions, replicationFactor: fReplicationFactor, assignments: fAssignments, configs: fConfigs };
}

function writeCreateTopicsRequestCreatableTopic(w: Writer, m: CreateTopicsRequestCreatableTopic, v: number): void {
  w.string(m.name, false);
  w.int32(m.numPartitions);
  w.int16(m.replicationFactor);
  w.array(m.assignments, false, v, writeCreateTopicsRequestCreatableReplicaAssignment);
  w.array(m.configs, false, v, writeCreateTopicsRequestCreatableTopicConfig);
}

function readCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment {
  const fPartitionIndex = r.int32();
  const fBrokerIds = r.array(false, v, readInt32);
  return { partitionIndex: fPartitionIndex, brokerIds: fBrokerIds };
}

function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, m: CreateTopicsRequestCreatableReplicaAssignment, v: number): void {
  w.int32(m.partitionIndex);
  w.array(m.brokerIds, false, v, writeInt32);
}

function readCreateTopicsRequestCreatableTopicConfig(r: Reader, _v: number): CreateTopicsRequestCreatableTopicConfig {
  const fName = r.string(false);
  const fValue = r.nullableString(false);
  return { name: fName, value: fValue };
}

function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, m: CreateTopicsRequestCreatableTopicConfig, _v: number): void {
  w.string(m.name, false);
  w.nullableString(m.value, false);
}

// ---- CreateTopics response (api key 19), versions 0-4

export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+) */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. */
  topics: CreateTopicsResponseCreatableTopicResult[];
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. */
  name: string;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. (v1+; nullable) */
  errorMessage: string | null;
}

export function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const fThrottleTimeMs = v >= 2 ? r.int32() : 0;
  const fTopics = r.array(false, v, readCreateTopicsResponseCreatableTopicResult);
  return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}

export function encodeCreateTopicsResponse(w: Writer, m: CreateTopicsResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs);
  w.array(m.topics, false, v, writeCreateTopicsResponseCreatableTopicResult);
}

function readCreateTopicsResponseCreatableTopicResult(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult {
  const fName = r.string(false);
  const fErrorCode = r.int16();
  const fErrorMessage = v >= 1 ? r.nullableString(false) : "";
  return { name: fName, errorCode: fErrorCode, errorMessage: fErrorMessage };
}

function writeCreateTopicsResponseCreatableTopicResult(w: Writer, m: CreateTopicsResponseCreatableTopicResult, v: number): void {
  w.string(m.name, false);
  w.int16(m.errorCode);
  if (v >= 1) w.nullableString(m.errorMessage, false);
}
