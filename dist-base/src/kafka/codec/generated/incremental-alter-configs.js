// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from IncrementalAlterConfigsRequest.json and IncrementalAlterConfigsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeIncrementalAlterConfigsRequest(r, v) {
    const flex = v >= 1;
    const fResources = r.array(flex, v, readIncrementalAlterConfigsRequestAlterConfigsResource);
    const fValidateOnly = r.bool();
    if (flex)
        r.skipTaggedFields();
    return { resources: fResources, validateOnly: fValidateOnly };
}
export function encodeIncrementalAlterConfigsRequest(w, m, v) {
    const flex = v >= 1;
    w.array(m.resources, flex, v, writeIncrementalAlterConfigsRequestAlterConfigsResource);
    w.bool(m.validateOnly);
    if (flex)
        w.uvarint(0);
}
function readIncrementalAlterConfigsRequestAlterConfigsResource(r, v) {
    const flex = v >= 1;
    const fResourceType = r.int8();
    const fResourceName = r.string(flex);
    const fConfigs = r.array(flex, v, readIncrementalAlterConfigsRequestAlterableConfig);
    if (flex)
        r.skipTaggedFields();
    return { resourceType: fResourceType, resourceName: fResourceName, configs: fConfigs };
}
function writeIncrementalAlterConfigsRequestAlterConfigsResource(w, m, v) {
    const flex = v >= 1;
    w.int8(m.resourceType);
    w.string(m.resourceName, flex);
    w.array(m.configs, flex, v, writeIncrementalAlterConfigsRequestAlterableConfig);
    if (flex)
        w.uvarint(0);
}
function readIncrementalAlterConfigsRequestAlterableConfig(r, v) {
    const flex = v >= 1;
    const fName = r.string(flex);
    const fConfigOperation = r.int8();
    const fValue = r.nullableString(flex);
    if (flex)
        r.skipTaggedFields();
    return { name: fName, configOperation: fConfigOperation, value: fValue };
}
function writeIncrementalAlterConfigsRequestAlterableConfig(w, m, v) {
    const flex = v >= 1;
    w.string(m.name, flex);
    w.int8(m.configOperation);
    w.nullableString(m.value, flex);
    if (flex)
        w.uvarint(0);
}
export function decodeIncrementalAlterConfigsResponse(r, v) {
    const flex = v >= 1;
    const fThrottleTimeMs = r.int32();
    const fResponses = r.array(flex, v, readIncrementalAlterConfigsResponseAlterConfigsResourceResponse);
    if (flex)
        r.skipTaggedFields();
    return { throttleTimeMs: fThrottleTimeMs, responses: fResponses };
}
export function encodeIncrementalAlterConfigsResponse(w, m, v) {
    const flex = v >= 1;
    w.int32(m.throttleTimeMs);
    w.array(m.responses, flex, v, writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse);
    if (flex)
        w.uvarint(0);
}
function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, v) {
    const flex = v >= 1;
    const fErrorCode = r.int16();
    const fErrorMessage = r.nullableString(flex);
    const fResourceType = r.int8();
    const fResourceName = r.string(flex);
    if (flex)
        r.skipTaggedFields();
    return { errorCode: fErrorCode, errorMessage: fErrorMessage, resourceType: fResourceType, resourceName: fResourceName };
}
function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, m, v) {
    const flex = v >= 1;
    w.int16(m.errorCode);
    w.nullableString(m.errorMessage, flex);
    w.int8(m.resourceType);
    w.string(m.resourceName, flex);
    if (flex)
        w.uvarint(0);
}
//# sourceMappingURL=incremental-alter-configs.js.map