import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
export interface SaslHandshakeRequest {
    /** The SASL mechanism chosen by the client. */
    mechanism: string;
}
export declare function decodeSaslHandshakeRequest(r: Reader, _v: number): SaslHandshakeRequest;
export declare function encodeSaslHandshakeRequest(w: Writer, m: SaslHandshakeRequest, _v: number): void;
export interface SaslHandshakeResponse {
    /** The error code, or 0 if there was no error. */
    errorCode: number;
    /** The mechanisms enabled in the server. */
    mechanisms: string[];
}
export declare function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse;
export declare function encodeSaslHandshakeResponse(w: Writer, m: SaslHandshakeResponse, v: number): void;
