// The Kafka codec's one error type. Every failure to parse bytes from the wire ends here, so the
// front has a single catch: log the reason and close that connection (Kafka has no way to reply
// to a request it cannot parse), or, where the header was readable, answer in the protocol's own
// shape (ApiVersions with UNSUPPORTED_VERSION, a partition with CORRUPT_MESSAGE).
export const CodecErrorKind = Object.freeze({
    /** A length or count points past the end of the frame (or of a tagged field's window). */
    TRUNCATED: 'TRUNCATED',
    /** Well framed but impossible: negative non-null length, bad varint, trailing bytes, unsafe int64. */
    MALFORMED: 'MALFORMED',
    /** The API key is known but this version is not one Wharf advertises. */
    UNSUPPORTED_VERSION: 'UNSUPPORTED_VERSION',
    /** The API key is not one Wharf advertises. */
    UNKNOWN_API: 'UNKNOWN_API',
    /** A frame's size prefix exceeds the configured maximum (refused before allocating it). */
    FRAME_TOO_LARGE: 'FRAME_TOO_LARGE',
    /** A record batch failed validation: CRC mismatch, bad magic, lengths that disagree. */
    CORRUPT_MESSAGE: 'CORRUPT_MESSAGE',
    /** A record batch uses a compression codec that cannot be decoded. */
    UNSUPPORTED_COMPRESSION: 'UNSUPPORTED_COMPRESSION',
    /** The value handed to an encoder does not fit the field (caller bug, never client input). */
    ENCODE: 'ENCODE',
});
export class KafkaCodecError extends Error {
    kind;
    name = 'KafkaCodecError';
    apiKey;
    apiVersion;
    correlationId;
    constructor(kind, message, context) {
        super(message);
        this.kind = kind;
        if (context)
            this.setContext(context);
    }
    /** Adds the request header's fields once the failure has bubbled up to where they are known. */
    setContext(context) {
        this.apiKey ??= context.apiKey;
        this.apiVersion ??= context.apiVersion;
        this.correlationId ??= context.correlationId;
        return this;
    }
}
export function truncated(what) {
    return new KafkaCodecError(CodecErrorKind.TRUNCATED, `truncated ${what}`);
}
export function malformed(what) {
    return new KafkaCodecError(CodecErrorKind.MALFORMED, what);
}
export function encodeError(what) {
    return new KafkaCodecError(CodecErrorKind.ENCODE, what);
}
//# sourceMappingURL=codec-error.js.map