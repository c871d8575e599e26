// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from EndTxnRequest.json and EndTxnResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeEndTxnRequest(r, _v) {
    const fTransactionalId = r.string(false);
    const fProducerId = r.int64();
    const fProducerEpoch = r.int16();
    const fCommitted = r.bool();
    return { transactionalId: fTransactionalId, producerId: fProducerId, producerEpoch: fProducerEpoch, committed: fCommitted };
}
export function encodeEndTxnRequest(w, m, _v) {
    w.string(m.transactionalId, false);
    w.int64(m.producerId);
    w.int16(m.producerEpoch);
    w.bool(m.committed);
}
export function decodeEndTxnResponse(r, _v) {
    const fThrottleTimeMs = r.int32();
    const fErrorCode = r.int16();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode };
}
export function encodeEndTxnResponse(w, m, _v) {
    w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
}
//# sourceMappingURL=end-txn.js.map