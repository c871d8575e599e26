// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs; run `npm run gen:kafka` to refresh. Derived from Apache Kafka's
// message definitions: Copyright The Apache Software Foundation, licensed under the Apache License 2.0.
//
// The API table below is what Wharf advertises in ApiVersions, and the dispatch functions route a
// body to its generated decoder or encoder. Why each range: scripts/gen-kafka.mjs, ADVERTISED.

import { CodecErrorKind, KafkaCodecError } from '../codec-error.js';
import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
import * as produce from './produce.js';
import * as fetch from './fetch.js';
import * as listOffsets from './list-offsets.js';
import * as metadata from './metadata.js';
import * as offsetCommit from './offset-commit.js';
import * as offsetFetch from './offset-fetch.js';
import * as findCoordinator from './find-coordinator.js';
import * as joinGroup from './join-group.js';
import * as heartbeat from './heartbeat.js';
import * as leaveGroup from './leave-group.js';
import * as syncGroup from './sync-group.js';
import * as describeGroups from './describe-groups.js';
import * as listGroups from './list-groups.js';
import * as saslHandshake from './sasl-handshake.js';
import * as apiVersions from './api-versions.js';
import * as createTopics from './create-topics.js';
import * as deleteTopics from './delete-topics.js';
import * as deleteRecords from './delete-records.js';
import * as initProducerId from './init-producer-id.js';
import * as addPartitionsToTxn from './add-partitions-to-txn.js';
import * as addOffsetsToTxn from './add-offsets-to-txn.js';
import * as endTxn from './end-txn.js';
import * as txnOffsetCommit from './txn-offset-commit.js';
import * as describeConfigs from './describe-configs.js';
import * as alterConfigs from './alter-configs.js';
import * as saslAuthenticate from './sasl-authenticate.js';
import * as createPartitions from './create-partitions.js';
import * as deleteGroups from './delete-groups.js';
import * as incrementalAlterConfigs from './incremental-alter-configs.js';
import * as offsetDelete from './offset-delete.js';
import * as describeCluster from './describe-cluster.js';

export type * from './produce.js';
export type * from './fetch.js';
export type * from './list-offsets.js';
export type * from './metadata.js';
export type * from './offset-commit.js';
export type * from './offset-fetch.js';
export type * from './find-coordinator.js';
export type * from './join-group.js';
export type * from './heartbeat.js';
export type * from './leave-group.js';
export type * from './sync-group.js';
export type * from './describe-groups.js';
export type * from './list-groups.js';
export type * from './sasl-handshake.js';
export type * from './api-versions.js';
export type * from './create-topics.js';
export type * from './delete-topics.js';
export type * from './delete-records.js';
export type * from './init-producer-id.js';
export type * from './add-partitions-to-txn.js';
export type * from './add-offsets-to-txn.js';
export type * from './end-txn.js';
export type * from './txn-offset-commit.js';
export type * from './describe-configs.js';
export type * from './alter-configs.js';
export type * from './sasl-authenticate.js';
export type * from './create-partitions.js';
export type * from './delete-groups.js';
export type * from './incremental-alter-configs.js';
export type * from './offset-delete.js';
export type * from './describe-cluster.js';

export interface ApiInfo {
  readonly apiKey: number;
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** First flexible version (compact encodings, tagged fields, header v2/v1), or null if none. */
  readonly flexibleFrom: number | null;
}

export const ApiKey = Object.freeze({
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  TxnOffsetCommit: 28,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  DeleteGroups: 42,
  IncrementalAlterConfigs: 44,
  OffsetDelete: 47,
  DescribeCluster: 60,
} as const);
export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];

