// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ProduceRequest.json and ProduceResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeProduceRequest(r, v) {
    const fTransactionalId = v >= 3 ? r.nullableString(false) : null;
    const fAcks = r.int16();
    const fTimeoutMs = r.int32();
    const fTopicData = r.array(false, v, readProduceRequestTopicProduceData);
    return { transactionalId: fTransactionalId, acks: fAcks, timeoutMs: fTimeoutMs, topicData: fTopicData };
}
export function encodeProduceRequest(w, m, v) {
    if (v >= 3)
        w.nullableString(m.transactionalId, false);
    w.int16(m.acks);
    w.int32(m.timeoutMs);
    w.array(m.topicData, false, v, writeProduceRequestTopicProduceData);
}
function readProduceRequestTopicProduceData(r, v) {
    const fName = r.string(false);
    const fPartitionData = r.array(false, v, readProduceRequestPartitionProduceData);
    return { name: fName, partitionData: fPartitionData };
}
function writeProduceRequestTopicProduceData(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitionData, false, v, writeProduceRequestPartitionProduceData);
}
function readProduceRequestPartitionProduceData(r, _v) {
    const fIndex = r.int32();
    const fRecords = r.records(false);
    return { index: fIndex, records: fRecords };
}
function writeProduceRequestPartitionProduceData(w, m, _v) {
    w.int32(m.index);
    w.records(m.records, false);
}
export function decodeProduceResponse(r, v) {
    const fResponses = r.array(false, v, readProduceResponseTopicProduceResponse);
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    return { responses: fResponses, throttleTimeMs: fThrottleTimeMs };
}
export function encodeProduceResponse(w, m, v) {
    w.array(m.responses, false, v, writeProduceResponseTopicProduceResponse);
    if (v >= 1)
        w.int32(m.throttleTimeMs);
}
function readProduceResponseTopicProduceResponse(r, v) {
    const fName = r.string(false);
    const fPartitionResponses = r.array(false, v, readProduceResponsePartitionProduceResponse);
    return { name: fName, partitionResponses: fPartitionResponses };
}
function writeProduceResponseTopicProduceResponse(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitionResponses, false, v, writeProduceResponsePartitionProduceResponse);
}
function readProduceResponsePartitionProduceResponse(r, v) {
    const fIndex = r.int32();
    const fErrorCode = r.int16();
    const fBaseOffset = r.int64();
    const fLogAppendTimeMs = v >= 2 ? r.int64() : -1;
    const fLogStartOffset = v >= 5 ? r.int64() : -1;
    return { index: fIndex, errorCode: fErrorCode, baseOffset: fBaseOffset, logAppendTimeMs: fLogAppendTimeMs, logStartOffset: fLogStartOffset };
}
function writeProduceResponsePartitionProduceResponse(w, m, v) {
    w.int32(m.index);
    w.int16(m.errorCode);
    w.int64(m.baseOffset);
    if (v >= 2)
        w.int64(m.logAppendTimeMs);
    if (v >= 5)
        w.int64(m.logStartOffset);
}
//# sourceMappingURL=produce.js.map