import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface AlterConfigsRequest {
    /** The updates for each resource. */
    resources: AlterConfigsRequestAlterConfigsResource[];
    /** True if we should validate the request, but not change the configurations. */
    validateOnly: boolean;
}
export interface AlterConfigsRequestAlterConfigsResource {
    /** The resource type. */
    resourceType: number;
    /** The resource name. */
    resourceName: string;
    /** The configurations. */
    configs: AlterConfigsRequestAlterableConfig[];
}
export interface AlterConfigsRequestAlterableConfig {
    /** The configuration key name. */
    name: string;
    /** The value to set for the configuration key. (nullable) */
    value: string | null;
}
export declare function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest;
export declare function encodeAlterConfigsRequest(w: Writer, m: AlterConfigsRequest, v: number): void;
export interface AlterConfigsResponse {
    /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The responses for each resource. */
    responses: AlterConfigsResponseAlterConfigsResourceResponse[];
}
export interface AlterConfigsResponseAlterConfigsResourceResponse {
    /** The resource error code. */
    errorCode: number;
    /** The resource error message, or null if there was no error. (nullable) */
    errorMessage: string | null;
    /** The resource type. */
    resourceType: number;
    /** The resource name. */
    resourceName: string;
}
export declare function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse;
export declare function encodeAlterConfigsResponse(w: Writer, m: AlterConfigsResponse, v: number): void;
