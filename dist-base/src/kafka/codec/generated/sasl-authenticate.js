// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from SaslAuthenticateRequest.json and SaslAuthenticateResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
export function decodeSaslAuthenticateRequest(r, _v) {
    const fAuthBytes = r.bytes(false);
    return { authBytes: fAuthBytes };
}
export function encodeSaslAuthenticateRequest(w, m, _v) {
    w.bytes(m.authBytes, false);
}
export function decodeSaslAuthenticateResponse(r, v) {
    const fErrorCode = r.int16();
    const fErrorMessage = r.nullableString(false);
    const fAuthBytes = r.bytes(false);
    const fSessionLifetimeMs = v >= 1 ? r.int64() : 0;
    return { errorCode: fErrorCode, errorMessage: fErrorMessage, authBytes: fAuthBytes, sessionLifetimeMs: fSessionLifetimeMs };
}
export function encodeSaslAuthenticateResponse(w, m, v) {
    w.int16(m.errorCode);
    w.nullableString(m.errorMessage, false);
    w.bytes(m.authBytes, false);
    if (v >= 1)
        w.int64(m.sessionLifetimeMs);
}
//# sourceMappingURL=sasl-authenticate.js.map