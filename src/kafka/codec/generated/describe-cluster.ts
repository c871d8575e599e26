// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DescribeClusterRequest.json and DescribeClusterResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- DescribeCluster request (api key 60), versions 0-0, flexible from 0

export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. */
  includeClusterAuthorizedOperations: boolean;
}

export function decodeDescribeClusterRequest(r: Reader, _v: number): DescribeClusterRequest {
  const fIncludeClusterAuthorizedOperations = r.bool();
  r.skipTaggedFields();
  return { includeClusterAuthorizedOperations: fIncludeClusterAuthorizedOperations };
}

export function encodeDescribeClusterRequest(w: Writer, m: DescribeClusterRequest, _v: number): void {
  w.bool(m.includeClusterAuthorizedOperations);
  w.uvarint(0);
}

// ---- DescribeCluster response (api key 60), versions 0-0, flexible from 0

export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (nullable) */
  errorMessage: string | null;
  /** The cluster ID that responding broker belongs to. */
  clusterId: string;
  /** The ID of the controller broker. */
  controllerId: number;
  /** Each broker in the response. */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. */
  clusterAuthorizedOperations: number;
}

export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. */
  brokerId: number;
  /** The broker hostname. */
  host: string;
  /** The broker port. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (nullable) */
  rack: string | null;
}

export function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  const fThrottleTimeMs = r.int32();
  const fErrorCode = r.int16();
  const fErrorMessage = r.nullableString(true);
  const fClusterId = r.string(true);
  const fControllerId = r.int32();
  const fBrokers = r.array(true, v, readDescribeClusterResponseDescribeClusterBroker);
  const fClusterAuthorizedOperations = r.int32();
  r.skipTaggedFields();
  return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, errorMessage: fErrorMessage, clusterId: fClusterId, controllerId: fControllerId, brokers: fBrokers, clusterAuthorizedOperations: fClusterAuthorizedOperations };
}

export function encodeDescribeClusterResponse(w: Writer, m: DescribeClusterResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage, true);
  w.string(m.clusterId, true);
  w.int32(m.controllerId);
  w.array(m.brokers, true, v, writeDescribeClusterResponseDescribeClusterBroker);
  w.int32(m.clusterAuthorizedOperations);
  w.uvarint(0);
}

function readDescribeClusterResponseDescribeClusterBroker(r: Reader, _v: number): DescribeClusterResponseDescribeClusterBroker {
  const fBrokerId = r.int32();
  const fHost = r.string(true);
  const fPort = r.int32();
  const fRack = r.nullableString(true);
  r.skipTaggedFields();
  return { brokerId: fBrokerId, host: fHost, port: fPort, rack: fRack };
}

function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, m: DescribeClusterResponseDescribeClusterBroker, _v: number): void {
  w.int32(m.brokerId);
  w.string(m.host, true);
  w.int32(m.port);
  w.nullableString(m.rack, true);
  w.uvarint(0);
}
