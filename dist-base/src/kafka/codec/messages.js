import { KafkaCodecError } from './codec-error.js';
import { readRequestHeaderTail, requestHeaderVersion, responseHeaderVersion, writeRequestHeader, writeResponseHeader, } from './header.js';
import { checkVersion, decodeRequestBody, decodeResponseBody, encodeRequestBody, encodeResponseBody, } from './generated/index.js';
import { Reader } from './reader.js';
import { Writer } from './writer.js';
/**
 * Decodes one request frame. Throws KafkaCodecError: UNKNOWN_API or UNSUPPORTED_VERSION once the
 * header's first eight bytes are read (the error then carries apiKey, apiVersion and correlationId,
 * so an ApiVersions request can still be answered), TRUNCATED or MALFORMED for anything else.
 * Trailing bytes after the body are tolerated, as Kafka does, and counted in trailingBytes.
 */
export function decodeRequest(frame, start = 0, end = frame.length) {
    const r = new Reader(frame, start, end);
    const apiKey = r.int16();
    const apiVersion = r.int16();
    const correlationId = r.int32();
    const context = { apiKey, apiVersion, correlationId };
    try {
        checkVersion(apiKey, apiVersion);
        const clientId = readRequestHeaderTail(r, requestHeaderVersion(apiKey, apiVersion));
        const body = decodeRequestBody(r, apiKey, apiVersion);
        return { header: { apiKey, apiVersion, correlationId, clientId }, body, trailingBytes: r.remaining };
    }
    catch (e) {
        if (e instanceof KafkaCodecError)
            e.setContext(context);
        throw e;
    }
}
export function encodeResponse(apiKey, apiVersion, correlationId, body) {
    const w = new Writer();
    const size = w.reserveInt32();
    writeResponseHeader(w, apiKey, apiVersion, correlationId);
    encodeResponseBody(w, apiKey, apiVersion, body);
    w.patchInt32(size, w.length - 4);
    return w.chunks();
}
export function encodeRequest(header, body) {
    const w = new Writer();
    const size = w.reserveInt32();
    writeRequestHeader(w, header);
    encodeRequestBody(w, header.apiKey, header.apiVersion, body);
    w.patchInt32(size, w.length - 4);
    return w.toBuffer();
}
/** Decodes a response frame (without size prefix) to a request of this key and version. */
export function decodeResponse(frame, apiKey, apiVersion) {
    checkVersion(apiKey, apiVersion);
    const r = new Reader(frame);
    const correlationId = r.int32();
    if (responseHeaderVersion(apiKey, apiVersion) === 1)
        r.skipTaggedFields();
    const body = decodeResponseBody(r, apiKey, apiVersion);
    r.done('response body');
    return { correlationId, body };
}
//# sourceMappingURL=messages.js.map