// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from AlterConfigsRequest.json and AlterConfigsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- AlterConfigs request (api key 33), versions 0-1

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

export function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  const fResources = r.array(false, v, readAlterConfigsRequestAlterConfigsResource);
  const fValidateOnly = r.bool();
  return { resources: fResources, validateOnly: fValidateOnly };
}

export function encodeAlterConfigsRequest(w: Writer, m: AlterConfigsRequest, v: number): void {
  w.array(m.resources, false, v, writeAlterConfigsRequestAlterConfigsResource);
  w.bool(m.validateOnly);
}

function readAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): AlterConfigsRequestAlterConfigsResource {
  const fResourceType = r.int8();
  const fResourceName = r.string(false);
  const fConfigs = r.array(false, v, readAlterConfigsRequestAlterableConfig);
  return { resourceType: fResourceType, resourceName: fResourceName, configs: fConfigs };
}

function writeAlterConfigsRequestAlterConfigsResource(w: Writer, m: AlterConfigsRequestAlterConfigsResource, v: number): void {
  w.int8(m.resourceType);
  w.string(m.resourceName, false);
  w.array(m.configs, false, v, writeAlterConfigsRequestAlterableConfig);
}

function readAlterConfigsRequestAlterableConfig(r: Reader, _v: number): AlterConfigsRequestAlterableConfig {
  const fName = r.string(false);
  const fValue = r.nullableString(false);
  return { name: fName, value: fValue };
}

function writeAlterConfigsRequestAlterableConfig(w: Writer, m: AlterConfigsRequestAlterableConfig, _v: number): void {
  w.string(m.name, false);
  w.nullableString(m.value, false);
}

// ---- AlterConfigs response (api key 33), versions 0-1

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

export function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const fThrottleTimeMs = r.int32();
  const fResponses = r.array(false, v, readAlterConfigsResponseAlterConfigsResourceResponse);
  return { throttleTimeMs: fThrottleTimeMs, responses: fResponses };
}

export function encodeAlterConfigsResponse(w: Writer, m: AlterConfigsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.array(m.responses, false, v, writeAlterConfigsResponseAlterConfigsResourceResponse);
}

function readAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, _v: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const fErrorCode = r.int16();
  const fErrorMessage = r.nullableString(false);
  const fResourceType = r.int8();
  const fResourceName = r.string(false);
  return { errorCode: fErrorCode, errorMessage: fErrorMessage, resourceType: fResourceType, resourceName: fResourceName };
}

function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, m: AlterConfigsResponseAlterConfigsResourceResponse, _v: number): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage, false);
  w.int8(m.resourceType);
  w.string(m.resourceName, false);
}
