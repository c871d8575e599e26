// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from IncrementalAlterConfigsRequest.json and IncrementalAlterConfigsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- IncrementalAlterConfigs request (api key 44), versions 0-1, flexible from 1

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

export function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  const flex = v >= 1;
  const fResources = r.array(flex, v, readIncrementalAlterConfigsRequestAlterConfigsResource);
  const fValidateOnly = r.bool();
  if (flex) r.skipTaggedFields();
  return { resources: fResources, validateOnly: fValidateOnly };
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, m: IncrementalAlterConfigsRequest, v: number): void {
  const flex = v >= 1;
  w.array(m.resources, flex, v, writeIncrementalAlterConfigsRequestAlterConfigsResource);
  w.bool(m.validateOnly);
  if (flex) w.uvarint(0);
}

function readIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const flex = v >= 1;
  const fResourceType = r.int8();
  const fResourceName = r.string(flex);
  const fConfigs = r.array(flex, v, readIncrementalAlterConfigsRequestAlterableConfig);
  if (flex) r.skipTaggedFields();
  return { resourceType: fResourceType, resourceName: fResourceName, configs: fConfigs };
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, m: IncrementalAlterConfigsRequestAlterConfigsResource, v: number): void {
  const flex = v >= 1;
  w.int8(m.resourceType);
  w.string(m.resourceName, flex);
  w.array(m.configs, flex, v, writeIncrementalAlterConfigsRequestAlterableConfig);
  if (flex) w.uvarint(0);
}

function readIncrementalAlterConfigsRequestAlterableConfig(r: Reader, v: number): IncrementalAlterConfigsRequestAlterableConfig {
  const flex = v >= 1;
  const fName = r.string(flex);
  const fConfigOperation = r.int8();
  const fValue = r.nullableString(flex);
  if (flex) r.skipTaggedFields();
  return { name: fName, configOperation: fConfigOperation, value: fValue };
}

function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, m: IncrementalAlterConfigsRequestAlterableConfig, v: number): void {
  const flex = v >= 1;
  w.string(m.name, flex);
  w.int8(m.configOperation);
  w.nullableString(m.value, flex);
  if (flex) w.uvarint(0);
}

// ---- IncrementalAlterConfigs response (api key 44), versions 0-1, flexible from 1

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

export function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const flex = v >= 1;
  const fThrottleTimeMs = r.int32();
  const fResponses = r.array(flex, v, readIncrementalAlterConfigsResponseAlterConfigsResourceResponse);
  if (flex) r.skipTaggedFields();
  return { throttleTimeMs: fThrottleTimeMs, responses: fResponses };
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, m: IncrementalAlterConfigsResponse, v: number): void {
  const flex = v >= 1;
  w.int32(m.throttleTimeMs);
  w.array(m.responses, flex, v, writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse);
  if (flex) w.uvarint(0);
}

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const flex = v >= 1;
  const fErrorCode = r.int16();
  const fErrorMessage = r.nullableString(flex);
  const fResourceType = r.int8();
  const fResourceName = r.string(flex);
  if (flex) r.skipTaggedFields();
  return { errorCode: fErrorCode, errorMessage: fErrorMessage, resourceType: fResourceType, resourceName: fResourceName };
}

function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  const flex = v >= 1;
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage, flex);
  w.int8(m.resourceType);
  w.string(m.resourceName, flex);
  if (flex) w.uvarint(0);
}
