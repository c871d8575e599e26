// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from CreatePartitionsRequest.json and CreatePartitionsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt32 } from '../reader.js';
import { writeInt32 } from '../writer.js';
export function decodeCreatePartitionsRequest(r, v) {
    const fTopics = r.array(false, v, readCreatePartitionsRequestCreatePartitionsTopic);
    const fTimeoutMs = r.int32();
    const fValidateOnly = r.bool();
    return { topics: fTopics, timeoutMs: fTimeoutMs, validateOnly: fValidateOnly };
}
export function encodeCreatePartitionsRequest(w, m, v) {
    w.array(m.topics, false, v, writeCreatePartitionsRequestCreatePartitionsTopic);
    w.int32(m.timeoutMs);
    w.bool(m.validateOnly);
}
function readCreatePartitionsRequestCreatePartitionsTopic(r, v) {
    const fName = r.string(false);
    const fCount = r.int32();
    const fAssignments = r.nullableArray(false, v, readCreatePartitionsRequestCreatePartitionsAssignment);
    return { name: fName, count: fCount, assignments: fAssignments };
}
function writeCreatePartitionsRequestCreatePartitionsTopic(w, m, v) {
    w.string(m.name, false);
    w.int32(m.count);
    w.nullableArray(m.assignments, false, v, writeCreatePartitionsRequestCreatePartitionsAssignment);
}
function readCreatePartitionsRequestCreatePartitionsAssignment(r, v) {
    const fBrokerIds = r.array(false, v, readInt32);
    return { brokerIds: fBrokerIds };
}
function writeCreatePartitionsRequestCreatePartitionsAssignment(w, m, v) {
    w.array(m.brokerIds, false, v, writeInt32);
}
export function decodeCreatePartitionsResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fResults = r.array(false, v, readCreatePartitionsResponseCreatePartitionsTopicResult);
    return { throttleTimeMs: fThrottleTimeMs, results: fResults };
}
export function encodeCreatePartitionsResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.array(m.results, false, v, writeCreatePartitionsResponseCreatePartitionsTopicResult);
}
function readCreatePartitionsResponseCreatePartitionsTopicResult(r, _v) {
    const fName = r.string(false);
    const fErrorCode = r.int16();
    const fErrorMessage = r.nullableString(false);
    return { name: fName, errorCode: fErrorCode, errorMessage: fErrorMessage };
}
function writeCreatePartitionsResponseCreatePartitionsTopicResult(w, m, _v) {
    w.string(m.name, false);
    w.int16(m.errorCode);
    w.nullableString(m.errorMessage, false);
}
//# sourceMappingURL=create-partitions.js.map