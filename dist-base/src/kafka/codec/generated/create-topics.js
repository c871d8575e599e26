// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from CreateTopicsRequest.json and CreateTopicsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt32 } from '../reader.js';
import { writeInt32 } from '../writer.js';
export function decodeCreateTopicsRequest(r, v) {
    const fTopics = r.array(false, v, readCreateTopicsRequestCreatableTopic);
    const ftimeoutMs = r.int32();
    const fvalidateOnly = v >= 1 ? r.bool() : false;
    return { topics: fTopics, timeoutMs: ftimeoutMs, validateOnly: fvalidateOnly };
}
export function encodeCreateTopicsRequest(w, m, v) {
    w.array(m.topics, false, v, writeCreateTopicsRequestCreatableTopic);
    w.int32(m.timeoutMs);
    if (v >= 1)
        w.bool(m.validateOnly);
}
function readCreateTopicsRequestCreatableTopic(r, v) {
    const fName = r.string(false);
    const fNumPartitions = r.int32();
    const fReplicationFactor = r.int16();
    const fAssignments = r.array(false, v, readCreateTopicsRequestCreatableReplicaAssignment);
    const fConfigs = r.array(false, v, readCreateTopicsRequestCreatableTopicConfig);
    return { name: fName, numPartitions: fNumPartitions, replicationFactor: fReplicationFactor, assignments: fAssignments, configs: fConfigs };
}
function writeCreateTopicsRequestCreatableTopic(w, m, v) {
    w.string(m.name, false);
    w.int32(m.numPartitions);
    w.int16(m.replicationFactor);
    w.array(m.assignments, false, v, writeCreateTopicsRequestCreatableReplicaAssignment);
    w.array(m.configs, false, v, writeCreateTopicsRequestCreatableTopicConfig);
}
function readCreateTopicsRequestCreatableReplicaAssignment(r, v) {
    const fPartitionIndex = r.int32();
    const fBrokerIds = r.array(false, v, readInt32);
    return { partitionIndex: fPartitionIndex, brokerIds: fBrokerIds };
}
function writeCreateTopicsRequestCreatableReplicaAssignment(w, m, v) {
    w.int32(m.partitionIndex);
    w.array(m.brokerIds, false, v, writeInt32);
}
function readCreateTopicsRequestCreatableTopicConfig(r, _v) {
    const fName = r.string(false);
    const fValue = r.nullableString(false);
    return { name: fName, value: fValue };
}
function writeCreateTopicsRequestCreatableTopicConfig(w, m, _v) {
    w.string(m.name, false);
    w.nullableString(m.value, false);
}
export function decodeCreateTopicsResponse(r, v) {
    const fThrottleTimeMs = v >= 2 ? r.int32() : 0;
    const fTopics = r.array(false, v, readCreateTopicsResponseCreatableTopicResult);
    return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}
export function encodeCreateTopicsResponse(w, m, v) {
    if (v >= 2)
        w.int32(m.throttleTimeMs);
    w.array(m.topics, false, v, writeCreateTopicsResponseCreatableTopicResult);
}
function readCreateTopicsResponseCreatableTopicResult(r, v) {
    const fName = r.string(false);
    const fErrorCode = r.int16();
    const fErrorMessage = v >= 1 ? r.nullableString(false) : "";
    return { name: fName, errorCode: fErrorCode, errorMessage: fErrorMessage };
}
function writeCreateTopicsResponseCreatableTopicResult(w, m, v) {
    w.string(m.name, false);
    w.int16(m.errorCode);
    if (v >= 1)
        w.nullableString(m.errorMessage, false);
}
//# sourceMappingURL=create-topics.js.map