/** Every API Wharf advertises, by api key (frozen: shared by every broker in the process). */
export const API_TABLE: readonly ApiInfo[] = Object.freeze([
  Object.freeze({ apiKey: 0, name: 'Produce', minVersion: 0, maxVersion: 7, flexibleFrom: 9 }),
  Object.freeze({ apiKey: 1, name: 'Fetch', minVersion: 0, maxVersion: 11, flexibleFrom: 12 }),
  Object.freeze({ apiKey: 2, name: 'ListOffsets', minVersion: 0, maxVersion: 3, flexibleFrom: 6 }),
  Object.freeze({ apiKey: 3, name: 'Metadata', minVersion: 0, maxVersion: 6, flexibleFrom: 9 }),
  Object.freeze({ apiKey: 8, name: 'OffsetCommit', minVersion: 0, maxVersion: 7, flexibleFrom: 8 }),
  Object.freeze({ apiKey: 9, name: 'OffsetFetch', minVersion: 0, maxVersion: 7, flexibleFrom: 6 }),
  Object.freeze({ apiKey: 10, name: 'FindCoordinator', minVersion: 0, maxVersion: 2, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 11, name: 'JoinGroup', minVersion: 0, maxVersion: 5, flexibleFrom: 6 }),
  Object.freeze({ apiKey: 12, name: 'Heartbeat', minVersion: 0, maxVersion: 3, flexibleFrom: 4 }),
  Object.freeze({ apiKey: 13, name: 'LeaveGroup', minVersion: 0, maxVersion: 3, flexibleFrom: 4 }),
  Object.freeze({ apiKey: 14, name: 'SyncGroup', minVersion: 0, maxVersion: 3, flexibleFrom: 4 }),
  Object.freeze({ apiKey: 15, name: 'DescribeGroups', minVersion: 0, maxVersion: 4, flexibleFrom: 5 }),
  Object.freeze({ apiKey: 16, name: 'ListGroups', minVersion: 0, maxVersion: 4, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 17, name: 'SaslHandshake', minVersion: 0, maxVersion: 1, flexibleFrom: null }),
  Object.freeze({ apiKey: 18, name: 'ApiVersions', minVersion: 0, maxVersion: 3, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 19, name: 'CreateTopics', minVersion: 0, maxVersion: 4, flexibleFrom: 5 }),
  Object.freeze({ apiKey: 20, name: 'DeleteTopics', minVersion: 0, maxVersion: 1, flexibleFrom: 4 }),
  Object.freeze({ apiKey: 21, name: 'DeleteRecords', minVersion: 0, maxVersion: 1, flexibleFrom: 2 }),
  Object.freeze({ apiKey: 22, name: 'InitProducerId', minVersion: 0, maxVersion: 4, flexibleFrom: 2 }),
  Object.freeze({ apiKey: 24, name: 'AddPartitionsToTxn', minVersion: 0, maxVersion: 1, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 25, name: 'AddOffsetsToTxn', minVersion: 0, maxVersion: 1, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 26, name: 'EndTxn', minVersion: 0, maxVersion: 1, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 28, name: 'TxnOffsetCommit', minVersion: 0, maxVersion: 3, flexibleFrom: 3 }),
  Object.freeze({ apiKey: 32, name: 'DescribeConfigs', minVersion: 0, maxVersion: 2, flexibleFrom: 4 }),
  Object.freeze({ apiKey: 33, name: 'AlterConfigs', minVersion: 0, maxVersion: 1, flexibleFrom: 2 }),
  Object.freeze({ apiKey: 36, name: 'SaslAuthenticate', minVersion: 0, maxVersion: 1, flexibleFrom: 2 }),
  Object.freeze({ apiKey: 37, name: 'CreatePartitions', minVersion: 0, maxVersion: 1, flexibleFrom: 2 }),
  Object.freeze({ apiKey: 42, name: 'DeleteGroups', minVersion: 0, maxVersion: 1, flexibleFrom: 2 }),
  Object.freeze({ apiKey: 44, name: 'IncrementalAlterConfigs', minVersion: 0, maxVersion: 1, flexibleFrom: 1 }),
  Object.freeze({ apiKey: 47, name: 'OffsetDelete', minVersion: 0, maxVersion: 0, flexibleFrom: null }),
  Object.freeze({ apiKey: 60, name: 'DescribeCluster', minVersion: 0, maxVersion: 0, flexibleFrom: 0 }),
]);

