// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ListGroupsRequest.json and ListGroupsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readStringClassic, readStringCompact } from '../reader.js';
import { writeStringClassic, writeStringCompact } from '../writer.js';
export function decodeListGroupsRequest(r, v) {
    const flex = v >= 3;
    const fStatesFilter = v >= 4 ? r.array(flex, v, (flex ? readStringCompact : readStringClassic)) : [];
    if (flex)
        r.skipTaggedFields();
    return { statesFilter: fStatesFilter };
}
export function encodeListGroupsRequest(w, m, v) {
    const flex = v >= 3;
    if (v >= 4)
        w.array(m.statesFilter, flex, v, (flex ? writeStringCompact : writeStringClassic));
    if (flex)
        w.uvarint(0);
}
export function decodeListGroupsResponse(r, v) {
    const flex = v >= 3;
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fErrorCode = r.int16();
    const fGroups = r.array(flex, v, readListGroupsResponseListedGroup);
    if (flex)
        r.skipTaggedFields();
    return { throttleTimeMs: fThrottleTimeMs, errorCode: fErrorCode, groups: fGroups };
}
export function encodeListGroupsResponse(w, m, v) {
    const flex = v >= 3;
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.int16(m.errorCode);
    w.array(m.groups, flex, v, writeListGroupsResponseListedGroup);
    if (flex)
        w.uvarint(0);
}
function readListGroupsResponseListedGroup(r, v) {
    const flex = v >= 3;
    const fGroupId = r.string(flex);
    const fProtocolType = r.string(flex);
    const fGroupState = v >= 4 ? r.string(flex) : "";
    if (flex)
        r.skipTaggedFields();
    return { groupId: fGroupId, protocolType: fProtocolType, groupState: fGroupState };
}
function writeListGroupsResponseListedGroup(w, m, v) {
    const flex = v >= 3;
    w.string(m.groupId, flex);
    w.string(m.protocolType, flex);
    if (v >= 4)
        w.string(m.groupState, flex);
    if (flex)
        w.uvarint(0);
}
//# sourceMappingURL=list-groups.js.map