import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface IncrementalAlterConfigsRequest {
    /** The incremental updates for each resource. */
    resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
    /** True if we should validate the request, but not change the configurations. */
    validateOnly: boolean;
}
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
    /** The resource type. */
    resourceType: number;
    /** The resource name. */
    resourceName: string;
    /** The configurations. */
    configs: IncrementalAlterConfigsRequestAlterableConfig[];
}
export interface IncrementalAlterConfigsRequestAlterableConfig {
    /** The configuration key name. */
    name: string;
    /** The type (Set, Delete, Append, Subtract) of operation. */
    configOperation: number;
    /** The value to set for the configuration key. (nullable) */
    value: string | null;
}
export declare function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest;
export declare function encodeIncrementalAlterConfigsRequest(w: Writer, m: IncrementalAlterConfigsRequest, v: number): void;
export interface IncrementalAlterConfigsResponse {
    /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The responses for each resource. */
    responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
}
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
    /** The resource error code. */
    errorCode: number;
    /** The resource error message, or null if there was no error. (nullable) */
    errorMessage: string | null;
    /** The resource type. */
    resourceType: number;
    /** The resource name. */
    resourceName: string;
}
export declare function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse;
export declare function encodeIncrementalAlterConfigsResponse(w: Writer, m: IncrementalAlterConfigsResponse, v: number): void;
