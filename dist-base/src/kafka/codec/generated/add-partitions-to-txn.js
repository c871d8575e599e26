// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from AddPartitionsToTxnRequest.json and AddPartitionsToTxnResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readInt32 } from '../reader.js';
import { writeInt32 } from '../writer.js';
export function decodeAddPartitionsToTxnRequest(r, v) {
    const fV3AndBelowTransactionalId = r.string(false);
    const fV3AndBelowProducerId = r.int64();
    const fV3AndBelowProducerEpoch = r.int16();
    const fV3AndBelowTopics = r.array(false, v, readAddPartitionsToTxnRequestAddPartitionsToTxnTopic);
    return { v3AndBelowTransactionalId: fV3AndBelowTransactionalId, v3AndBelowProducerId: fV3AndBelowProducerId, v3AndBelowProducerEpoch: fV3AndBelowProducerEpoch, v3AndBelowTopics: fV3AndBelowTopics };
}
export function encodeAddPartitionsToTxnRequest(w, m, v) {
    w.string(m.v3AndBelowTransactionalId, false);
    w.int64(m.v3AndBelowProducerId);
    w.int16(m.v3AndBelowProducerEpoch);
    w.array(m.v3AndBelowTopics, false, v, writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic);
}
function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v) {
    const fName = r.string(false);
    const fPartitions = r.array(false, v, readInt32);
    return { name: fName, partitions: fPartitions };
}
function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, m, v) {
    w.string(m.name, false);
    w.array(m.partitions, false, v, writeInt32);
}
export function decodeAddPartitionsToTxnResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fResultsByTopicV3AndBelow = r.array(false, v, readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult);
    return { throttleTimeMs: fThrottleTimeMs, resultsByTopicV3AndBelow: fResultsByTopicV3AndBelow };
}
export function encodeAddPartitionsToTxnResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.array(m.resultsByTopicV3AndBelow, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult);
}
function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v) {
    const fName = r.string(false);
    const fResultsByPartition = r.array(false, v, readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult);
    return { name: fName, resultsByPartition: fResultsByPartition };
}
function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, m, v) {
    w.string(m.name, false);
    w.array(m.resultsByPartition, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult);
}
function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, _v) {
    const fPartitionIndex = r.int32();
    const fPartitionErrorCode = r.int16();
    return { partitionIndex: fPartitionIndex, partitionErrorCode: fPartitionErrorCode };
}
function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, m, _v) {
    w.int32(m.partitionIndex);
    w.int16(m.partitionErrorCode);
}
//# sourceMappingURL=add-partitions-to-txn.js.map