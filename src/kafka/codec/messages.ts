import { KafkaCodecError } from './codec-error.js';
import {
  readRequestHeaderTail,
  requestHeaderVersion,
  responseHeaderVersion,
  writeRequestHeader,
  writeResponseHeader,
  type RequestHeader,
} from './header.js';
import {
  checkVersion,
  decodeRequestBody,
  decodeResponseBody,
  encodeRequestBody,
  encodeResponseBody,
  type AnyRequest,
  type AnyResponse,
  type RequestByKey,
  type ResponseByKey,
} from './generated/index.js';
import { Reader } from './reader.js';
import { Writer } from './writer.js';

// Whole messages: header plus body. Frames here are the payload after the int32 size prefix
// (frame-splitter.ts strips it); encoders write the prefix themselves.
//
// The server side is decodeRequest / encodeResponse. encodeRequest / decodeResponse are the
// mirror image, for tests and tools.

export interface KafkaRequest<B extends AnyRequest = AnyRequest> {
  header: RequestHeader;
  body: B;
  /**
   * Bytes left after the body. Kafka's broker ignores them, and a real client sends them:
   * librdkafka 2.0.2 ends ListGroups v4 with one extra tagged-fields byte (captured in
   * test/kafka/fixtures/requests.json). Worth a debug log, not a closed connection.
   */
  trailingBytes: number;
}

/**
 * Decodes one request frame. Throws KafkaCodecError: UNKNOWN_API or UNSUPPORTED_VERSION once the
 * header's first eight bytes are read (the error then carries apiKey, apiVersion and correlationId,
 * so an ApiVersions request can still be answered), TRUNCATED or MALFORMED for anything else.
 * Trailing bytes after the body are tolerated, as Kafka does, and counted in trailingBytes.
 */
export function decodeRequest(frame: Buffer, start = 0, end = frame.length): KafkaRequest {
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
  } catch (e) {
    if (e instanceof KafkaCodecError) e.setContext(context);
    throw e;
  }
}

/** Encodes a response with its size prefix and header, as chunks for a vectored write. */
export function encodeResponse<K extends keyof ResponseByKey>(
  apiKey: K,
  apiVersion: number,
  correlationId: number,
  body: ResponseByKey[K],
): Buffer[];
export function encodeResponse(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: AnyResponse,
): Buffer[];
export function encodeResponse(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: AnyResponse,
): Buffer[] {
  const w = new Writer();
  const size = w.reserveInt32();
  writeResponseHeader(w, apiKey, apiVersion, correlationId);
  encodeResponseBody(w, apiKey, apiVersion, body);
  w.patchInt32(size, w.length - 4);
  return w.chunks();
}

/** Encodes a request with its size prefix and header (client side: tests, tools). */
export function encodeRequest<K extends keyof RequestByKey>(
  header: RequestHeader & { apiKey: K },
  body: RequestByKey[K],
): Buffer;
export function encodeRequest(header: RequestHeader, body: AnyRequest): Buffer;
export function encodeRequest(header: RequestHeader, body: AnyRequest): Buffer {
  const w = new Writer();
  const size = w.reserveInt32();
  writeRequestHeader(w, header);
  encodeRequestBody(w, header.apiKey, header.apiVersion, body);
  w.patchInt32(size, w.length - 4);
  return w.toBuffer();
}

/** Decodes a response frame (without size prefix) to a request of this key and version. */
export function decodeResponse(
  frame: Buffer,
  apiKey: number,
  apiVersion: number,
): { correlationId: number; body: AnyResponse } {
  checkVersion(apiKey, apiVersion);
  const r = new Reader(frame);
  const correlationId = r.int32();
  if (responseHeaderVersion(apiKey, apiVersion) === 1) r.skipTaggedFields();
  const body = decodeResponseBody(r, apiKey, apiVersion);
  r.done('response body');
  return { correlationId, body };
}