const BY_KEY: readonly (ApiInfo | undefined)[] = Object.freeze(
  API_TABLE.reduce<(ApiInfo | undefined)[]>((acc, a) => {
    acc[a.apiKey] = a;
    return acc;
  }, []),
);

/** The table entry of an API key Wharf advertises, or undefined. */
export function apiInfo(apiKey: number): ApiInfo | undefined {
  return BY_KEY[apiKey];
}

export interface RequestByKey {
  0: produce.ProduceRequest;
  1: fetch.FetchRequest;
  2: listOffsets.ListOffsetsRequest;
  3: metadata.MetadataRequest;
  8: offsetCommit.OffsetCommitRequest;
  9: offsetFetch.OffsetFetchRequest;
  10: findCoordinator.FindCoordinatorRequest;
  11: joinGroup.JoinGroupRequest;
  12: heartbeat.HeartbeatRequest;
  13: leaveGroup.LeaveGroupRequest;
  14: syncGroup.SyncGroupRequest;
  15: describeGroups.DescribeGroupsRequest;
  16: listGroups.ListGroupsRequest;
  17: saslHandshake.SaslHandshakeRequest;
  18: apiVersions.ApiVersionsRequest;
  19: createTopics.CreateTopicsRequest;
  20: deleteTopics.DeleteTopicsRequest;
  21: deleteRecords.DeleteRecordsRequest;
  22: initProducerId.InitProducerIdRequest;
  24: addPartitionsToTxn.AddPartitionsToTxnRequest;
  25: addOffsetsToTxn.AddOffsetsToTxnRequest;
  26: endTxn.EndTxnRequest;
  28: txnOffsetCommit.TxnOffsetCommitRequest;
  32: describeConfigs.DescribeConfigsRequest;
  33: alterConfigs.AlterConfigsRequest;
  36: saslAuthenticate.SaslAuthenticateRequest;
  37: createPartitions.CreatePartitionsRequest;
  42: deleteGroups.DeleteGroupsRequest;
  44: incrementalAlterConfigs.IncrementalAlterConfigsRequest;
  47: offsetDelete.OffsetDeleteRequest;
  60: describeCluster.DescribeClusterRequest;
}
export interface ResponseByKey {
  0: produce.ProduceResponse;
  1: fetch.FetchResponse;
  2: listOffsets.ListOffsetsResponse;
  3: metadata.MetadataResponse;
  8: offsetCommit.OffsetCommitResponse;
  9: offsetFetch.OffsetFetchResponse;
  10: findCoordinator.FindCoordinatorResponse;
  11: joinGroup.JoinGroupResponse;
  12: heartbeat.HeartbeatResponse;
  13: leaveGroup.LeaveGroupResponse;
  14: syncGroup.SyncGroupResponse;
  15: describeGroups.DescribeGroupsResponse;
  16: listGroups.ListGroupsResponse;
  17: saslHandshake.SaslHandshakeResponse;
  18: apiVersions.ApiVersionsResponse;
  19: createTopics.CreateTopicsResponse;
  20: deleteTopics.DeleteTopicsResponse;
  21: deleteRecords.DeleteRecordsResponse;
  22: initProducerId.InitProducerIdResponse;
  24: addPartitionsToTxn.AddPartitionsToTxnResponse;
  25: addOffsetsToTxn.AddOffsetsToTxnResponse;
  26: endTxn.EndTxnResponse;
  28: txnOffsetCommit.TxnOffsetCommitResponse;
  32: describeConfigs.DescribeConfigsResponse;
  33: alterConfigs.AlterConfigsResponse;
  36: saslAuthenticate.SaslAuthenticateResponse;
  37: createPartitions.CreatePartitionsResponse;
  42: deleteGroups.DeleteGroupsResponse;
  44: incrementalAlterConfigs.IncrementalAlterConfigsResponse;
  47: offsetDelete.OffsetDeleteResponse;
  60: describeCluster.DescribeClusterResponse;
}
export type AnyRequest = RequestByKey[keyof RequestByKey];
export type AnyResponse = ResponseByKey[keyof ResponseByKey];

