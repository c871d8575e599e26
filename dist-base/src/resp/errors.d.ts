import { BrokerError } from '../broker/index.js';
export declare class RespError extends Error {
    readonly text: string;
    name: string;
    /** `text` starts with the error code: `ERR ...`, `WRONGTYPE ...`, `NOGROUP ...`. */
    constructor(text: string);
}
export declare const ERR_SYNTAX = "ERR syntax error";
export declare const ERR_NOT_INTEGER = "ERR value is not an integer or out of range";
export declare const ERR_WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";
export declare const ERR_NOAUTH = "NOAUTH Authentication required.";
export declare const ERR_WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";
export declare const ERR_NOPROTO = "NOPROTO unsupported protocol version";
export declare const ERR_CLIENT_NAME = "ERR Client names cannot contain spaces, newlines or special characters.";
export declare const ERR_DB_RANGE = "ERR DB index is out of range";
export declare const ERR_NOPERM_PREFIX = "NOPERM ";
export declare function unknownSubcommand(container: string, sub: Buffer): RespError;
/** An engine refusal as a RESP error: the code's word, then the engine's text. */
export declare function fromBrokerError(err: BrokerError): RespError;
/** Any thrown value as the error line text to send. */
export declare function errorText(err: unknown): string;
