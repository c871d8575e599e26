// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from LeaveGroupRequest.json and LeaveGroupResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeLeaveGroupRequest(r, v) {
    const fGroupId = r.string(false);
    const fMemberId = v <= 2 ? r.string(false) : "";
    const fMembers = v >= 3 ? r.array(false, v, readLeaveGroupRequestMemberIdentity) : [];
    return { groupId: fGroupId, memberId: fMemberId, members: fMembers };
}
export function encodeLeaveGroupRequest(w, m, v) {
    w.string(m.groupId, false);
    if (v <= 2)
        w.string(m.memberId, false);
    if (v >= 3)
        w.array(m.members, false, v, writeLeaveGroupRequestMemberIdentity);
}
function readLeaveGroupRequestMemberIdentity(r, _v) {
    const fMemberId = r.string(false);
    const fGroupInstanceId = r.nullableString(false);
    return { memberId: fMemberId, groupInstanceId: fGroupInstanceId };
}
function writeLeaveGroupRequestMemberIdentity(w, m, _v) {
    w.string(m.memberId, false);
    w.nullableString(m.groupInstanceId, false);
}
export function decodeLeaveGroupResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fErrorCode = r.int16();
    const fMembers = v >= 3 ? r.array(false, v, readLeaveGroupResponseMemberResponse) : [];
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, members: fMembers };
}
export function encodeLeaveGroupResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    if (v >= 3)
        w.array(m.members, false, v, writeLeaveGroupResponseMemberResponse);
}
function readLeaveGroupResponseMemberResponse(r, _v) {
    const fMemberId = r.string(false);
    const fGroupInstanceId = r.nullableString(false);
    const fErrorCode = r.int16();
    return { memberId: fMemberId, groupInstanceId: fGroupInstanceId, errorCode: fErrorCode };
}
function writeLeaveGroupResponseMemberResponse(w, m, _v) {
    w.string(m.memberId, false);
    w.nullableString(m.groupInstanceId, false);
    w.int16(m.errorCode);
}
//# sourceMappingURL=leave-group.js.map