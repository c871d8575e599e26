// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from FindCoordinatorRequest.json and FindCoordinatorResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeFindCoordinatorRequest(r, v) {
    const fKey = r.string(false);
    const fKeyType = v >= 1 ? r.int8() : 0;
    return { key: fKey, keyType: fKeyType };
}
export function encodeFindCoordinatorRequest(w, m, v) {
    w.string(m.key, false);
    if (v >= 1)
        w.int8(m.keyType);
}
export function decodeFindCoordinatorResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fErrorCode = r.int16();
    const fErrorMessage = v >= 1 ? r.nullableString(false) : "";
    const fNodeId = r.int32();
    const fHost = r.string(false);
    const fPort = r.int32();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, errorMessage: fErrorMessage, nodeId: fNodeId, host: fHost, port: fPort };
}
export function encodeFindCoordinatorResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    if (v >= 1)
        w.nullableString(m.errorMessage, false);
    w.int32(m.nodeId);
    w.string(m.host, false);
    w.int32(m.port);
}
//# sourceMappingURL=find-coordinator.js.map