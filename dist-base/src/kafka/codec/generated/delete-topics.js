// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DeleteTopicsRequest.json and DeleteTopicsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readStringClassic } from '../reader.js';
import { writeStringClassic } from '../writer.js';
export function decodeDeleteTopicsRequest(r, v) {
    const fTopicNames = r.array(false, v, readStringClassic);
    const fTimeoutMs = r.int32();
    return { topicNames: fTopicNames, timeoutMs: fTimeoutMs };
}
export function encodeDeleteTopicsRequest(w, m, v) {
    w.array(m.topicNames, false, v, writeStringClassic);
    w.int32(m.timeoutMs);
}
export function decodeDeleteTopicsResponse(r, v) {
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    const fResponses = r.array(false, v, readDeleteTopicsResponseDeletableTopicResult);
    return { throttleTimeMs: fThrottleTimeMs, responses: fResponses };
}
export function encodeDeleteTopicsResponse(w, m, v) {
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    w.array(m.responses, false, v, writeDeleteTopicsResponseDeletableTopicResult);
}
function readDeleteTopicsResponseDeletableTopicResult(r, _v) {
    const fName = r.string(false);
    const fErrorCode = r.int16();
    return { name: fName, errorCode: fErrorCode };
}
function writeDeleteTopicsResponseDeletableTopicResult(w, m, _v) {
    w.string(m.name, false);
    w.int16(m.errorCode);
}
//# sourceMappingURL=delete-topics.js.map