// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from OffsetFetchRequest.json and OffsetFetchResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt32 } from '../reader.js';
import { writeInt32 } from '../writer.js';
export function decodeOffsetFetchRequest(r, v) {
    const flex = v >= 6;
    const fGroupId = r.string(flex);
    const fTopics = v >= 2 ? r.nullableArray(flex, v, readOffsetFetchRequestTopic) : r.array(flex, v, readOffsetFetchRequestTopic);
    const fRequireStable = v >= 7 ? r.bool() : false;
    if (flex)
        r.skipTaggedFields();
    return { groupId: fGroupId, topics: fTopics, requireStable: fRequireStable };
}
export function encodeOffsetFetchRequest(w, m, v) {
    const flex = v >= 6;
    w.string(m.groupId, flex);
    if (v >= 2)
        w.nullableArray(m.topics, flex, v, writeOffsetFetchRequestTopic);
    else
        w.array(m.topics, flex, v, writeOffsetFetchRequestTopic);
    if (v >= 7)
        w.bool(m.requireStable);
    if (flex)
        w.uvarint(0);
}
function readOffsetFetchRequestTopic(r, v) {
    const flex = v >= 6;
    const fName = r.string(flex);
    const fPartitionIndexes = r.array(flex, v, readInt32);
    if (flex)
        r.skipTaggedFields();
    return { name: fName, partitionIndexes: fPartitionIndexes };
}
function writeOffsetFetchRequestTopic(w, m, v) {
    const flex = v >= 6;
    w.string(m.name, flex);
    w.array(m.partitionIndexes, flex, v, writeInt32);
    if (flex)
        w.uvarint(0);
}
export function decodeOffsetFetchResponse(r, v) {
    const flex = v >= 6;
    const fThrottleTimeMs = v >= 3 ? r.int32() : 0;
    const fTopics = r.array(flex, v, readOffsetFetchResponseTopic);
    const fErrorCode = v >= 2 ? r.int16() : 0;
    if (flex)
        r.skipTaggedFields();
    return { throttleTimeMs: fThrottleTimeMs, topics: fTopics, errorCode: fErrorCode };
}
export function encodeOffsetFetchResponse(w, m, v) {
    const flex = v >= 6;
    if (v >= 3)
        w.int32(m.throttleTimeMs);
    w.array(m.topics, flex, v, writeOffsetFetchResponseTopic);
    if (v >= 2)
        w.int16(m.errorCode);
    if (flex)
        w.uvarint(0);
}
function readOffsetFetchResponseTopic(r, v) {
    const flex = v >= 6;
    const fName = r.string(flex);
    const fPartitions = r.array(flex, v, readOffsetFetchResponsePartition);
    if (flex)
        r.skipTaggedFields();
    return { name: fName, partitions: fPartitions };
}
function writeOffsetFetchResponseTopic(w, m, v) {
    const flex = v >= 6;
    w.string(m.name, flex);
    w.array(m.partitions, flex, v, writeOffsetFetchResponsePartition);
    if (flex)
        w.uvarint(0);
}
function readOffsetFetchResponsePartition(r, v) {
    const flex = v >= 6;
    const fPartitionIndex = r.int32();
    const fCommittedOffset = r.int64();
    const fCommittedLeaderEpoch = v >= 5 ? r.int32() : -1;
    const fMetadata = r.nullableString(flex);
    const fErrorCode = r.int16();
    if (flex)
        r.skipTaggedFields();
    return { partitionIndex: fPartitionIndex, committedOffset: fCommittedOffset, committedLeaderEpoch: fCommittedLeaderEpoch, metadata: fMetadata, errorCode: fErrorCode };
}
function writeOffsetFetchResponsePartition(w, m, v) {
    const flex = v >= 6;
    w.int32(m.partitionIndex);
    w.int64(m.committedOffset);
    if (v >= 5)
        w.int32(m.committedLeaderEpoch);
    w.nullableString(m.metadata, flex);
    w.int16(m.errorCode);
    if (flex)
        w.uvarint(0);
}
//# sourceMappingURL=offset-fetch.js.map