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
} as const);

export type CodecErrorCode = (typeof CodecErrorCode)[keyof typeof CodecErrorCode];

export class CodecError extends Error {
  override name = 'CodecError';
  constructor(
    readonly replyCode: CodecErrorCode,
    message: string,
    /** Class and method ids of the offending method, 0 when not known (for connection.close). */
    readonly classId = 0,
    readonly methodId = 0,
  ) {
    super(message);
  }
}

/** Shorthand used by the decoders: malformed content. */
export function syntaxError(message: string, classId = 0, methodId = 0): CodecError {
  return new CodecError(CodecErrorCode.SYNTAX_ERROR, message, classId, methodId);
}

/**
 * A method's argument bytes do not decode: truncated, trailing bytes, or a string, field
 * or table running past its end. RabbitMQ answers these with 501 FRAME_ERROR ("cannot
 * decode"), not 502, so Wharf does too.
 */
export function undecodable(message: string, classId = 0, methodId = 0): CodecError {
  return new CodecError(CodecErrorCode.FRAME_ERROR, message, classId, methodId);
}
