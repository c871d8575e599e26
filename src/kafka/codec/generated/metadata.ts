// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from MetadataRequest.json and MetadataResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readInt32 } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeInt32 } from '../writer.js';

// ---- Metadata request (api key 3), versions 0-6

export interface MetadataRequest {
  /** The topics to fetch metadata for. (nullable v1+) */
  topics: MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (v4+) */
  allowAutoTopicCreation: boolean;
}

export interface MetadataRequestTopic {
  /** The topic name. */
  name: string;
}

export function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  const fTopics = v >= 1 ? r.nullableArray(false, v, readMetadataRequestTopic) : r.array(false, v, readMetadataRequestTopic);
  const fAllowAutoTopicCreation = v >= 4 ? r.bool() : true;
  return { topics: fTopics, allowAutoTopicCreation: fAllowAutoTopicCreation };
}

export function encodeMetadataRequest(w: Writer, m: MetadataRequest, v: number): void {
  if (v >= 1) w.nullableArray(m.topics, false, v, writeMetadataRequestTopic);
  else w.array(m.topics as MetadataRequestTopic[], false, v, writeMetadataRequestTopic);
  if (v >= 4) w.bool(m.allowAutoTopicCreation);
}

function readMetadataRequestTopic(r: Reader, _v: number): MetadataRequestTopic {
  const fName = r.string(false);
  return { name: fName };
}

function writeMetadataRequestTopic(w: Writer, m: MetadataRequestTopic, _v: number): void {
  w.string(m.name, false);
}

// ---- Metadata response (api key 3), versions 0-6

export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+) */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. */
  brokers: MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. (v2+; nullable) */
  clusterId: string | null;
  /** The ID of the controller broker. (v1+) */
  controllerId: number;
  /** Each topic in the response. */
  topics: MetadataResponseTopic[];
}

export interface MetadataResponseBroker {
  /** The broker ID. */
  nodeId: number;
  /** The broker hostname. */
  host: string;
  /** The broker port. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (v1+; nullable) */
  rack: string | null;
}

export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. */
  name: string;
  /** True if the topic is internal. (v1+) */
  isInternal: boolean;
  /** Each partition in the topic. */
  partitions: MetadataResponsePartition[];
}

export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. */
  errorCode: number;
  /** The partition index. */
  partitionIndex: number;
  /** The ID of the leader broker. */
  leaderId: number;
  /** The set of all nodes that host this partition. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. */
  isrNodes: number[];
  /** The set of offline replicas of this partition. (v5+) */
  offlineReplicas: number[];
}

export function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  const fThrottleTimeMs = v >= 3 ? r.int32() : 0;
  const fBrokers = r.array(false, v, readMetadataResponseBroker);
  const fClusterId = v >= 2 ? r.nullableString(false) : null;
  const fControllerId = v >= 1 ? r.int32() : -1;
  const fTopics = r.array(false, v, readMetadataResponseTopic);
  return { throttleTimeMs: fThrottleTimeMs, brokers: fBrokers, clusterId: fClusterId, controllerId: fControllerId, topics: fTopics };
}

export function encodeMetadataResponse(w: Writer, m: MetadataResponse, v: number): void {
  if (v >= 3) w.int32(m.throttleTimeMs);
  w.array(m.brokers, false, v, writeMetadataResponseBroker);
  if (v >= 2) w.nullableString(m.clusterId, false);
  if (v >= 1) w.int32(m.controllerId);
  w.array(m.topics, false, v, writeMetadataResponseTopic);
}

function readMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const fNodeId = r.int32();
  const fHost = r.string(false);
  const fPort = r.int32();
  const fRack = v >= 1 ? r.nullableString(false) : null;
  return { nodeId: fNodeId, host: fHost, port: fPort, rack: fRack };
}

function writeMetadataResponseBroker(w: Writer, m: MetadataResponseBroker, v: number): void {
  w.int32(m.nodeId);
  w.string(m.host, false);
  w.int32(m.port);
  if (v >= 1) w.nullableString(m.rack, false);
}

function readMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const fErrorCode = r.int16();
  const fName = r.string(false);
  const fIsInternal = v >= 1 ? r.bool() : false;
  const fPartitions = r.array(false, v, readMetadataResponsePartition);
  return { errorCode: fErrorCode, name: fName, isInternal: fIsInternal, partitions: fPartitions };
}

function writeMetadataResponseTopic(w: Writer, m: MetadataResponseTopic, v: number): void {
  w.int16(m.errorCode);
  w.string(m.name, false);
  if (v >= 1) w.bool(m.isInternal);
  w.array(m.partitions, false, v, writeMetadataResponsePartition);
}

function readMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const fErrorCode = r.int16();
  const fPartitionIndex = r.int32();
  const fLeaderId = r.int32();
  const fReplicaNodes = r.array(false, v, readInt32);
  const fIsrNodes = r.array(false, v, readInt32);
  const fOfflineReplicas = v >= 5 ? r.array(false, v, readInt32) : [];
  return { errorCode: fErrorCode, partitionIndex: fPartitionIndex, leaderId: fLeaderId, replicaNodes: fReplicaNodes, isrNodes: fIsrNodes, offlineReplicas: fOfflineReplicas };
}

function writeMetadataResponsePartition(w: Writer, m: MetadataResponsePartition, v: number): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.array(m.replicaNodes, false, v, writeInt32);
  w.array(m.isrNodes, false, v, writeInt32);
  if (v >= 5) w.array(m.offlineReplicas, false, v, writeInt32);
}
