export declare const CodecErrorKind: Readonly<{
    /** A length or count points past the end of the frame (or of a tagged field's window). */
    readonly TRUNCATED: "TRUNCATED";
    /** Well framed but impossible: negative non-null length, bad varint, trailing bytes, unsafe int64. */
    readonly MALFORMED: "MALFORMED";
    /** The API key is known but this version is not one Wharf advertises. */
    readonly UNSUPPORTED_VERSION: "UNSUPPORTED_VERSION";
    /** The API key is not one Wharf advertises. */
    readonly UNKNOWN_API: "UNKNOWN_API";
    /** A frame's size prefix exceeds the configured maximum (refused before allocating it). */
    readonly FRAME_TOO_LARGE: "FRAME_TOO_LARGE";
    /** A record batch failed validation: CRC mismatch, bad magic, lengths that disagree. */
    readonly CORRUPT_MESSAGE: "CORRUPT_MESSAGE";
    /** A record batch uses a compression codec that cannot be decoded. */
    readonly UNSUPPORTED_COMPRESSION: "UNSUPPORTED_COMPRESSION";
    /** The value handed to an encoder does not fit the field (caller bug, never client input). */
    readonly ENCODE: "ENCODE";
}>;
export type CodecErrorKind = (typeof CodecErrorKind)[keyof typeof CodecErrorKind];
/** Where in a request the failure happened, when the header could be read. */
export interface CodecErrorContext {
    apiKey?: number;
    apiVersion?: number;
    correlationId?: number;
}
export declare class KafkaCodecError extends Error {
    readonly kind: CodecErrorKind;
    name: string;
    apiKey?: number;
    apiVersion?: number;
    correlationId?: number;
    constructor(kind: CodecErrorKind, message: string, context?: CodecErrorContext);
    /** Adds the request header's fields once the failure has bubbled up to where they are known. */
    setContext(context: CodecErrorContext): this;
}
export declare function truncated(what: string): KafkaCodecError;
export declare function malformed(what: string): KafkaCodecError;
export declare function encodeError(what: string): KafkaCodecError;
