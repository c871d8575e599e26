// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from MetadataRequest.json and MetadataResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt32 } from '../reader.js';
import { writeInt32 } from '../writer.js';
export function decodeMetadataRequest(r, v) {
    const fTopics = v >= 1 ? r.nullableArray(false, v, readMetadataRequestTopic) : r.array(false, v, readMetadataRequestTopic);
    const fAllowAutoTopicCreation = v >= 4 ? r.bool() : true;
    return { topics: fTopics, allowAutoTopicCreation: fAllowAutoTopicCreation };
}
export function encodeMetadataRequest(w, m, v) {
    if (v >= 1)
        w.nullableArray(m.topics, false, v, writeMetadataRequestTopic);
    else
        w.array(m.topics, false, v, writeMetadataRequestTopic);
    if (v >= 4)
        w.bool(m.allowAutoTopicCreation);
}
function readMetadataRequestTopic(r, _v) {
    const fName = r.string(false);
    return { name: fName };
}
function writeMetadataRequestTopic(w, m, _v) {
    w.string(m.name, false);
}
export function decodeMetadataResponse(r, v) {
    const fThrottleTimeMs = v >= 3 ? r.int32() : 0;
    const fBrokers = r.array(false, v, readMetadataResponseBroker);
    const fClusterId = v >= 2 ? r.nullableString(false) : null;
    const fControllerId = v >= 1 ? r.int32() : -1;
    const fTopics = r.array(false, v, readMetadataResponseTopic);
    return { throttleTimeMs: fThrottleTimeMs, brokers: fBrokers, clusterId: fClusterId, controllerId: fControllerId, topics: fTopics };
}
export function encodeMetadataResponse(w, m, v) {
    if (v >= 3)
        w.int32(m.throttleTimeMs);
    w.array(m.brokers, false, v, writeMetadataResponseBroker);
    if (v >= 2)
        w.nullableString(m.clusterId, false);
    if (v >= 1)
        w.int32(m.controllerId);
    w.array(m.topics, false, v, writeMetadataResponseTopic);
}
function readMetadataResponseBroker(r, v) {
    const fNodeId = r.int32();
    const fHost = r.string(false);
    const fPort = r.int32();
    const fRack = v >= 1 ? r.nullableString(false) : null;
    return { nodeId: fNodeId, host: fHost, port: fPort, rack: fRack };
}
function writeMetadataResponseBroker(w, m, v) {
    w.int32(m.nodeId);
    w.string(m.host, false);
    w.int32(m.port);
    if (v >= 1)
        w.nullableString(m.rack, false);
}
function readMetadataResponseTopic(r, v) {
    const fErrorCode = r.int16();
    const fName = r.string(false);
    const fIsInternal = v >= 1 ? r.bool() : false;
    const fPartitions = r.array(false, v, readMetadataResponsePartition);
    return { errorCode: fErrorCode, name: fName, isInternal: fIsInternal, partitions: fPartitions };
}
function writeMetadataResponseTopic(w, m, v) {
    w.int16(m.errorCode);
    w.string(m.name, false);
    if (v >= 1)
        w.bool(m.isInternal);
    w.array(m.partitions, false, v, writeMetadataResponsePartition);
}
function readMetadataResponsePartition(r, v) {
    const fErrorCode = r.int16();
    const fPartitionIndex = r.int32();
    const fLeaderId = r.int32();
    const fReplicaNodes = r.array(false, v, readInt32);
    const fIsrNodes = r.array(false, v, readInt32);
    const fOfflineReplicas = v >= 5 ? r.array(false, v, readInt32) : [];
    return { errorCode: fErrorCode, partitionIndex: fPartitionIndex, leaderId: fLeaderId, replicaNodes: fReplicaNodes, isrNodes: fIsrNodes, offlineReplicas: fOfflineReplicas };
}
function writeMetadataResponsePartition(w, m, v) {
    w.int16(m.errorCode);
    w.int32(m.partitionIndex);
    w.int32(m.leaderId);
    w.array(m.replicaNodes, false, v, writeInt32);
    w.array(m.isrNodes, false, v, writeInt32);
    if (v >= 5)
        w.array(m.offlineReplicas, false, v, writeInt32);
}
//# sourceMappingURL=metadata.js.map