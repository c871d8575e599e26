export declare const RespProtocolErrorCode: Readonly<{
    readonly INVALID_MULTIBULK_LENGTH: "invalid mbulk count";
    readonly UNAUTH_MULTIBULK_LENGTH: "unauth mbulk count";
    readonly INVALID_BULK_LENGTH: "invalid bulk length";
    readonly UNAUTH_BULK_LENGTH: "unauth bulk length";
    readonly EXPECTED_DOLLAR: "expected $ but got something else";
    readonly TOO_BIG_MBULK_COUNT: "too big mbulk count string";
    readonly TOO_BIG_BULK_COUNT: "too big bulk count string";
    readonly TOO_BIG_INLINE: "too big inline request";
    readonly UNBALANCED_QUOTES: "unbalanced quotes in inline request";
    /** The pending command outgrew maxCommandBytes (Redis's client-query-buffer-limit): no reply. */
    readonly QUERY_BUFFER_LIMIT: "query buffer limit";
}>;
export type RespProtocolErrorCode = (typeof RespProtocolErrorCode)[keyof typeof RespProtocolErrorCode];
export declare class RespProtocolError extends Error {
    /** Redis's own short name for the case, as it logs it. */
    readonly code: RespProtocolErrorCode;
    /** The error line to send, e.g. `-ERR Protocol error: invalid bulk length\r\n`; null: close silently. */
    readonly reply: Buffer | null;
    name: string;
    constructor(
    /** Redis's own short name for the case, as it logs it. */
    code: RespProtocolErrorCode, 
    /** The error line to send, e.g. `-ERR Protocol error: invalid bulk length\r\n`; null: close silently. */
    reply: Buffer | null);
}
export declare function protocolError(code: RespProtocolErrorCode): RespProtocolError;
/**
 * `expected '$', got '%c'`: Redis prints the raw byte, except that its error formatter turns
 * CR and LF into spaces so the reply stays one line.
 */
export declare function expectedDollar(byte: number): RespProtocolError;
