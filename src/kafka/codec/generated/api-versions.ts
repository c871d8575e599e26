// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ApiVersionsRequest.json and ApiVersionsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- ApiVersions request (api key 18), versions 0-3, flexible from 3

export interface ApiVersionsRequest {
  /** The name of the client. (v3+) */
  clientSoftwareName: string;
  /** The version of the client. (v3+) */
  clientSoftwareVersion: string;
}

export function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const flex = v >= 3;
  const fClientSoftwareName = v >= 3 ? r.string(flex) : "";
  const fClientSoftwareVersion = v >= 3 ? r.string(flex) : "";
  if (flex) r.skipTaggedFields();
  return { clientSoftwareName: fClientSoftwareName, clientSoftwareVersion: fClientSoftwareVersion };
}

export function encodeApiVersionsRequest(w: Writer, m: ApiVersionsRequest, v: number): void {
  const flex = v >= 3;
  if (v >= 3) w.string(m.clientSoftwareName, flex);
  if (v >= 3) w.string(m.clientSoftwareVersion, flex);
  if (flex) w.uvarint(0);
}

// ---- ApiVersions response (api key 18), versions 0-3, flexible from 3

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

export function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const flex = v >= 3;
  const fErrorCode = r.int16();
  const fApiKeys = r.array(flex, v, readApiVersionsResponseApiVersion);
  const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
  let fSupportedFeatures: ApiVersionsResponseSupportedFeatureKey[] | undefined;
  let fFinalizedFeaturesEpoch: number | undefined;
  let fFinalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[] | undefined;
  let fZkMigrationReady: boolean | undefined;
  if (flex) {
    for (let n = r.uvarint(); n > 0; n--) {
      const tag = r.uvarint();
      const outer = r.enterTagged(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 3) fSupportedFeatures = r.array(flex, v, readApiVersionsResponseSupportedFeatureKey);
          break;
        case 1:
          if (v >= 3) fFinalizedFeaturesEpoch = r.int64();
          break;
        case 2:
          if (v >= 3) fFinalizedFeatures = r.array(flex, v, readApiVersionsResponseFinalizedFeatureKey);
          break;
        case 3:
          if (v >= 3) fZkMigrationReady = r.bool();
          break;
        default:
          break; // unknown tags are skipped
      }
      r.leaveTagged(outer);
    }
  }
  return { errorCode: fErrorCode, apiKeys: fApiKeys, throttleTimeMs: fThrottleTimeMs, supportedFeatures: fSupportedFeatures, finalizedFeaturesEpoch: fFinalizedFeaturesEpoch, finalizedFeatures: fFinalizedFeatures, zkMigrationReady: fZkMigrationReady };
}

export function encodeApiVersionsResponse(w: Writer, m: ApiVersionsResponse, v: number): void {
  const flex = v >= 3;
  w.int16(m.errorCode);
  w.array(m.apiKeys, flex, v, writeApiVersionsResponseApiVersion);
  if (v >= 1) w.int32(m.throttleTimeMs);
  if (flex) {
    let tags = 0;
    if (m.supportedFeatures !== undefined && v >= 3) tags++;
    if (m.finalizedFeaturesEpoch !== undefined && v >= 3) tags++;
    if (m.finalizedFeatures !== undefined && v >= 3) tags++;
    if (m.zkMigrationReady !== undefined && v >= 3) tags++;
    w.uvarint(tags);
    if (m.supportedFeatures !== undefined && v >= 3) {
      w.uvarint(0);
      const start = w.beginSized();
      w.array(m.supportedFeatures!, flex, v, writeApiVersionsResponseSupportedFeatureKey);
      w.endSized(start);
    }
    if (m.finalizedFeaturesEpoch !== undefined && v >= 3) {
      w.uvarint(1);
      const start = w.beginSized();
      w.int64(m.finalizedFeaturesEpoch!);
      w.endSized(start);
    }
    if (m.finalizedFeatures !== undefined && v >= 3) {
      w.uvarint(2);
      const start = w.beginSized();
      w.array(m.finalizedFeatures!, flex, v, writeApiVersionsResponseFinalizedFeatureKey);
      w.endSized(start);
    }
    if (m.zkMigrationReady !== undefined && v >= 3) {
      w.uvarint(3);
      const start = w.beginSized();
      w.bool(m.zkMigrationReady!);
      w.endSized(start);
    }
  }
}

function readApiVersionsResponseApiVersion(r: Reader, v: number): ApiVersionsResponseApiVersion {
  const flex = v >= 3;
  const fApiKey = r.int16();
  const fMinVersion = r.int16();
  const fMaxVersion = r.int16();
  if (flex) r.skipTaggedFields();
  return { apiKey: fApiKey, minVersion: fMinVersion, maxVersion: fMaxVersion };
}

function writeApiVersionsResponseApiVersion(w: Writer, m: ApiVersionsResponseApiVersion, v: number): void {
  const flex = v >= 3;
  w.int16(m.apiKey);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  if (flex) w.uvarint(0);
}

function readApiVersionsResponseSupportedFeatureKey(r: Reader, _v: number): ApiVersionsResponseSupportedFeatureKey {
  const fName = r.string(true);
  const fMinVersion = r.int16();
  const fMaxVersion = r.int16();
  r.skipTaggedFields();
  return { name: fName, minVersion: fMinVersion, maxVersion: fMaxVersion };
}

function writeApiVersionsResponseSupportedFeatureKey(w: Writer, m: ApiVersionsResponseSupportedFeatureKey, _v: number): void {
  w.string(m.name, true);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  w.uvarint(0);
}

function readApiVersionsResponseFinalizedFeatureKey(r: Reader, _v: number): ApiVersionsResponseFinalizedFeatureKey {
  const fName = r.string(true);
  const fMaxVersionLevel = r.int16();
  const fMinVersionLevel = r.int16();
  r.skipTaggedFields();
  return { name: fName, maxVersionLevel: fMaxVersionLevel, minVersionLevel: fMinVersionLevel };
}

function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, m: ApiVersionsResponseFinalizedFeatureKey, _v: number): void {
  w.string(m.name, true);
  w.int16(m.maxVersionLevel);
  w.int16(m.minVersionLevel);
  w.uvarint(0);
}