function unknownApi(apiKey: number): KafkaCodecError {
  return new KafkaCodecError(CodecErrorKind.UNKNOWN_API, `unknown api key ${apiKey}`, { apiKey });
}

/** Throws UNKNOWN_API or UNSUPPORTED_VERSION unless Wharf advertises this key and version. */
export function checkVersion(apiKey: number, version: number): ApiInfo {
  const a = BY_KEY[apiKey];
  if (a === undefined) throw unknownApi(apiKey);
  if (version < a.minVersion || version > a.maxVersion)
    throw new KafkaCodecError(
      CodecErrorKind.UNSUPPORTED_VERSION,
      `${a.name} v${version} is not supported (${a.minVersion}-${a.maxVersion})`,
      { apiKey, apiVersion: version },
    );
  return a;
}

/** Decodes a request body (no header); the version must be advertised (checkVersion). */
export function decodeRequestBody(r: Reader, apiKey: number, version: number): AnyRequest {
  checkVersion(apiKey, version);
  switch (apiKey) {
    case 0:
      return produce.decodeProduceRequest(r, version);
    case 1:
      return fetch.decodeFetchRequest(r, version);
    case 2:
      return listOffsets.decodeListOffsetsRequest(r, version);
    case 3:
      return metadata.decodeMetadataRequest(r, version);
    case 8:
      return offsetCommit.decodeOffsetCommitRequest(r, version);
    case 9:
      return offsetFetch.decodeOffsetFetchRequest(r, version);
    case 10:
      return findCoordinator.decodeFindCoordinatorRequest(r, version);
    case 11:
      return joinGroup.decodeJoinGroupRequest(r, version);
    case 12:
      return heartbeat.decodeHeartbeatRequest(r, version);
    case 13:
      return leaveGroup.decodeLeaveGroupRequest(r, version);
    case 14:
      return syncGroup.decodeSyncGroupRequest(r, version);
    case 15:
      return describeGroups.decodeDescribeGroupsRequest(r, version);
    case 16:
      return listGroups.decodeListGroupsRequest(r, version);
    case 17:
      return saslHandshake.decodeSaslHandshakeRequest(r, version);
    case 18:
      return apiVersions.decodeApiVersionsRequest(r, version);
    case 19:
      return createTopics.decodeCreateTopicsRequest(r, version);
    case 20:
      return deleteTopics.decodeDeleteTopicsRequest(r, version);
    case 21:
      return deleteRecords.decodeDeleteRecordsRequest(r, version);
    case 22:
      return initProducerId.decodeInitProducerIdRequest(r, version);
    case 24:
      return addPartitionsToTxn.decodeAddPartitionsToTxnRequest(r, version);
    case 25:
      return addOffsetsToTxn.decodeAddOffsetsToTxnRequest(r, version);
    case 26:
      return endTxn.decodeEndTxnRequest(r, version);
    case 28:
      return txnOffsetCommit.decodeTxnOffsetCommitRequest(r, version);
    case 32:
      return describeConfigs.decodeDescribeConfigsRequest(r, version);
    case 33:
      return alterConfigs.decodeAlterConfigsRequest(r, version);
    case 36:
      return saslAuthenticate.decodeSaslAuthenticateRequest(r, version);
    case 37:
      return createPartitions.decodeCreatePartitionsRequest(r, version);
    case 42:
      return deleteGroups.decodeDeleteGroupsRequest(r, version);
    case 44:
      return incrementalAlterConfigs.decodeIncrementalAlterConfigsRequest(r, version);
    case 47:
      return offsetDelete.decodeOffsetDeleteRequest(r, version);
    case 60:
      return describeCluster.decodeDescribeClusterRequest(r, version);
    default:
      throw unknownApi(apiKey);
  }
}

