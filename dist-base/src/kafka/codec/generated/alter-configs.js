// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from AlterConfigsRequest.json and AlterConfigsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeAlterConfigsRequest(r, v) {
    const fResources = r.array(false, v, readAlterConfigsRequestAlterConfigsResource);
    const fValidateOnly = r.bool();
    return { resources: fResources, validateOnly: fValidateOnly };
}
export function encodeAlterConfigsRequest(w, m, v) {
    w.array(m.resources, false, v, writeAlterConfigsRequestAlterConfigsResource);
    w.bool(m.validateOnly);
}
function readAlterConfigsRequestAlterConfigsResource(r, v) {
    const fResourceType = r.int8();
    const fResourceName = r.string(false);
    const fConfigs = r.array(false, v, readAlterConfigsRequestAlterableConfig);
    return { resourceType: fResourceType, resourceName: fResourceName, configs: fConfigs };
}
function writeAlterConfigsRequestAlterConfigsResource(w, m, v) {
    w.int8(m.resourceType);
    w.string(m.resourceName, false);
    w.array(m.configs, false, v, writeAlterConfigsRequestAlterableConfig);
}
function readAlterConfigsRequestAlterableConfig(r, _v) {
    const fName = r.string(false);
    const fValue = r.nullableString(false);
    return { name: fName, value: fValue };
}
function writeAlterConfigsRequestAlterableConfig(w, m, _v) {
    w.string(m.name, false);
    w.nullableString(m.value, false);
}
export function decodeAlterConfigsResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fResponses = r.array(false, v, readAlterConfigsResponseAlterConfigsResourceResponse);
    return { throttleTimeMs: fThrottleTimeMs, responses: fResponses };
}
export function encodeAlterConfigsResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.array(m.responses, false, v, writeAlterConfigsResponseAlterConfigsResourceResponse);
}
function readAlterConfigsResponseAlterConfigsResourceResponse(r, _v) {
    const fErrorCode = r.int16();
    const fErrorMessage = r.nullableString(false);
    const fResourceType = r.int8();
    const fResourceName = r.string(false);
    return { errorCode: fErrorCode, errorMessage: fErrorMessage, resourceType: fResourceType, resourceName: fResourceName };
}
function writeAlterConfigsResponseAlterConfigsResourceResponse(w, m, _v) {
    w.int16(m.errorCode);
    w.nullableString(m.errorMessage, false);
    w.int8(m.resourceType);
    w.string(m.resourceName, false);
}
//# sourceMappingURL=alter-configs.js.map