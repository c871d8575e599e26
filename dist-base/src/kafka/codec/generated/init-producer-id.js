// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from InitProducerIdRequest.json and InitProducerIdResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeInitProducerIdRequest(r, v) {
    const flex = v >= 2;
    const fTransactionalId = r.nullableString(flex);
    const fTransactionTimeoutMs = r.int32();
    const fProducerId = v >= 3 ? r.int64() : -1;
    const fProducerEpoch = v >= 3 ? r.int16() : -1;
    if (flex)
        r.skipTaggedFields();
    return { transactionalId: fTransactionalId, transactionTimeoutMs: fTransactionTimeoutMs, producerId: fProducerId, producerEpoch: fProducerEpoch };
}
export function encodeInitProducerIdRequest(w, m, v) {
    const flex = v >= 2;
    w.nullableString(m.transactionalId, flex);
    w.int32(m.transactionTimeoutMs);
    if (v >= 3)
        w.int64(m.producerId);
    if (v >= 3)
        w.int16(m.producerEpoch);
    if (flex)
        w.uvarint(0);
}
export function decodeInitProducerIdResponse(r, v) {
    const flex = v >= 2;
    const fThrottleTimeMs = r.int32();
    const fErrorCode = r.int16();
    const fProducerId = r.int64();
    const fProducerEpoch = r.int16();
    if (flex)
        r.skipTaggedFields();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, producerId: fProducerId, producerEpoch: fProducerEpoch };
}
export function encodeInitProducerIdResponse(w, m, v) {
    const flex = v >= 2;
    w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    w.int64(m.producerId);
    w.int16(m.producerEpoch);
    if (flex)
        w.uvarint(0);
}
//# sourceMappingURL=init-producer-id.js.map