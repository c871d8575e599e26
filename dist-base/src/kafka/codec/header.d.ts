import type { Reader } from './reader.js';
import type { Writer } from './writer.js';
/** Request header v1/v2: v2 (with tagged fields) goes with flexible API versions. */
export interface RequestHeader {
    apiKey: number;
    apiVersion: number;
    correlationId: number;
    /** Nullable, and an int16-length string even in header v2 (its flexibleVersions is "none"). */
    clientId: string | null;
}
/** 2 for flexible API versions, else 1 (v0, without client id, is only ControlledShutdown v0). */
export declare function requestHeaderVersion(apiKey: number, apiVersion: number): 1 | 2;
/**
 * 1 for flexible API versions, else 0; ApiVersions responses always use v0, even at v3, so a
 * client can read the error code of a version it sent too new (librdkafka rdkafka_broker.c,
 * Kafka's ApiVersionsResponse).
 */
export declare function responseHeaderVersion(apiKey: number, apiVersion: number): 0 | 1;
/** Reads the rest of a request header after api key, version and correlation id. */
export declare function readRequestHeaderTail(r: Reader, headerVersion: 1 | 2): string | null;
export declare function writeRequestHeader(w: Writer, h: RequestHeader): void;
export declare function writeResponseHeader(w: Writer, apiKey: number, apiVersion: number, correlationId: number): void;
