// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from DescribeConfigsRequest.json and DescribeConfigsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readStringClassic } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeStringClassic } from '../writer.js';

// ---- DescribeConfigs request (api key 32), versions 0-2

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

export function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  const fResources = r.array(false, v, readDescribeConfigsRequestDescribeConfigsResource);
  const fIncludeSynonyms = v >= 1 ? r.bool() : false;
  return { resources: fResources, includeSynonyms: fIncludeSynonyms };
}

export function encodeDescribeConfigsRequest(w: Writer, m: DescribeConfigsRequest, v: number): void {
  w.array(m.resources, false, v, writeDescribeConfigsRequestDescribeConfigsResource);
  if (v >= 1) w.bool(m.includeSynonyms);
}

function readDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource {
  const fResourceType = r.int8();
  const fResourceName = r.string(false);
  const fConfigurationKeys = r.nullableArray(false, v, readStringClassic);
  return { resourceType: fResourceType, resourceName: fResourceName, configurationKeys: fConfigurationKeys };
}

function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, m: DescribeConfigsRequestDescribeConfigsResource, v: number): void {
  w.int8(m.resourceType);
  w.string(m.resourceName, false);
  w.nullableArray(m.configurationKeys, false, v, writeStringClassic);
}

// ---- DescribeConfigs response (api key 32), versions 0-2

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

export function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const fThrottleTimeMs = r.int32();
  const fResults = r.array(false, v, readDescribeConfigsResponseDescribeConfigsResult);
  return { throttleTimeMs: fThrottleTimeMs, results: fResults };
}

export function encodeDescribeConfigsResponse(w: Writer, m: DescribeConfigsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.array(m.results, false, v, writeDescribeConfigsResponseDescribeConfigsResult);
}

function readDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult {
  const fErrorCode = r.int16();
  const fErrorMessage = r.nullableString(false);
  const fResourceType = r.int8();
  const fResourceName = r.string(false);
  const fConfigs = r.array(false, v, readDescribeConfigsResponseDescribeConfigsResourceResult);
  return { errorCode: fErrorCode, errorMessage: fErrorMessage, resourceType: fResourceType, resourceName: fResourceName, configs: fConfigs };
}

function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, m: DescribeConfigsResponseDescribeConfigsResult, v: number): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage, false);
  w.int8(m.resourceType);
  w.string(m.resourceName, false);
  w.array(m.configs, false, v, writeDescribeConfigsResponseDescribeConfigsResourceResult);
}

function readDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const fName = r.string(false);
  const fValue = r.nullableString(false);
  const fReadOnly = r.bool();
  const fIsDefault = v <= 0 ? r.bool() : false;
  const fConfigSource = v >= 1 ? r.int8() : -1;
  const fIsSensitive = r.bool();
  const fSynonyms = v >= 1 ? r.array(false, v, readDescribeConfigsResponseDescribeConfigsSynonym) : [];
  return { name: fName, value: fValue, readOnly: fReadOnly, isDefault: fIsDefault, configSource: fConfigSource, isSensitive: fIsSensitive, synonyms: fSynonyms };
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, m: DescribeConfigsResponseDescribeConfigsResourceResult, v: number): void {
  w.string(m.name, false);
  w.nullableString(m.value, false);
  w.bool(m.readOnly);
  if (v <= 0) w.bool(m.isDefault);
  if (v >= 1) w.int8(m.configSource);
  w.bool(m.isSensitive);
  if (v >= 1) w.array(m.synonyms, false, v, writeDescribeConfigsResponseDescribeConfigsSynonym);
}

function readDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, _v: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const fName = r.string(false);
  const fValue = r.nullableString(false);
  const fSource = r.int8();
  return { name: fName, value: fValue, source: fSource };
}

function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, m: DescribeConfigsResponseDescribeConfigsSynonym, _v: number): void {
  w.string(m.name, false);
  w.nullableString(m.value, false);
  w.int8(m.source);
}
