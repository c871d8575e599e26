// The codec's one error type. It carries the AMQP reply code the connection should close
// with, so the front can turn any codec failure into connection.close / channel.close at a
// single boundary without parsing messages.
//
// The four codes are repeated here rather than imported from generated.ts because
// generated.ts imports this module; keeping errors.ts a leaf avoids an import cycle.
// test/codec/errors.test.ts asserts they agree with ReplyCode from the spec.
export const CodecErrorCode = Object.freeze({
    /**
     * Framing is broken (bad frame-end, unknown frame type, frame larger than frame-max), or a
     * method's arguments do not decode (see undecodable()).
     */
    FRAME_ERROR: 501,
    /** A frame decodes but its content is invalid (unknown field type, tables nested too deeply). */
    SYNTAX_ERROR: 502,
    /** A frame arrived that is not valid in the current state. */
    UNEXPECTED_FRAME: 505,
    /** Unknown class or method id. */
    NOT_IMPLEMENTED: 540,
});
export class CodecError extends Error {
    replyCode;
    classId;
    methodId;
    name = 'CodecError';
    constructor(replyCode, message, 
    /** Class and method ids of the offending method, 0 when not known (for connection.close). */
    classId = 0, methodId = 0) {
        super(message);
        this.replyCode = replyCode;
        this.classId = classId;
        this.methodId = methodId;
    }
}
/** Shorthand used by the decoders: malformed content. */
export function syntaxError(message, classId = 0, methodId = 0) {
    return new CodecError(CodecErrorCode.SYNTAX_ERROR, message, classId, methodId);
}
/**
 * A method's argument bytes do not decode: truncated, trailing bytes, or a string, field
 * or table running past its end. RabbitMQ answers these with 501 FRAME_ERROR ("cannot
 * decode"), not 502, so Wharf does too.
 */
export function undecodable(message, classId = 0, methodId = 0) {
    return new CodecError(CodecErrorCode.FRAME_ERROR, message, classId, methodId);
}
//# sourceMappingURL=errors.js.map