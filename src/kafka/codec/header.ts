import { apiInfo, ApiKey } from './generated/index.js';
import type { Reader } from './reader.js';
import type { Writer } from './writer.js';

// Request and response headers (RequestHeader.json, ResponseHeader.json). Hand-written: the header
// version is not negotiated but follows from whether the API version is flexible, with one
// exception, and the header's client id stays a classic string even in flexible header v2.

/** Request header v1/v2: v2 (with tagged fields) goes with flexible API versions. */
export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  /** Nullable, and an int16-length string even in header v2 (its flexibleVersions is "none"). */
  clientId: string | null;
}

function isFlexible(apiKey: number, apiVersion: number): boolean {
  const f = apiInfo(apiKey)?.flexibleFrom;
  return f !== undefined && f !== null && apiVersion >= f;
}

/** 2 for flexible API versions, else 1 (v0, without client id, is only ControlledShutdown v0). */
export function requestHeaderVersion(apiKey: number, apiVersion: number): 1 | 2 {
  return isFlexible(apiKey, apiVersion) ? 2 : 1;
}

/**
 * 1 for flexible API versions, else 0; ApiVersions responses always use v0, even at v3, so a
 * client can read the error code of a version it sent too new (librdkafka rdkafka_broker.c,
 * Kafka's ApiVersionsResponse).
 */
export function responseHeaderVersion(apiKey: number, apiVersion: number): 0 | 1 {
  if (apiKey === ApiKey.ApiVersions) return 0;
  return isFlexible(apiKey, apiVersion) ? 1 : 0;
}

/** Reads the rest of a request header after api key, version and correlation id. */
export function readRequestHeaderTail(r: Reader, headerVersion: 1 | 2): string | null {
  const clientId = r.nullableString(false);
  if (headerVersion === 2) r.skipTaggedFields();
  return clientId;
}

export function writeRequestHeader(w: Writer, h: RequestHeader): void {
  w.int16(h.apiKey);
  w.int16(h.apiVersion);
  w.int32(h.correlationId);
  w.nullableString(h.clientId, false);
  if (requestHeaderVersion(h.apiKey, h.apiVersion) === 2) w.uvarint(0);
}

export function writeResponseHeader(
  w: Writer,
  apiKey: number,
  apiVersion: number,
  correlationId: number,
): void {
  w.int32(correlationId);
  if (responseHeaderVersion(apiKey, apiVersion) === 1) w.uvarint(0);
}
