// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from ApiVersionsRequest.json and ApiVersionsResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeApiVersionsRequest(r, v) {
    const flex = v >= 3;
    const fClientSoftwareName = v >= 3 ? r.string(flex) : "";
    const fClientSoftwareVersion = v >= 3 ? r.string(flex) : "";
    if (flex)
        r.skipTaggedFields();
    return { clientSoftwareName: fClientSoftwareName, clientSoftwareVersion: fClientSoftwareVersion };
}
export function encodeApiVersionsRequest(w, m, v) {
    const flex = v >= 3;
    if (v >= 3)
        w.string(m.clientSoftwareName, flex);
    if (v >= 3)
        w.string(m.clientSoftwareVersion, flex);
    if (flex)
        w.uvarint(0);
}
export function decodeApiVersionsResponse(r, v) {
    const flex = v >= 3;
    const fErrorCode = r.int16();
    const fApiKeys = r.array(flex, v, readApiVersionsResponseApiVersion);
    const fThrottleTimeMs = v >= 1 ? r.int32() : 0;
    let fSupportedFeatures;
    let fFinalizedFeaturesEpoch;
    let fFinalizedFeatures;
    let fZkMigrationReady;
    if (flex) {
        for (let n = r.uvarint(); n > 0; n--) {
            const tag = r.uvarint();
            const outer = r.enterTagged(r.uvarint());
            switch (tag) {
                case 0:
                    if (v >= 3)
                        fSupportedFeatures = r.array(flex, v, readApiVersionsResponseSupportedFeatureKey);
                    break;
                case 1:
                    if (v >= 3)
                        fFinalizedFeaturesEpoch = r.int64();
                    break;
                case 2:
                    if (v >= 3)
                        fFinalizedFeatures = r.array(flex, v, readApiVersionsResponseFinalizedFeatureKey);
                    break;
                case 3:
                    if (v >= 3)
                        fZkMigrationReady = r.bool();
                    break;
                default:
                    break; // unknown tags are skipped
            }
            r.leaveTagged(outer);
        }
    }
    return { errorCode: fErrorCode, apiKeys: fApiKeys, throttleTimeMs: fThrottleTimeMs, supportedFeatures: fSupportedFeatures, finalizedFeaturesEpoch: fFinalizedFeaturesEpoch, finalizedFeatures: fFinalizedFeatures, zkMigrationReady: fZkMigrationReady };
}
export function encodeApiVersionsResponse(w, m, v) {
    const flex = v >= 3;
    w.int16(m.errorCode);
    w.array(m.apiKeys, flex, v, writeApiVersionsResponseApiVersion);
    if (v >= 1)
        w.int32(m.throttleTimeMs);
    if (flex) {
        let tags = 0;
        if (m.supportedFeatures !== undefined && v >= 3)
            tags++;
        if (m.finalizedFeaturesEpoch !== undefined && v >= 3)
            tags++;
        if (m.finalizedFeatures !== undefined && v >= 3)
            tags++;
        if (m.zkMigrationReady !== undefined && v >= 3)
            tags++;
        w.uvarint(tags);
        if (m.supportedFeatures !== undefined && v >= 3) {
            w.uvarint(0);
            const start = w.beginSized();
            w.array(m.supportedFeatures, flex, v, writeApiVersionsResponseSupportedFeatureKey);
            w.endSized(start);
        }
        if (m.finalizedFeaturesEpoch !== undefined && v >= 3) {
            w.uvarint(1);
            const start = w.beginSized();
            w.int64(m.finalizedFeaturesEpoch);
            w.endSized(start);
        }
        if (m.finalizedFeatures !== undefined && v >= 3) {
            w.uvarint(2);
            const start = w.beginSized();
            w.array(m.finalizedFeatures, flex, v, writeApiVersionsResponseFinalizedFeatureKey);
            w.endSized(start);
        }
        if (m.zkMigrationReady !== undefined && v >= 3) {
            w.uvarint(3);
            const start = w.beginSized();
            w.bool(m.zkMigrationReady);
            w.endSized(start);
        }
    }
}
function readApiVersionsResponseApiVersion(r, v) {
    const flex = v >= 3;
    const fApiKey = r.int16();
    const fMinVersion = r.int16();
    const fMaxVersion = r.int16();
    if (flex)
        r.skipTaggedFields();
    return { apiKey: fApiKey, minVersion: fMinVersion, maxVersion: fMaxVersion };
}
function writeApiVersionsResponseApiVersion(w, m, v) {
    const flex = v >= 3;
    w.int16(m.apiKey);
    w.int16(m.minVersion);
    w.int16(m.maxVersion);
    if (flex)
        w.uvarint(0);
}
function readApiVersionsResponseSupportedFeatureKey(r, _v) {
    const fName = r.string(true);
    const fMinVersion = r.int16();
    const fMaxVersion = r.int16();
    r.skipTaggedFields();
    return { name: fName, minVersion: fMinVersion, maxVersion: fMaxVersion };
}
function writeApiVersionsResponseSupportedFeatureKey(w, m, _v) {
    w.string(m.name, true);
    w.int16(m.minVersion);
    w.int16(m.maxVersion);
    w.uvarint(0);
}
function readApiVersionsResponseFinalizedFeatureKey(r, _v) {
    const fName = r.string(true);
    const fMaxVersionLevel = r.int16();
    const fMinVersionLevel = r.int16();
    r.skipTaggedFields();
    return { name: fName, maxVersionLevel: fMaxVersionLevel, minVersionLevel: fMinVersionLevel };
}
function writeApiVersionsResponseFinalizedFeatureKey(w, m, _v) {
    w.string(m.name, true);
    w.int16(m.maxVersionLevel);
    w.int16(m.minVersionLevel);
    w.uvarint(0);
}
//# sourceMappingURL=api-versions.js.map