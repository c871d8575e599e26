// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DeleteRecordsRequest.json and DeleteRecordsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeDeleteRecordsRequest(r, v) {
    const fTopics = r.array(false, v, readDeleteRecordsRequestDeleteRecordsTopic);
    const fTimeoutMs = r.int32();
    return { topics: fTopics, timeoutMs: fTimeoutMs };
}
export function encodeDeleteRecordsRequest(w, m, v) {
    w.array(m.topics, false, v, writeDeleteRecordsRequestDeleteRecordsTopic);
    w.int32(m.timeoutMs);
}
function readDeleteRecordsRequestDeleteRecordsTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readDeleteRecordsRequestDeleteRecordsPartition);
    return { name: fName, partitions: fPartitions };
}
function writeDeleteRecordsRequestDeleteRecordsTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeDeleteRecordsRequestDeleteRecordsPartition);
}
function readDeleteRecordsRequestDeleteRecordsPartition(r, _v) {
    const fPartitionIndex = r.int32();
    const fOffset = r.int64();
    return { partitionIndex: fPartitionIndex, offset: fOffset };
}
function writeDeleteRecordsRequestDeleteRecordsPartition(w, m, _v) {
    w.int32(m.partitionIndex);
    w.int64(m.offset);
}
export function decodeDeleteRecordsResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fTopics = r.array(false, v, readDeleteRecordsResponseDeleteRecordsTopicResult);
    return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}
export function encodeDeleteRecordsResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.array(m.topics, false, v, writeDeleteRecordsResponseDeleteRecordsTopicResult);
}
function readDeleteRecordsResponseDeleteRecordsTopicResult(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readDeleteRecordsResponseDeleteRecordsPartitionResult);
    return { name: fName, partitions: fPartitions };
}
function writeDeleteRecordsResponseDeleteRecordsTopicResult(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeDeleteRecordsResponseDeleteRecordsPartitionResult);
}
function readDeleteRecordsResponseDeleteRecordsPartitionResult(r, _v) {
    const fPartitionIndex = r.int32();
    const fLowWatermark = r.int64();
    const fErrorCode = r.int16();
    return { partitionIndex: fPartitionIndex, lowWatermark: fLowWatermark, errorCode: fErrorCode };
}
function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w, m, _v) {
    w.int32(m.partitionIndex);
    w.int64(m.lowWatermark);
    w.int16(m.errorCode);
}
//# sourceMappingURL=delete-records.js.map