/** Decodes a response body (no header); the version must be advertised (checkVersion). */
export function decodeResponseBody(r: Reader, apiKey: number, version: number): AnyResponse {
  checkVersion(apiKey, version);
  switch (apiKey) {
    case 0:
      return produce.decodeProduceResponse(r, version);
    case 1:
      return fetch.decodeFetchResponse(r, version);
    case 2:
      return listOffsets.decodeListOffsetsResponse(r, version);
    case 3:
      return metadata.decodeMetadataResponse(r, version);
    case 8:
      return offsetCommit.decodeOffsetCommitResponse(r, version);
    case 9:
      return offsetFetch.decodeOffsetFetchResponse(r, version);
    case 10:
      return findCoordinator.decodeFindCoordinatorResponse(r, version);
    case 11:
      return joinGroup.decodeJoinGroupResponse(r, version);
    case 12:
      return heartbeat.decodeHeartbeatResponse(r, version);
    case 13:
      return leaveGroup.decodeLeaveGroupResponse(r, version);
    case 14:
      return syncGroup.decodeSyncGroupResponse(r, version);
    case 15:
      return describeGroups.decodeDescribeGroupsResponse(r, version);
    case 16:
      return listGroups.decodeListGroupsResponse(r, version);
    case 17:
      return saslHandshake.decodeSaslHandshakeResponse(r, version);
    case 18:
      return apiVersions.decodeApiVersionsResponse(r, version);
    case 19:
      return createTopics.decodeCreateTopicsResponse(r, version);
    case 20:
      return deleteTopics.decodeDeleteTopicsResponse(r, version);
    case 21:
      return deleteRecords.decodeDeleteRecordsResponse(r, version);
    case 22:
      return initProducerId.decodeInitProducerIdResponse(r, version);
    case 24:
      return addPartitionsToTxn.decodeAddPartitionsToTxnResponse(r, version);
    case 25:
      return addOffsetsToTxn.decodeAddOffsetsToTxnResponse(r, version);
    case 26:
      return endTxn.decodeEndTxnResponse(r, version);
    case 28:
      return txnOffsetCommit.decodeTxnOffsetCommitResponse(r, version);
    case 32:
      return describeConfigs.decodeDescribeConfigsResponse(r, version);
    case 33:
      return alterConfigs.decodeAlterConfigsResponse(r, version);
    case 36:
      return saslAuthenticate.decodeSaslAuthenticateResponse(r, version);
    case 37:
      return createPartitions.decodeCreatePartitionsResponse(r, version);
    case 42:
      return deleteGroups.decodeDeleteGroupsResponse(r, version);
    case 44:
      return incrementalAlterConfigs.decodeIncrementalAlterConfigsResponse(r, version);
    case 47:
      return offsetDelete.decodeOffsetDeleteResponse(r, version);
    case 60:
      return describeCluster.decodeDescribeClusterResponse(r, version);
    default:
      throw unknownApi(apiKey);
  }
}

