// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from AddOffsetsToTxnRequest.json and AddOffsetsToTxnResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeAddOffsetsToTxnRequest(r, _v) {
    const fTransactionalId = r.string(false);
    const fProducerId = r.int64();
    const fProducerEpoch = r.int16();
    const fGroupId = r.string(false);
    return { transactionalId: fTransactionalId, producerId: fProducerId, producerEpoch: fProducerEpoch, groupId: fGroupId };
}
export function encodeAddOffsetsToTxnRequest(w, m, _v) {
    w.string(m.transactionalId, false);
    w.int64(m.producerId);
    w.int16(m.producerEpoch);
    w.string(m.groupId, false);
}
export function decodeAddOffsetsToTxnResponse(r, _v) {
    const fThrottleTimeMs = r.int32();
    const fErrorCode = r.int16();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode };
}
export function encodeAddOffsetsToTxnResponse(w, m, _v) {
    w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
}
//# sourceMappingURL=add-offsets-to-txn.js.map