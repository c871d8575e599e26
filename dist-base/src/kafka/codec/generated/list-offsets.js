// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ListOffsetsRequest.json and ListOffsetsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt64 } from '../reader.js';
import { writeInt64 } from '../writer.js';
export function decodeListOffsetsRequest(r, v) {
    const fReplicaId = r.int32();
    const fIsolationLevel = v >= 2 ? r.int8() : 0;
    const fTopics = r.array(false, v, readListOffsetsRequestListOffsetsTopic);
    return { replicaId: fReplicaId, isolationLevel: fIsolationLevel, topics: fTopics };
}
export function encodeListOffsetsRequest(w, m, v) {
    w.int32(m.replicaId);
    if (v >= 2)
        w.int8(m.isolationLevel);
    w.array(m.topics, false, v, writeListOffsetsRequestListOffsetsTopic);
}
function readListOffsetsRequestListOffsetsTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readListOffsetsRequestListOffsetsPartition);
    return { name: fName, partitions: fPartitions };
}
function writeListOffsetsRequestListOffsetsTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeListOffsetsRequestListOffsetsPartition);
}
function readListOffsetsRequestListOffsetsPartition(r, v) {
    const fPartitionIndex = r.int32();
    const fTimestamp = r.int64();
    const fMaxNumOffsets = v <= 0 ? r.int32() : 1;
    return { partitionIndex: fPartitionIndex, timestamp: fTimestamp, maxNumOffsets: fMaxNumOffsets };
}
function writeListOffsetsRequestListOffsetsPartition(w, m, v) {
    w.int32(m.partitionIndex);
    w.int64(m.timestamp);
    if (v <= 0)
        w.int32(m.maxNumOffsets);
}
export function decodeListOffsetsResponse(r, v) {
    const fThrottleTimeMs = v >= 2 ? r.int32() : 0;
    const fTopics = r.array(false, v, readListOffsetsResponseListOffsetsTopicResponse);
    return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}
export function encodeListOffsetsResponse(w, m, v) {
    if (v >= 2)
        w.int32(m.throttleTimeMs);
    w.array(m.topics, false, v, writeListOffsetsResponseListOffsetsTopicResponse);
}
function readListOffsetsResponseListOffsetsTopicResponse(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readListOffsetsResponseListOffsetsPartitionResponse);
    return { name: fName, partitions: fPartitions };
}
function writeListOffsetsResponseListOffsetsTopicResponse(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeListOffsetsResponseListOffsetsPartitionResponse);
}
function readListOffsetsResponseListOffsetsPartitionResponse(r, v) {
    const fPartitionIndex = r.int32();
    const fErrorCode = r.int16();
    const fOldStyleOffsets = v <= 0 ? r.array(false, v, readInt64) : [];
    const fTimestamp = v >= 1 ? r.int64() : -1;
    const fOffset = v >= 1 ? r.int64() : -1;
    return { partitionIndex: fPartitionIndex, errorCode: fErrorCode, oldStyleOffsets: fOldStyleOffsets, timestamp: fTimestamp, offset: fOffset };
}
function writeListOffsetsResponseListOffsetsPartitionResponse(w, m, v) {
    w.int32(m.partitionIndex);
    w.int16(m.errorCode);
    if (v <= 0)
        w.array(m.oldStyleOffsets, false, v, writeInt64);
    if (v >= 1)
        w.int64(m.timestamp);
    if (v >= 1)
        w.int64(m.offset);
}
//# sourceMappingURL=list-offsets.js.map