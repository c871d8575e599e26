import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface SaslAuthenticateRequest {
    /** The SASL authentication bytes from the client, as defined by the SASL mechanism. */
    authBytes: Buffer;
}
export declare function decodeSaslAuthenticateRequest(r: Reader, _v: number): SaslAuthenticateRequest;
export declare function encodeSaslAuthenticateRequest(w: Writer, m: SaslAuthenticateRequest, _v: number): void;
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
export declare function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse;
export declare function encodeSaslAuthenticateResponse(w: Writer, m: SaslAuthenticateResponse, v: number): void;
