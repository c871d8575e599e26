// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from SyncGroupRequest.json and SyncGroupResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeSyncGroupRequest(r, v) {
    const fGroupId = r.string(false);
    const fGenerationId = r.int32();
    const fMemberId = r.string(false);
    const fGroupInstanceId = v >= 3 ? r.nullableString(false) : null;
    const fAssignments = r.array(false, v, readSyncGroupRequestAssignment);
    return { groupId: fGroupId, generationId: fGenerationId, memberId: fMemberId, groupInstanceId: fGroupInstanceId, assignments: fAssignments };
}
export function encodeSyncGroupRequest(w, m, v) {
    w.string(m.groupId, false);
    w.int32(m.generationId);
    w.string(m.memberId, false);
    if (v >= 3)
        w.nullableString(m.groupInstanceId, false);
    w.array(m.assignments, false, v, writeSyncGroupRequestAssignment);
}
function readSyncGroupRequestAssignment(r, _v) {
    const fMemberId = r.string(false);
    const fAssignment = r.bytes(false);
    return { memberId: fMemberId, assignment: fAssignment };
}
function writeSyncGroupRequestAssignment(w, m, _v) {
    w.string(m.memberId, false);
    w.bytes(m.assignment, false);
}
export function decodeSyncGroupResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fErrorCode = r.int16();
    const fAssignment = r.bytes(false);
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, assignment: fAssignment };
}
export function encodeSyncGroupResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    w.bytes(m.assignment, false);
}
//# sourceMappingURL=sync-group.js.map