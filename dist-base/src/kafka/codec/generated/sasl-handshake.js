// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from SaslHandshakeRequest.json and SaslHandshakeResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).
import { readStringClassic } from '../reader.js';
import { writeStringClassic } from '../writer.js';
export function decodeSaslHandshakeRequest(r, _v) {
    const fMechanism = r.string(false);
    return { mechanism: fMechanism };
}
export function encodeSaslHandshakeRequest(w, m, _v) {
    w.string(m.mechanism, false);
}
export function decodeSaslHandshakeResponse(r, v) {
    const fErrorCode = r.int16();
    const fMechanisms = r.array(false, v, readStringClassic);
    return { errorCode: fErrorCode, mechanisms: fMechanisms };
}
export function encodeSaslHandshakeResponse(w, m, v) {
    w.int16(m.errorCode);
    w.array(m.mechanisms, false, v, writeStringClassic);
}
//# sourceMappingURL=sasl-handshake.js.map