// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from OffsetDeleteRequest.json and OffsetDeleteResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeOffsetDeleteRequest(r, v) {
    const fGroupId = r.string(false);
    const fTopics = r.array(false, v, readOffsetDeleteRequestTopic);
    return { groupId: fGroupId, topics: fTopics };
}
export function encodeOffsetDeleteRequest(w, m, v) {
    w.string(m.groupId, false);
    w.array(m.topics, false, v, writeOffsetDeleteRequestTopic);
}
function readOffsetDeleteRequestTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readOffsetDeleteRequestPartition);
    return { name: fName, partitions: fPartitions };
}
function writeOffsetDeleteRequestTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeOffsetDeleteRequestPartition);
}
function readOffsetDeleteRequestPartition(r, _v) {
    const fPartitionIndex = r.int32();
    return { partitionIndex: fPartitionIndex };
}
function writeOffsetDeleteRequestPartition(w, m, _v) {
    w.int32(m.partitionIndex);
}
export function decodeOffsetDeleteResponse(r, v) {
    const fErrorCode = r.int16();
    const fThrottleTimeMs = r.int32();
    const fTopics = r.array(false, v, readOffsetDeleteResponseTopic);
    return { errorCode: fErrorCode, throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}
export function encodeOffsetDeleteResponse(w, m, v) {
    w.int16(m.errorCode);
    w.int32(m.throttleTimeMs);
    w.array(m.topics, false, v, writeOffsetDeleteResponseTopic);
}
function readOffsetDeleteResponseTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readOffsetDeleteResponsePartition);
    return { name: fName, partitions: fPartitions };
}
function writeOffsetDeleteResponseTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeOffsetDeleteResponsePartition);
}
function readOffsetDeleteResponsePartition(r, _v) {
    const fPartitionIndex = r.int32();
    const fErrorCode = r.int16();
    return { partitionIndex: fPartitionIndex, errorCode: fErrorCode };
}
function writeOffsetDeleteResponsePartition(w, m, _v) {
    w.int32(m.partitionIndex);
    w.int16(m.errorCode);
}
//# sourceMappingURL=offset-delete.js.map