/** Encodes a request body (no header); the version must be advertised (checkVersion). */
export function encodeRequestBody(w: Writer, apiKey: number, version: number, body: AnyRequest): void {
  checkVersion(apiKey, version);
  switch (apiKey) {
    case 0:
      return produce.encodeProduceRequest(w, body as produce.ProduceRequest, version);
    case 1:
      return fetch.encodeFetchRequest(w, body as fetch.FetchRequest, version);
    case 2:
      return listOffsets.encodeListOffsetsRequest(w, body as listOffsets.ListOffsetsRequest, version);
    case 3:
      return metadata.encodeMetadataRequest(w, body as metadata.MetadataRequest, version);
    case 8:
      return offsetCommit.encodeOffsetCommitRequest(w, body as offsetCommit.OffsetCommitRequest, version);
    case 9:
      return offsetFetch.encodeOffsetFetchRequest(w, body as offsetFetch.OffsetFetchRequest, version);
    case 10:
      return findCoordinator.encodeFindCoordinatorRequest(w, body as findCoordinator.FindCoordinatorRequest, version);
    case 11:
      return joinGroup.encodeJoinGroupRequest(w, body as joinGroup.JoinGroupRequest, version);
    case 12:
      return heartbeat.encodeHeartbeatRequest(w, body as heartbeat.HeartbeatRequest, version);
    case 13:
      return leaveGroup.encodeLeaveGroupRequest(w, body as leaveGroup.LeaveGroupRequest, version);
    case 14:
      return syncGroup.encodeSyncGroupRequest(w, body as syncGroup.SyncGroupRequest, version);
    case 15:
      return describeGroups.encodeDescribeGroupsRequest(w, body as describeGroups.DescribeGroupsRequest, version);
    case 16:
      return listGroups.encodeListGroupsRequest(w, body as listGroups.ListGroupsRequest, version);
    case 17:
      return saslHandshake.encodeSaslHandshakeRequest(w, body as saslHandshake.SaslHandshakeRequest, version);
    case 18:
      return apiVersions.encodeApiVersionsRequest(w, body as apiVersions.ApiVersionsRequest, version);
    case 19:
      return createTopics.encodeCreateTopicsRequest(w, body as createTopics.CreateTopicsRequest, version);
    case 20:
      return deleteTopics.encodeDeleteTopicsRequest(w, body as deleteTopics.DeleteTopicsRequest, version);
    case 21:
      return deleteRecords.encodeDeleteRecordsRequest(w, body as deleteRecords.DeleteRecordsRequest, version);
    case 22:
      return initProducerId.encodeInitProducerIdRequest(w, body as initProducerId.InitProducerIdRequest, version);
    case 24:
      return addPartitionsToTxn.encodeAddPartitionsToTxnRequest(w, body as addPartitionsToTxn.AddPartitionsToTxnRequest, version);
    case 25:
      return addOffsetsToTxn.encodeAddOffsetsToTxnRequest(w, body as addOffsetsToTxn.AddOffsetsToTxnRequest, version);
    case 26:
      return endTxn.encodeEndTxnRequest(w, body as endTxn.EndTxnRequest, version);
    case 28:
      return txnOffsetCommit.encodeTxnOffsetCommitRequest(w, body as txnOffsetCommit.TxnOffsetCommitRequest, version);
    case 32:
      return describeConfigs.encodeDescribeConfigsRequest(w, body as describeConfigs.DescribeConfigsRequest, version);
    case 33:
      return alterConfigs.encodeAlterConfigsRequest(w, body as alterConfigs.AlterConfigsRequest, version);
    case 36:
      return saslAuthenticate.encodeSaslAuthenticateRequest(w, body as saslAuthenticate.SaslAuthenticateRequest, version);
    case 37:
      return createPartitions.encodeCreatePartitionsRequest(w, body as createPartitions.CreatePartitionsRequest, version);
    case 42:
      return deleteGroups.encodeDeleteGroupsRequest(w, body as deleteGroups.DeleteGroupsRequest, version);
    case 44:
      return incrementalAlterConfigs.encodeIncrementalAlterConfigsRequest(w, body as incrementalAlterConfigs.IncrementalAlterConfigsRequest, version);
    case 47:
      return offsetDelete.encodeOffsetDeleteRequest(w, body as offsetDelete.OffsetDeleteRequest, version);
    case 60:
      return describeCluster.encodeDescribeClusterRequest(w, body as describeCluster.DescribeClusterRequest, version);
    default:
      throw unknownApi(apiKey);
  }
}

