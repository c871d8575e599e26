// The RESP codec's one error type: what was wrong with a client's input, and the exact error
// line Redis 7.0 sends before it closes the connection (src/networking.c, processInlineBuffer
// and processMultibulkBuffer). The front writes `reply` (when not null) and then closes;
// nothing after the bad input is parsed.
export const RespProtocolErrorCode = Object.freeze({
    INVALID_MULTIBULK_LENGTH: 'invalid mbulk count',
    UNAUTH_MULTIBULK_LENGTH: 'unauth mbulk count',
    INVALID_BULK_LENGTH: 'invalid bulk length',
    UNAUTH_BULK_LENGTH: 'unauth bulk length',
    EXPECTED_DOLLAR: 'expected $ but got something else',
    TOO_BIG_MBULK_COUNT: 'too big mbulk count string',
    TOO_BIG_BULK_COUNT: 'too big bulk count string',
    TOO_BIG_INLINE: 'too big inline request',
    UNBALANCED_QUOTES: 'unbalanced quotes in inline request',
    /** The pending command outgrew maxCommandBytes (Redis's client-query-buffer-limit): no reply. */
    QUERY_BUFFER_LIMIT: 'query buffer limit',
});
export class RespProtocolError extends Error {
    code;
    reply;
    name = 'RespProtocolError';
    constructor(
    /** Redis's own short name for the case, as it logs it. */
    code, 
    /** The error line to send, e.g. `-ERR Protocol error: invalid bulk length\r\n`; null: close silently. */
    reply) {
        super(reply === null ? code : reply.toString('latin1', 1, reply.length - 2));
        this.code = code;
        this.reply = reply;
    }
}
function line(text) {
    return Buffer.from(`-ERR Protocol error: ${text}\r\n`, 'latin1');
}
export function protocolError(code) {
    switch (code) {
        case RespProtocolErrorCode.INVALID_MULTIBULK_LENGTH:
            return new RespProtocolError(code, line('invalid multibulk length'));
        case RespProtocolErrorCode.UNAUTH_MULTIBULK_LENGTH:
            return new RespProtocolError(code, line('unauthenticated multibulk length'));
        case RespProtocolErrorCode.INVALID_BULK_LENGTH:
            return new RespProtocolError(code, line('invalid bulk length'));
        case RespProtocolErrorCode.UNAUTH_BULK_LENGTH:
            return new RespProtocolError(code, line('unauthenticated bulk length'));
        case RespProtocolErrorCode.TOO_BIG_MBULK_COUNT:
            return new RespProtocolError(code, line('too big mbulk count string'));
        case RespProtocolErrorCode.TOO_BIG_BULK_COUNT:
            return new RespProtocolError(code, line('too big bulk count string'));
        case RespProtocolErrorCode.TOO_BIG_INLINE:
            return new RespProtocolError(code, line('too big inline request'));
        case RespProtocolErrorCode.UNBALANCED_QUOTES:
            return new RespProtocolError(code, line('unbalanced quotes in request'));
        case RespProtocolErrorCode.QUERY_BUFFER_LIMIT:
            return new RespProtocolError(code, null);
        case RespProtocolErrorCode.EXPECTED_DOLLAR:
            throw new Error('use expectedDollar(byte)');
    }
}
/**
 * `expected '$', got '%c'`: Redis prints the raw byte, except that its error formatter turns
 * CR and LF into spaces so the reply stays one line.
 */
export function expectedDollar(byte) {
    const shown = byte === 0x0d || byte === 0x0a ? 0x20 : byte;
    const head = Buffer.from("-ERR Protocol error: expected '$', got '", 'latin1');
    return new RespProtocolError(RespProtocolErrorCode.EXPECTED_DOLLAR, Buffer.concat([head, Buffer.from([shown]), Buffer.from("'\r\n", 'latin1')]));
}
//# sourceMappingURL=protocol-error.js.map