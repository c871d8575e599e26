import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface DescribeConfigsRequest {
    /** The resources whose configurations we want to describe. */
    resources: DescribeConfigsRequestDescribeConfigsResource[];
    /** True if we should include all synonyms. (v1+) */
    includeSynonyms: boolean;
}
export interface DescribeConfigsRequestDescribeConfigsResource {
    /** The resource type. */
    resourceType: number;
    /** The resource name. */
    resourceName: string;
    /** The configuration keys to list, or null to list all configuration keys. (nullable) */
    configurationKeys: string[] | null;
}
export declare function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest;
export declare function encodeDescribeConfigsRequest(w: Writer, m: DescribeConfigsRequest, v: number): void;
export interface DescribeConfigsResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The results for each resource. */
    results: DescribeConfigsResponseDescribeConfigsResult[];
}
export interface DescribeConfigsResponseDescribeConfigsResult {
    /** The error code, or 0 if we were able to successfully describe the configurations. */
    errorCode: number;
    /** The error message, or null if we were able to successfully describe the configurations. (nullable) */
    errorMessage: string | null;
    /** The resource type. */
    resourceType: number;
    /** The resource name. */
    resourceName: string;
    /** Each listed configuration. */
    configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
}
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
    /** The configuration name. */
    name: string;
    /** The configuration value. (nullable) */
    value: string | null;
    /** True if the configuration is read-only. */
    readOnly: boolean;
    /** True if the configuration is not set. (v0-0) */
    isDefault: boolean;
    /** The configuration source. (v1+) */
    configSource: number;
    /** True if this configuration is sensitive. */
    isSensitive: boolean;
    /** The synonyms for this configuration key. (v1+) */
    synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
}
export interface DescribeConfigsResponseDescribeConfigsSynonym {
    /** The synonym name. */
    name: string;
    /** The synonym value. (nullable) */
    value: string | null;
    /** The synonym source. */
    source: number;
}
export declare function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse;
export declare function encodeDescribeConfigsResponse(w: Writer, m: DescribeConfigsResponse, v: number): void;
