// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from FetchRequest.json and FetchResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt32 } from '../reader.js';
import { writeInt32 } from '../writer.js';
export function decodeFetchRequest(r, v) {
    const fReplicaId = r.int32();
    const fMaxWaitMs = r.int32();
    const fMinBytes = r.int32();
    const fMaxBytes = v >= 3 ? r.int32() : 2147483647;
    const fIsolationLevel = v >= 4 ? r.int8() : 0;
    const fSessionId = v >= 7 ? r.int32() : 0;
    const fSessionEpoch = v >= 7 ? r.int32() : -1;
    const fTopics = r.array(false, v, readFetchRequestFetchTopic);
    const fForgottenTopicsData = v >= 7 ? r.array(false, v, readFetchRequestForgottenTopic) : [];
    const fRackId = v >= 11 ? r.string(false) : "";
    return { replicaId: fReplicaId, maxWaitMs: fMaxWaitMs, minBytes: fMinBytes, maxBytes: fMaxBytes, isolationLevel: fIsolationLevel, sessionId: fSessionId, sessionEpoch: fSessionEpoch, topics: fTopics, forgottenTopicsData: fForgottenTopicsData, rackId: fRackId };
}
export function encodeFetchRequest(w, m, v) {
    w.int32(m.replicaId);
    w.int32(m.maxWaitMs);
    w.int32(m.minBytes);
    if (v >= 3)
        w.int32(m.maxBytes);
    if (v >= 4)
        w.int8(m.isolationLevel);
    if (v >= 7)
        w.int32(m.sessionId);
    if (v >= 7)
        w.int32(m.sessionEpoch);
    w.array(m.topics, false, v, writeFetchRequestFetchTopic);
    if (v >= 7)
        w.array(m.forgottenTopicsData, false, v, writeFetchRequestForgottenTopic);
    if (v >= 11)
        w.string(m.rackId, false);
}
function readFetchRequestFetchTopic(r, v) {
    const fTopic = r.string(false);
    const fPartitions = r.array(false, v, readFetchRequestFetchPartition);
    return { topic: fTopic, partitions: fPartitions };
}
function writeFetchRequestFetchTopic(w, m, v) {
    w.string(m.topic, false);
    w.array(m.partitions, false, v, writeFetchRequestFetchPartition);
}
function readFetchRequestFetchPartition(r, v) {
    const fPartition = r.int32();
    const fCurrentLeaderEpoch = v >= 9 ? r.int32() : -1;
    const fFetchOffset = r.int64();
    const fLogStartOffset = v >= 5 ? r.int64() : -1;
    const fPartitionMaxBytes = r.int32();
    return { partition: fPartition, currentLeaderEpoch: fCurrentLeaderEpoch, fetchOffset: fFetchOffset, logStartOffset: fLogStartOffset, partitionMaxBytes: fPartitionMaxBytes };
}
function writeFetchRequestFetchPartition(w, m, v) {
    w.int32(m.partition);
    if (v >= 9)
        w.int32(m.currentLeaderEpoch);
    w.int64(m.fetchOffset);
    if (v >= 5)
        w.int64(m.logStartOffset);
    w.int32(m.partitionMaxBytes);
}
function readFetchRequestForgottenTopic(r, v) {
    const fTopic = r.string(false);
    const fPartitions = r.array(false, v, readInt32);
    return { topic: fTopic, partitions: fPartitions };
}
function writeFetchRequestForgottenTopic(w, m, v) {
    w.string(m.topic, false);
    w.array(m.partitions, false, v, writeInt32);
}
export function decodeFetchResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fErrorCode = v >= 7 ? r.int16() : 0;
    const fSessionId = v >= 7 ? r.int32() : 0;
    const fResponses = r.array(false, v, readFetchResponseFetchableTopicResponse);
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, sessionId: fSessionId, responses: fResponses };
}
export function encodeFetchResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    if (v >= 7)
        w.int16(m.errorCode);
    if (v >= 7)
        w.int32(m.sessionId);
    w.array(m.responses, false, v, writeFetchResponseFetchableTopicResponse);
}
function readFetchResponseFetchableTopicResponse(r, v) {
    const fTopic = r.string(false);
    const fPartitions = r.array(false, v, readFetchResponsePartitionData);
    return { topic: fTopic, partitions: fPartitions };
}
function writeFetchResponseFetchableTopicResponse(w, m, v) {
    w.string(m.topic, false);
    w.array(m.partitions, false, v, writeFetchResponsePartitionData);
}
function readFetchResponsePartitionData(r, v) {
    const fPartitionIndex = r.int32();
    const fErrorCode = r.int16();
    const fHighWatermark = r.int64();
    const fLastStableOffset = v >= 4 ? r.int64() : -1;
    const fLogStartOffset = v >= 5 ? r.int64() : -1;
    const fAbortedTransactions = v >= 4 ? r.nullableArray(false, v, readFetchResponseAbortedTransaction) : [];
    const fPreferredReadReplica = v >= 11 ? r.int32() : -1;
    const fRecords = r.records(false);
    return { partitionIndex: fPartitionIndex, errorCode: fErrorCode, highWatermark: fHighWatermark, lastStableOffset: fLastStableOffset, logStartOffset: fLogStartOffset, abortedTransactions: fAbortedTransactions, preferredReadReplica: fPreferredReadReplica, records: fRecords };
}
function writeFetchResponsePartitionData(w, m, v) {
    w.int32(m.partitionIndex);
    w.int16(m.errorCode);
    w.int64(m.highWatermark);
    if (v >= 4)
        w.int64(m.lastStableOffset);
    if (v >= 5)
        w.int64(m.logStartOffset);
    if (v >= 4)
        w.nullableArray(m.abortedTransactions, false, v, writeFetchResponseAbortedTransaction);
    if (v >= 11)
        w.int32(m.preferredReadReplica);
    w.records(m.records, false);
}
function readFetchResponseAbortedTransaction(r, _v) {
    const fProducerId = r.int64();
    const fFirstOffset = r.int64();
    return { producerId: fProducerId, firstOffset: fFirstOffset };
}
function writeFetchResponseAbortedTransaction(w, m, _v) {
    w.int64(m.producerId);
    w.int64(m.firstOffset);
}
//# sourceMappingURL=fetch.js.map