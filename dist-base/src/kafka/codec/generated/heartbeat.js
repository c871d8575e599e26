// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from HeartbeatRequest.json and HeartbeatResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeHeartbeatRequest(r, v) {
    const fGroupId = r.string(false);
    const fGenerationId = r.int32();
    const fMemberId = r.string(false);
    const fGroupInstanceId = v >= 3 ? r.nullableString(false) : null;
    return { groupId: fGroupId, generationId: fGenerationId, memberId: fMemberId, groupInstanceId: fGroupInstanceId };
}
export function encodeHeartbeatRequest(w, m, v) {
    w.string(m.groupId, false);
    w.int32(m.generationId);
    w.string(m.memberId, false);
    if (v >= 3)
        w.nullableString(m.groupInstanceId, false);
}
export function decodeHeartbeatResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fErrorCode = r.int16();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode };
}
export function encodeHeartbeatResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
}
//# sourceMappingURL=heartbeat.js.map