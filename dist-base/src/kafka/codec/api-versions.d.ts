import type { ApiVersionsResponse } from './generated/index.js';
/**
 * The ApiVersions response body advertising API_TABLE. With UNSUPPORTED_VERSION (35) it is the
 * reply to an ApiVersions version Wharf does not know: sent as v0, which every client can read,
 * and librdkafka then retries with min(its version - 1, our maximum).
 */
export declare function apiVersionsBody(errorCode?: number, throttleTimeMs?: number): ApiVersionsResponse;
