// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from OffsetCommitRequest.json and OffsetCommitResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeOffsetCommitRequest(r, v) {
    const fGroupId = r.string(false);
    const fGenerationIdOrMemberEpoch = v >= 1 ? r.int32() : -1;
    const fMemberId = v >= 1 ? r.string(false) : "";
    const fGroupInstanceId = v >= 7 ? r.nullableString(false) : null;
    const fRetentionTimeMs = v >= 2 && v <= 4 ? r.int64() : -1;
    const fTopics = r.array(false, v, readOffsetCommitRequestTopic);
    return { groupId: fGroupId, generationIdOrMemberEpoch: fGenerationIdOrMemberEpoch, memberId: fMemberId, groupInstanceId: fGroupInstanceId, retentionTimeMs: fRetentionTimeMs, topics: fTopics };
}
export function encodeOffsetCommitRequest(w, m, v) {
    w.string(m.groupId, false);
    if (v >= 1)
        w.int32(m.generationIdOrMemberEpoch);
    if (v >= 1)
        w.string(m.memberId, false);
    if (v >= 7)
        w.nullableString(m.groupInstanceId, false);
    if (v >= 2 && v <= 4)
        w.int64(m.retentionTimeMs);
    w.array(m.topics, false, v, writeOffsetCommitRequestTopic);
}
function readOffsetCommitRequestTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readOffsetCommitRequestPartition);
    return { name: fName, partitions: fPartitions };
}
function writeOffsetCommitRequestTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeOffsetCommitRequestPartition);
}
function readOffsetCommitRequestPartition(r, v) {
    const fPartitionIndex = r.int32();
    const fCommittedOffset = r.int64();
    const fCommittedLeaderEpoch = v >= 6 ? r.int32() : -1;
    const fCommitTimestamp = v >= 1 && v <= 1 ? r.int64() : -1;
    const fCommittedMetadata = r.nullableString(false);
    return { partitionIndex: fPartitionIndex, committedOffset: fCommittedOffset, committedLeaderEpoch: fCommittedLeaderEpoch, commitTimestamp: fCommitTimestamp, committedMetadata: fCommittedMetadata };
}
function writeOffsetCommitRequestPartition(w, m, v) {
    w.int32(m.partitionIndex);
    w.int64(m.committedOffset);
    if (v >= 6)
        w.int32(m.committedLeaderEpoch);
    if (v >= 1 && v <= 1)
        w.int64(m.commitTimestamp);
    w.nullableString(m.committedMetadata, false);
}
export function decodeOffsetCommitResponse(r, v) {
    const fThrottleTimeMs = v >= 3 ? r.int32() : 0;
    const fTopics = r.array(false, v, readOffsetCommitResponseTopic);
    return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}
export function encodeOffsetCommitResponse(w, m, v) {
    if (v >= 3)
        w.int32(m.throttleTimeMs);
    w.array(m.topics, false, v, writeOffsetCommitResponseTopic);
}
function readOffsetCommitResponseTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readOffsetCommitResponsePartition);
    return { name: fName, partitions: fPartitions };
}
function writeOffsetCommitResponseTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeOffsetCommitResponsePartition);
}
function readOffsetCommitResponsePartition(r, _v) {
    const fPartitionIndex = r.int32();
    const fErrorCode = r.int16();
    return { partitionIndex: fPartitionIndex, errorCode: fErrorCode };
}
function writeOffsetCommitResponsePartition(w, m, _v) {
    w.int32(m.partitionIndex);
    w.int16(m.errorCode);
}
//# sourceMappingURL=offset-commit.js.map