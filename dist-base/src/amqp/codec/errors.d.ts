export declare const CodecErrorCode: Readonly<{
    /**
     * Framing is broken (bad frame-end, unknown frame type, frame larger than frame-max), or a
     * method's arguments do not decode (see undecodable()).
     */
    readonly FRAME_ERROR: 501;
    /** A frame decodes but its content is invalid (unknown field type, tables nested too deeply). */
    readonly SYNTAX_ERROR: 502;
    /** A frame arrived that is not valid in the current state. */
    readonly UNEXPECTED_FRAME: 505;
    /** Unknown class or method id. */
    readonly NOT_IMPLEMENTED: 540;
}>;
export type CodecErrorCode = (typeof CodecErrorCode)[keyof typeof CodecErrorCode];
export declare class CodecError extends Error {
    readonly replyCode: CodecErrorCode;
    /** Class and method ids of the offending method, 0 when not known (for connection.close). */
    readonly classId: number;
    readonly methodId: number;
    name: string;
    constructor(replyCode: CodecErrorCode, message: string, 
    /** Class and method ids of the offending method, 0 when not known (for connection.close). */
    classId?: number, methodId?: number);
}
/** Shorthand used by the decoders: malformed content. */
export declare function syntaxError(message: string, classId?: number, methodId?: number): CodecError;
/**
 * A method's argument bytes do not decode: truncated, trailing bytes, or a string, field
 * or table running past its end. RabbitMQ answers these with 501 FRAME_ERROR ("cannot
 * decode"), not 502, so Wharf does too.
 */
export declare function undecodable(message: string, classId?: number, methodId?: number): CodecError;
