// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from SaslHandshakeRequest.json and SaslHandshakeResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import { readStringClassic } from '../reader.js';
import type { Writer } from '../writer.js';
import { writeStringClassic } from '../writer.js';

// ---- SaslHandshake request (api key 17), versions 0-1

export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. */
  mechanism: string;
}

export function decodeSaslHandshakeRequest(r: Reader, _v: number): SaslHandshakeRequest {
  const fMechanism = r.string(false);
  return { mechanism: fMechanism };
}

export function encodeSaslHandshakeRequest(w: Writer, m: SaslHandshakeRequest, _v: number): void {
  w.string(m.mechanism, false);
}

// ---- SaslHandshake response (api key 17), versions 0-1

export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The mechanisms enabled in the server. */
  mechanisms: string[];
}

export function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  const fErrorCode = r.int16();
  const fMechanisms = r.array(false, v, readStringClassic);
  return { errorCode: fErrorCode, mechanisms: fMechanisms };
}

export function encodeSaslHandshakeResponse(w: Writer, m: SaslHandshakeResponse, v: number): void {
  w.int16(m.errorCode);
  w.array(m.mechanisms, false, v, writeStringClassic);
}
