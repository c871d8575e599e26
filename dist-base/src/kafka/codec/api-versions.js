import { API_TABLE } from './generated/index.js';
/**
 * The ApiVersions response body advertising API_TABLE. With UNSUPPORTED_VERSION (35) it is the
 * reply to an ApiVersions version Wharf does not know: sent as v0, which every client can read,
 * and librdkafka then retries with min(its version - 1, our maximum).
 */
export function apiVersionsBody(errorCode = 0, throttleTimeMs = 0) {
    return {
        errorCode,
        apiKeys: API_TABLE.map((a) => ({ apiKey: a.apiKey, minVersion: a.minVersion, maxVersion: a.maxVersion })),
        throttleTimeMs,
    };
}
//# sourceMappingURL=api-versions.js.map