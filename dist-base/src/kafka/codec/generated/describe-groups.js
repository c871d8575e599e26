// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DescribeGroupsRequest.json and DescribeGroupsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readStringClassic } from '../reader.js';
import { writeStringClassic } from '../writer.js';
export function decodeDescribeGroupsRequest(r, v) {
    const fGroups = r.array(false, v, readStringClassic);
    const fIncludeAuthorizedOperations = v >= 3 ? r.bool() : false;
    return { groups: fGroups, includeAuthorizedOperations: fIncludeAuthorizedOperations };
}
export function encodeDescribeGroupsRequest(w, m, v) {
    w.array(m.groups, false, v, writeStringClassic);
    if (v >= 3)
        w.bool(m.includeAuthorizedOperations);
}
export function decodeDescribeGroupsResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fGroups = r.array(false, v, readDescribeGroupsResponseDescribedGroup);
    return { throttleTimeMs: fThrottleTimeMs, groups: fGroups };
}
export function encodeDescribeGroupsResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.array(m.groups, false, v, writeDescribeGroupsResponseDescribedGroup);
}
function readDescribeGroupsResponseDescribedGroup(r, v) {
    const fErrorCode = r.int16();
    const fGroupId = r.string(false);
    const fGroupState = r.string(false);
    const fProtocolType = r.string(false);
    const fProtocolData = r.string(false);
    const fMembers = r.array(false, v, readDescribeGroupsResponseDescribedGroupMember);
    const fAuthorizedOperations = v >= 3 ? r.int32() : -2147483648;
    return { errorCode: fErrorCode, groupId: fGroupId, groupState: fGroupState, protocolType: fProtocolType, protocolData: fProtocolData, members: fMembers, authorizedOperations: fAuthorizedOperations };
}
function writeDescribeGroupsResponseDescribedGroup(w, m, v) {
    w.int16(m.errorCode);
    w.string(m.groupId, false);
    w.string(m.groupState, false);
    w.string(m.protocolType, false);
    w.string(m.protocolData, false);
    w.array(m.members, false, v, writeDescribeGroupsResponseDescribedGroupMember);
    if (v >= 3)
        w.int32(m.authorizedOperations);
}
function readDescribeGroupsResponseDescribedGroupMember(r, v) {
    const fMemberId = r.string(false);
    const fGroupInstanceId = v >= 4 ? r.nullableString(false) : null;
    const fClientId = r.string(false);
    const fClientHost = r.string(false);
    const fMemberMetadata = r.bytes(false);
    const fMemberAssignment = r.bytes(false);
    return { memberId: fMemberId, groupInstanceId: fGroupInstanceId, clientId: fClientId, clientHost: fClientHost, memberMetadata: fMemberMetadata, memberAssignment: fMemberAssignment };
}
function writeDescribeGroupsResponseDescribedGroupMember(w, m, v) {
    w.string(m.memberId, false);
    if (v >= 4)
        w.nullableString(m.groupInstanceId, false);
    w.string(m.clientId, false);
    w.string(m.clientHost, false);
    w.bytes(m.memberMetadata, false);
    w.bytes(m.memberAssignment, false);
}
//# sourceMappingURL=describe-groups.js.map