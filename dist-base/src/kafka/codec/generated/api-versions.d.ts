import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface ApiVersionsRequest {
    /** The name of the client. (v3+) */
    clientSoftwareName: string;
    /** The version of the client. (v3+) */
    clientSoftwareVersion: string;
}
export declare function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest;
export declare function encodeApiVersionsRequest(w: Writer, m: ApiVersionsRequest, v: number): void;
export interface ApiVersionsResponse {
    /** The top-level error code. */
    errorCode: number;
    /** The APIs supported by the broker. */
    apiKeys: ApiVersionsResponseApiVersion[];
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+) */
    throttleTimeMs: number;
    /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (v3+; tagged field 0, absent when undefined) */
    supportedFeatures?: ApiVersionsResponseSupportedFeatureKey[];
    /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (v3+; tagged field 1, absent when undefined) */
    finalizedFeaturesEpoch?: number;
    /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (v3+; tagged field 2, absent when undefined) */
    finalizedFeatures?: ApiVersionsResponseFinalizedFeatureKey[];
    /** Set by a KRaft controller if the required configurations for ZK migration are present (v3+; tagged field 3, absent when undefined) */
    zkMigrationReady?: boolean;
}
export interface ApiVersionsResponseApiVersion {
    /** The API index. */
    apiKey: number;
    /** The minimum supported version, inclusive. */
    minVersion: number;
    /** The maximum supported version, inclusive. */
    maxVersion: number;
}
export interface ApiVersionsResponseSupportedFeatureKey {
    /** The name of the feature. */
    name: string;
    /** The minimum supported version for the feature. */
    minVersion: number;
    /** The maximum supported version for the feature. */
    maxVersion: number;
}
export interface ApiVersionsResponseFinalizedFeatureKey {
    /** The name of the feature. */
    name: string;
    /** The cluster-wide finalized max version level for the feature. */
    maxVersionLevel: number;
    /** The cluster-wide finalized min version level for the feature. */
    minVersionLevel: number;
}
export declare function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse;
export declare function encodeApiVersionsResponse(w: Writer, m: ApiVersionsResponse, v: number): void;
