// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from TxnOffsetCommitRequest.json and TxnOffsetCommitResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeTxnOffsetCommitRequest(r, v) {
    const flex = v >= 3;
    const fTransactionalId = r.string(flex);
    const fGroupId = r.string(flex);
    const fProducerId = r.int64();
    const fProducerEpoch = r.int16();
    const fGenerationId = v >= 3 ? r.int32() : -1;
    const fMemberId = v >= 3 ? r.string(flex) : "";
    const fGroupInstanceId = v >= 3 ? r.nullableString(flex) : null;
    const fTopics = r.array(flex, v, readTxnOffsetCommitRequestTopic);
    if (flex)
        r.skipTaggedFields();
    return { transactionalId: fTransactionalId, groupId: fGroupId, producerId: fProducerId, producerEpoch: fProducerEpoch, generationId: fGenerationId, memberId: fMemberId, groupInstanceId: fGroupInstanceId, topics: fTopics };
}
export function encodeTxnOffsetCommitRequest(w, m, v) {
    const flex = v >= 3;
    w.string(m.transactionalId, flex);
    w.string(m.groupId, flex);
    w.int64(m.producerId);
    w.int16(m.producerEpoch);
    if (v >= 3)
        w.int32(m.generationId);
    if (v >= 3)
        w.string(m.memberId, flex);
    if (v >= 3)
        w.nullableString(m.groupInstanceId, flex);
    w.array(m.topics, flex, v, writeTxnOffsetCommitRequestTopic);
    if (flex)
        w.uvarint(0);
}
function readTxnOffsetCommitRequestTopic(r, v) {
    const flex = v >= 3;
    const fName = r.string(flex);
    const fPartitions = r.array(flex, v, readTxnOffsetCommitRequestPartition);
    if (flex)
        r.skipTaggedFields();
    return { name: fName, partitions: fPartitions };
}
function writeTxnOffsetCommitRequestTopic(w, m, v) {
    const flex = v >= 3;
    w.string(m.name, flex);
    w.array(m.partitions, flex, v, writeTxnOffsetCommitRequestPartition);
    if (flex)
        w.uvarint(0);
}
function readTxnOffsetCommitRequestPartition(r, v) {
    const flex = v >= 3;
    const fPartitionIndex = r.int32();
    const fCommittedOffset = r.int64();
    const fCommittedLeaderEpoch = v >= 2 ? r.int32() : -1;
    const fCommittedMetadata = r.nullableString(flex);
    if (flex)
        r.skipTaggedFields();
    return { partitionIndex: fPartitionIndex, committedOffset: fCommittedOffset, committedLeaderEpoch: fCommittedLeaderEpoch, committedMetadata: fCommittedMetadata };
}
function writeTxnOffsetCommitRequestPartition(w, m, v) {
    const flex = v >= 3;
    w.int32(m.partitionIndex);
    w.int64(m.committedOffset);
    if (v >= 2)
        w.int32(m.committedLeaderEpoch);
    w.nullableString(m.committedMetadata, flex);
    if (flex)
        w.uvarint(0);
}
export function decodeTxnOffsetCommitResponse(r, v) {
    const flex = v >= 3;
    const fThrottleTimeMs = r.int32();
    const fTopics = r.array(flex, v, readTxnOffsetCommitResponseTopic);
    if (flex)
        r.skipTaggedFields();
    return { throttleTimeMs: fThrottleTimeMs, topics: fTopics };
}
export function encodeTxnOffsetCommitResponse(w, m, v) {
    const flex = v >= 3;
    w.int32(m.throttleTimeMs);
    w.array(m.topics, flex, v, writeTxnOffsetCommitResponseTopic);
    if (flex)
        w.uvarint(0);
}
function readTxnOffsetCommitResponseTopic(r, v) {
    const flex = v >= 3;
    const fName = r.string(flex);
    const fPartitions = r.array(flex, v, readTxnOffsetCommitResponsePartition);
    if (flex)
        r.skipTaggedFields();
    return { name: fName, partitions: fPartitions };
}
function writeTxnOffsetCommitResponseTopic(w, m, v) {
    const flex = v >= 3;
    w.string(m.name, flex);
    w.array(m.partitions, flex, v, writeTxnOffsetCommitResponsePartition);
    if (flex)
        w.uvarint(0);
}
function readTxnOffsetCommitResponsePartition(r, v) {
    const flex = v >= 3;
    const fPartitionIndex = r.int32();
    const fErrorCode = r.int16();
    if (flex)
        r.skipTaggedFields();
    return { partitionIndex: fPartitionIndex, errorCode: fErrorCode };
}
function writeTxnOffsetCommitResponsePartition(w, m, v) {
    const flex = v >= 3;
    w.int32(m.partitionIndex);
    w.int16(m.errorCode);
    if (flex)
        w.uvarint(0);
}
//# sourceMappingURL=txn-offset-commit.js.map