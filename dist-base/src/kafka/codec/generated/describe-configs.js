// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DescribeConfigsRequest.json and DescribeConfigsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readStringClassic } from '../reader.js';
import { writeStringClassic } from '../writer.js';
export function decodeDescribeConfigsRequest(r, v) {
    const fResources = r.array(false, v, readDescribeConfigsRequestDescribeConfigsResource);
    const fIncludeSynonyms = v >= 1 ? r.bool() : false;
    return { resources: fResources, includeSynonyms: fIncludeSynonyms };
}
export function encodeDescribeConfigsRequest(w, m, v) {
    w.array(m.resources, false, v, writeDescribeConfigsRequestDescribeConfigsResource);
    if (v >= 1)
        w.bool(m.includeSynonyms);
}
function readDescribeConfigsRequestDescribeConfigsResource(r, v) {
    const fResourceType = r.int8();
    const fResourceName = r.string(false);
    const fConfigurationKeys = r.nullableArray(false, v, readStringClassic);
    return { resourceType: fResourceType, resourceName: fResourceName, configurationKeys: fConfigurationKeys };
}
function writeDescribeConfigsRequestDescribeConfigsResource(w, m, v) {
    w.int8(m.resourceType);
    w.string(m.resourceName, false);
    w.nullableArray(m.configurationKeys, false, v, writeStringClassic);
}
export function decodeDescribeConfigsResponse(r, v) {
    const fThrottleTimeMs = r.int32();
    const fResults = r.array(false, v, readDescribeConfigsResponseDescribeConfigsResult);
    return { throttleTimeMs: fThrottleTimeMs, results: fResults };
}
export function encodeDescribeConfigsResponse(w, m, v) {
    w.int32(m.throttleTimeMs);
    w.array(m.results, false, v, writeDescribeConfigsResponseDescribeConfigsResult);
}
function readDescribeConfigsResponseDescribeConfigsResult(r, v) {
    const fErrorCode = r.int16();
    const fErrorMessage = r.nullableString(false);
    const fResourceType = r.int8();
    const fResourceName = r.string(false);
    const fConfigs = r.array(false, v, readDescribeConfigsResponseDescribeConfigsResourceResult);
    return { errorCode: fErrorCode, errorMessage: fErrorMessage, resourceType: fResourceType, resourceName: fResourceName, configs: fConfigs };
}
function writeDescribeConfigsResponseDescribeConfigsResult(w, m, v) {
    w.int16(m.errorCode);
    w.nullableString(m.errorMessage, false);
    w.int8(m.resourceType);
    w.string(m.resourceName, false);
    w.array(m.configs, false, v, writeDescribeConfigsResponseDescribeConfigsResourceResult);
}
function readDescribeConfigsResponseDescribeConfigsResourceResult(r, v) {
    const fName = r.string(false);
    const fValue = r.nullableString(false);
    const fReadOnly = r.bool();
    const fIsDefault = v <= 0 ? r.bool() : false;
    const fConfigSource = v >= 1 ? r.int8() : -1;
    const fIsSensitive = r.bool();
    const fSynonyms = v >= 1 ? r.array(false, v, readDescribeConfigsResponseDescribeConfigsSynonym) : [];
    return { name: fName, value: fValue, readOnly: fReadOnly, isDefault: fIsDefault, configSource: fConfigSource, isSensitive: fIsSensitive, synonyms: fSynonyms };
}
function writeDescribeConfigsResponseDescribeConfigsResourceResult(w, m, v) {
    w.string(m.name, false);
    w.nullableString(m.value, false);
    w.bool(m.readOnly);
    if (v <= 0)
        w.bool(m.isDefault);
    if (v >= 1)
        w.int8(m.configSource);
    w.bool(m.isSensitive);
    if (v >= 1)
        w.array(m.synonyms, false, v, writeDescribeConfigsResponseDescribeConfigsSynonym);
}
function readDescribeConfigsResponseDescribeConfigsSynonym(r, _v) {
    const fName = r.string(false);
    const fValue = r.nullableString(false);
    const fSource = r.int8();
    return { name: fName, value: fValue, source: fSource };
}
function writeDescribeConfigsResponseDescribeConfigsSynonym(w, m, _v) {
    w.string(m.name, false);
    w.nullableString(m.value, false);
    w.int8(m.source);
}
//# sourceMappingURL=describe-configs.js.map