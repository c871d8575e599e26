// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-kafka.mjs from SaslAuthenticateRequest.json and SaslAuthenticateResponse.json;
// run `npm run gen:kafka` to refresh. test/kafka/codec/generated.test.ts fails when it is stale.
// Derived from Apache Kafka's message definitions: Copyright The Apache Software Foundation,
// licensed under the Apache License 2.0 (../shared/spec/kafka/LICENSE and NOTICE).

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';

// ---- SaslAuthenticate request (api key 36), versions 0-1

export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. */
  authBytes: Buffer;
}

export function decodeSaslAuthenticateRequest(r: Reader, _v: number): SaslAuthenticateRequest {
  const fAuthBytes = r.bytes(false);
  return { authBytes: fAuthBytes };
}

export function encodeSaslAuthenticateRequest(w: Writer, m: SaslAuthenticateRequest, _v: number): void {
  w.bytes(m.authBytes, false);
}

// ---- SaslAuthenticate response (api key 36), versions 0-1

export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. (nullable) */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (v1+) */
  sessionLifetimeMs: number;
}

export function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const fErrorCode = r.int16();
  const fErrorMessage = r.nullableString(false);
  const fAuthBytes = r.bytes(false);
  const fSessionLifetimeMs = v >= 1 ? r.int64() : 0;
  return { errorCode: fErrorCode, errorMessage: fErrorMessage, authBytes: fAuthBytes, sessionLifetimeMs: fSessionLifetimeMs };
}

export function encodeSaslAuthenticateResponse(w: Writer, m: SaslAuthenticateResponse, v: number): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage, false);
  w.bytes(m.authBytes, false);
  if (v >= 1) w.int64(m.sessionLifetimeMs);
}
