// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DeleteGroupsRequest.json and DeleteGroupsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readStringClassic } from '../reader.js';
import { writeStringClassic } from '../writer.js';
export function decodeDeleteGroupsRequest(r, v) {
    const fGroupsNames = r.array(false, v, readStringClassic);
    return { groupsNames: fGroupsNames };
}
export function encodeDeleteGroupsRequest(w, m, v) {
    w.array(m.groupsNames, false, v, writeStringClassic);
}
export function decodeDeleteGroupsResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fResults = r.array(false, v, readDeleteGroupsResponseDeletableGroupResult);
    return { throttleTimeMs: fThrottleTimeMs, results: fResults };
}
export function encodeDeleteGroupsResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.array(m.results, false, v, writeDeleteGroupsResponseDeletableGroupResult);
}
function readDeleteGroupsResponseDeletableGroupResult(r, _v) {
    const fGroupId = r.string(false);
    const fErrorCode = r.int16();
    return { groupId: fGroupId, errorCode: fErrorCode };
}
function writeDeleteGroupsResponseDeletableGroupResult(w, m, _v) {
    w.string(m.groupId, false);
    w.int16(m.errorCode);
}
//# sourceMappingURL=delete-groups.js.map