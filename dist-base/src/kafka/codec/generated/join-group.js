// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from JoinGroupRequest.json and JoinGroupResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeJoinGroupRequest(r, v) {
    const fGroupId = r.string(false);
    const fSessionTimeoutMs = r.int32();
    const fRebalanceTimeoutMs = v >= 1 ? r.int32() : -1;
    const fMemberId = r.string(false);
    const fGroupInstanceId = v >= 5 ? r.nullableString(false) : null;
    const fProtocolType = r.string(false);
    const fProtocols = r.array(false, v, readJoinGroupRequestProtocol);
    return { groupId: fGroupId, sessionTimeoutMs: fSessionTimeoutMs, rebalanceTimeoutMs: fRebalanceTimeoutMs, memberId: fMemberId, groupInstanceId: fGroupInstanceId, protocolType: fProtocolType, protocols: fProtocols };
}
export function encodeJoinGroupRequest(w, m, v) {
    w.string(m.groupId, false);
    w.int32(m.sessionTimeoutMs);
    if (v >= 1)
        w.int32(m.rebalanceTimeoutMs);
    w.string(m.memberId, false);
    if (v >= 5)
        w.nullableString(m.groupInstanceId, false);
    w.string(m.protocolType, false);
    w.array(m.protocols, false, v, writeJoinGroupRequestProtocol);
}
function readJoinGroupRequestProtocol(r, _v) {
    const fName = r.string(false);
    const fMetadata = r.bytes(false);
    return { name: fName, metadata: fMetadata };
}
function writeJoinGroupRequestProtocol(w, m, _v) {
    w.string(m.name, false);
    w.bytes(m.metadata, false);
}
export function decodeJoinGroupResponse(r, v) {
    const fThrottleTimeMs = v >= 2 ? r.int32() : 0;
    const fErrorCode = r.int16();
    const fGenerationId = r.int32();
    const fProtocolName = r.string(false);
    const fLeader = r.string(false);
    const fMemberId = r.string(false);
    const fMembers = r.array(false, v, readJoinGroupResponseMember);
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, generationId: fGenerationId, protocolName: fProtocolName, leader: fLeader, memberId: fMemberId, members: fMembers };
}
export function encodeJoinGroupResponse(w, m, v) {
    if (v >= 2)
        w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    w.int32(m.generationId);
    w.string(m.protocolName, false);
    w.string(m.leader, false);
    w.string(m.memberId, false);
    w.array(m.members, false, v, writeJoinGroupResponseMember);
}
function readJoinGroupResponseMember(r, v) {
    const fMemberId = r.string(false);
    const fGroupInstanceId = v >= 5 ? r.nullableString(false) : null;
    const fMetadata = r.bytes(false);
    return { memberId: fMemberId, groupInstanceId: fGroupInstanceId, metadata: fMetadata };
}
function writeJoinGroupResponseMember(w, m, v) {
    w.string(m.memberId, false);
    if (v >= 5)
        w.nullableString(m.groupInstanceId, false);
    w.bytes(m.metadata, false);
}
//# sourceMappingURL=join-group.js.map