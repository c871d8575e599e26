import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface DescribeClusterRequest {
    /** Whether to include cluster authorized operations. */
    includeClusterAuthorizedOperations: boolean;
}
export declare function decodeDescribeClusterRequest(r: Reader, _v: number): DescribeClusterRequest;
export declare function encodeDescribeClusterRequest(w: Writer, m: DescribeClusterRequest, _v: number): void;
export interface DescribeClusterResponse {
    /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    throttleTimeMs: number;
    /** The top-level error code, or 0 if there was no error */
    errorCode: number;
    /** The top-level error message, or null if there was no error. (nullable) */
    errorMessage: string | null;
    /** The cluster ID that responding broker belongs to. */
    clusterId: string;
    /** The ID of the controller broker. */
    controllerId: number;
    /** Each broker in the response. */
    brokers: DescribeClusterResponseDescribeClusterBroker[];
    /** 32-bit bitfield to represent authorized operations for this cluster. */
    clusterAuthorizedOperations: number;
}
export interface DescribeClusterResponseDescribeClusterBroker {
    /** The broker ID. */
    brokerId: number;
    /** The broker hostname. */
    host: string;
    /** The broker port. */
    port: number;
    /** The rack of the broker, or null if it has not been assigned to a rack. (nullable) */
    rack: string | null;
}
export declare function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse;
export declare function encodeDescribeClusterResponse(w: Writer, m: DescribeClusterResponse, v: number): void;
