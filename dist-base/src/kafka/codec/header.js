import { apiInfo, ApiKey } from './generated/index.js';
function isFlexible(apiKey, apiVersion) {
    const f = apiInfo(apiKey)?.flexibleFrom;
    return f !== undefined && f !== null && apiVersion >= f;
}
/** 2 for flexible API versions, else 1 (v0, without client id, is only ControlledShutdown v0). */
export function requestHeaderVersion(apiKey, apiVersion) {
    return isFlexible(apiKey, apiVersion) ? 2 : 1;
}
/**
 * 1 for flexible API versions, else 0; ApiVersions responses always use v0, even at v3, so a
 * client can read the error code of a version it sent too new (librdkafka rdkafka_broker.c,
 * Kafka's ApiVersionsResponse).
 */
export function responseHeaderVersion(apiKey, apiVersion) {
    if (apiKey === ApiKey.ApiVersions)
        return 0;
    return isFlexible(apiKey, apiVersion) ? 1 : 0;
}
/** Reads the rest of a request header after api key, version and correlation id. */
export function readRequestHeaderTail(r, headerVersion) {
    const clientId = r.nullableString(false);
    if (headerVersion === 2)
        r.skipTaggedFields();
    return clientId;
}
export function writeRequestHeader(w, h) {
    w.int16(h.apiKey);
    w.int16(h.apiVersion);
    w.int32(h.correlationId);
    w.nullableString(h.clientId, false);
    if (requestHeaderVersion(h.apiKey, h.apiVersion) === 2)
        w.uvarint(0);
}
export function writeResponseHeader(w, apiKey, apiVersion, correlationId) {
    w.int32(correlationId);
    if (responseHeaderVersion(apiKey, apiVersion) === 1)
        w.uvarint(0);
}
//# sourceMappingURL=header.js.map