/** Encodes a response body (no header); the version must be advertised (checkVersion). */
export function encodeResponseBody(w: Writer, apiKey: number, version: number, body: AnyResponse): void {
  checkVersion(apiKey, version);
  switch (apiKey) {
    case 0:
      return produce.encodeProduceResponse(w, body as produce.ProduceResponse, version);
    case 1:
      return fetch.encodeFetchResponse(w, body as fetch.FetchResponse, version);
    case 2:
      return listOffsets.encodeListOffsetsResponse(w, body as listOffsets.ListOffsetsResponse, version);
    case 3:
      return metadata.encodeMetadataResponse(w, body as metadata.MetadataResponse, version);
    case 8:
      return offsetCommit.encodeOffsetCommitResponse(w, body as offsetCommit.OffsetCommitResponse, version);
    case 9:
      return offsetFetch.encodeOffsetFetchResponse(w, body as offsetFetch.OffsetFetchResponse, version);
    case 10:
      return findCoordinator.encodeFindCoordinatorResponse(w, body as findCoordinator.FindCoordinatorResponse, version);
    case 11:
      return joinGroup.encodeJoinGroupResponse(w, body as joinGroup.JoinGroupResponse, version);
    case 12:
      return heartbeat.encodeHeartbeatResponse(w, body as heartbeat.HeartbeatResponse, version);
    case 13:
      return leaveGroup.encodeLeaveGroupResponse(w, body as leaveGroup.LeaveGroupResponse, version);
    case 14:
      return syncGroup.encodeSyncGroupResponse(w, body as syncGroup.SyncGroupResponse, version);
    case 15:
      return describeGroups.encodeDescribeGroupsResponse(w, body as describeGroups.DescribeGroupsResponse, version);
    case 16:
      return listGroups.encodeListGroupsResponse(w, body as listGroups.ListGroupsResponse, version);
    case 17:
      return saslHandshake.encodeSaslHandshakeResponse(w, body as saslHandshake.SaslHandshakeResponse, version);
    case 18:
      return apiVersions.encodeApiVersionsResponse(w, body as apiVersions.ApiVersionsResponse, version);
    case 19:
      return createTopics.encodeCreateTopicsResponse(w, body as createTopics.CreateTopicsResponse, version);
    case 20:
      return deleteTopics.encodeDeleteTopicsResponse(w, body as deleteTopics.DeleteTopicsResponse, version);
    case 21:
      return deleteRecords.encodeDeleteRecordsResponse(w, body as deleteRecords.DeleteRecordsResponse, version);
    case 22:
      return initProducerId.encodeInitProducerIdResponse(w, body as initProducerId.InitProducerIdResponse, version);
    case 24:
      return addPartitionsToTxn.encodeAddPartitionsToTxnResponse(w, body as addPartitionsToTxn.AddPartitionsToTxnResponse, version);
    case 25:
      return addOffsetsToTxn.encodeAddOffsetsToTxnResponse(w, body as addOffsetsToTxn.AddOffsetsToTxnResponse, version);
    case 26:
      return endTxn.encodeEndTxnResponse(w, body as endTxn.EndTxnResponse, version);
    case 28:
      return txnOffsetCommit.encodeTxnOffsetCommitResponse(w, body as txnOffsetCommit.TxnOffsetCommitResponse, version);
    case 32:
      return describeConfigs.encodeDescribeConfigsResponse(w, body as describeConfigs.DescribeConfigsResponse, version);
    case 33:
      return alterConfigs.encodeAlterConfigsResponse(w, body as alterConfigs.AlterConfigsResponse, version);
    case 36:
      return saslAuthenticate.encodeSaslAuthenticateResponse(w, body as saslAuthenticate.SaslAuthenticateResponse, version);
    case 37:
      return createPartitions.encodeCreatePartitionsResponse(w, body as createPartitions.CreatePartitionsResponse, version);
    case 42:
      return deleteGroups.encodeDeleteGroupsResponse(w, body as deleteGroups.DeleteGroupsResponse, version);
    case 44:
      return incrementalAlterConfigs.encodeIncrementalAlterConfigsResponse(w, body as incrementalAlterConfigs.IncrementalAlterConfigsResponse, version);
    case 47:
      return offsetDelete.encodeOffsetDeleteResponse(w, body as offsetDelete.OffsetDeleteResponse, version);
    case 60:
      return describeCluster.encodeDescribeClusterResponse(w, body as describeCluster.DescribeClusterResponse, version);
    default:
      throw unknownApi(apiKey);
  }
}
