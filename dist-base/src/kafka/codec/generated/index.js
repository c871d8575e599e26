// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs; run `npm run gen:kafka` to refresh. Derived from Apache Kafka's
// message definitions: Copyright The Apache Software Foundation, licensed under the Apache License 2.0.
//
// The API table below is what Wharf advertises in ApiVersions, and the dispatch functions route a
// body to its generated decoder or encoder. Why each range: scripts/gen-kafka.mjs, ADVERTISED.
import { CodecErrorKind, KafkaCodecError } from '../codec-error.js';
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
});
/** Every API Wharf advertises, by api key (frozen: shared by every broker in the process). */
export const API_TABLE = Object.freeze([
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
const BY_KEY = Object.freeze(API_TABLE.reduce((acc, a) => {
    acc[a.apiKey] = a;
    return acc;
}, []));
/** The table entry of an API key Wharf advertises, or undefined. */
export function apiInfo(apiKey) {
    return BY_KEY[apiKey];
}
function unknownApi(apiKey) {
    return new KafkaCodecError(CodecErrorKind.UNKNOWN_API, `unknown api key ${apiKey}`, { apiKey });
}
/** Throws UNKNOWN_API or UNSUPPORTED_VERSION unless Wharf advertises this key and version. */
export function checkVersion(apiKey, version) {
    const a = BY_KEY[apiKey];
    if (a === undefined)
        throw unknownApi(apiKey);
    if (version < a.minVersion || version > a.maxVersion)
        throw new KafkaCodecError(CodecErrorKind.UNSUPPORTED_VERSION, `${a.name} v${version} is not supported (${a.minVersion}-${a.maxVersion})`, { apiKey, apiVersion: version });
    return a;
}
/** Decodes a request body (no header); the version must be advertised (checkVersion). */
export function decodeRequestBody(r, apiKey, version) {
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
export function decodeResponseBody(r, apiKey, version) {
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
export function encodeRequestBody(w, apiKey, version, body) {
    checkVersion(apiKey, version);
    switch (apiKey) {
        case 0:
            return produce.encodeProduceRequest(w, body, version);
        case 1:
            return fetch.encodeFetchRequest(w, body, version);
        case 2:
            return listOffsets.encodeListOffsetsRequest(w, body, version);
        case 3:
            return metadata.encodeMetadataRequest(w, body, version);
        case 8:
            return offsetCommit.encodeOffsetCommitRequest(w, body, version);
        case 9:
            return offsetFetch.encodeOffsetFetchRequest(w, body, version);
        case 10:
            return findCoordinator.encodeFindCoordinatorRequest(w, body, version);
        case 11:
            return joinGroup.encodeJoinGroupRequest(w, body, version);
        case 12:
            return heartbeat.encodeHeartbeatRequest(w, body, version);
        case 13:
            return leaveGroup.encodeLeaveGroupRequest(w, body, version);
        case 14:
            return syncGroup.encodeSyncGroupRequest(w, body, version);
        case 15:
            return describeGroups.encodeDescribeGroupsRequest(w, body, version);
        case 16:
            return listGroups.encodeListGroupsRequest(w, body, version);
        case 17:
            return saslHandshake.encodeSaslHandshakeRequest(w, body, version);
        case 18:
            return apiVersions.encodeApiVersionsRequest(w, body, version);
        case 19:
            return createTopics.encodeCreateTopicsRequest(w, body, version);
        case 20:
            return deleteTopics.encodeDeleteTopicsRequest(w, body, version);
        case 21:
            return deleteRecords.encodeDeleteRecordsRequest(w, body, version);
        case 22:
            return initProducerId.encodeInitProducerIdRequest(w, body, version);
        case 24:
            return addPartitionsToTxn.encodeAddPartitionsToTxnRequest(w, body, version);
        case 25:
            return addOffsetsToTxn.encodeAddOffsetsToTxnRequest(w, body, version);
        case 26:
            return endTxn.encodeEndTxnRequest(w, body, version);
        case 28:
            return txnOffsetCommit.encodeTxnOffsetCommitRequest(w, body, version);
        case 32:
            return describeConfigs.encodeDescribeConfigsRequest(w, body, version);
        case 33:
            return alterConfigs.encodeAlterConfigsRequest(w, body, version);
        case 36:
            return saslAuthenticate.encodeSaslAuthenticateRequest(w, body, version);
        case 37:
            return createPartitions.encodeCreatePartitionsRequest(w, body, version);
        case 42:
            return deleteGroups.encodeDeleteGroupsRequest(w, body, version);
        case 44:
            return incrementalAlterConfigs.encodeIncrementalAlterConfigsRequest(w, body, version);
        case 47:
            return offsetDelete.encodeOffsetDeleteRequest(w, body, version);
        case 60:
            return describeCluster.encodeDescribeClusterRequest(w, body, version);
        default:
            throw unknownApi(apiKey);
    }
}
/** Encodes a response body (no header); the version must be advertised (checkVersion). */
export function encodeResponseBody(w, apiKey, version, body) {
    checkVersion(apiKey, version);
    switch (apiKey) {
        case 0:
            return produce.encodeProduceResponse(w, body, version);
        case 1:
            return fetch.encodeFetchResponse(w, body, version);
        case 2:
            return listOffsets.encodeListOffsetsResponse(w, body, version);
        case 3:
            return metadata.encodeMetadataResponse(w, body, version);
        case 8:
            return offsetCommit.encodeOffsetCommitResponse(w, body, version);
        case 9:
            return offsetFetch.encodeOffsetFetchResponse(w, body, version);
        case 10:
            return findCoordinator.encodeFindCoordinatorResponse(w, body, version);
        case 11:
            return joinGroup.encodeJoinGroupResponse(w, body, version);
        case 12:
            return heartbeat.encodeHeartbeatResponse(w, body, version);
        case 13:
            return leaveGroup.encodeLeaveGroupResponse(w, body, version);
        case 14:
            return syncGroup.encodeSyncGroupResponse(w, body, version);
        case 15:
            return describeGroups.encodeDescribeGroupsResponse(w, body, version);
        case 16:
            return listGroups.encodeListGroupsResponse(w, body, version);
        case 17:
            return saslHandshake.encodeSaslHandshakeResponse(w, body, version);
        case 18:
            return apiVersions.encodeApiVersionsResponse(w, body, version);
        case 19:
            return createTopics.encodeCreateTopicsResponse(w, body, version);
        case 20:
            return deleteTopics.encodeDeleteTopicsResponse(w, body, version);
        case 21:
            return deleteRecords.encodeDeleteRecordsResponse(w, body, version);
        case 22:
            return initProducerId.encodeInitProducerIdResponse(w, body, version);
        case 24:
            return addPartitionsToTxn.encodeAddPartitionsToTxnResponse(w, body, version);
        case 25:
            return addOffsetsToTxn.encodeAddOffsetsToTxnResponse(w, body, version);
        case 26:
            return endTxn.encodeEndTxnResponse(w, body, version);
        case 28:
            return txnOffsetCommit.encodeTxnOffsetCommitResponse(w, body, version);
        case 32:
            return describeConfigs.encodeDescribeConfigsResponse(w, body, version);
        case 33:
            return alterConfigs.encodeAlterConfigsResponse(w, body, version);
        case 36:
            return saslAuthenticate.encodeSaslAuthenticateResponse(w, body, version);
        case 37:
            return createPartitions.encodeCreatePartitionsResponse(w, body, version);
        case 42:
            return deleteGroups.encodeDeleteGroupsResponse(w, body, version);
        case 44:
            return incrementalAlterConfigs.encodeIncrementalAlterConfigsResponse(w, body, version);
        case 47:
            return offsetDelete.encodeOffsetDeleteResponse(w, body, version);
        case 60:
            return describeCluster.encodeDescribeClusterResponse(w, body, version);
        default:
            throw unknownApi(apiKey);
    }
}
//# sourceMappingURL=index.js.map