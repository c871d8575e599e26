import { type RequestHeader } from './header.js';
import { type AnyRequest, type AnyResponse, type RequestByKey, type ResponseByKey } from './generated/index.js';
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
export declare function decodeRequest(frame: Buffer, start?: number, end?: number): KafkaRequest;
/** Encodes a response with its size prefix and header, as chunks for a vectored write. */
export declare function encodeResponse<K extends keyof ResponseByKey>(apiKey: K, apiVersion: number, correlationId: number, body: ResponseByKey[K]): Buffer[];
export declare function encodeResponse(apiKey: number, apiVersion: number, correlationId: number, body: AnyResponse): Buffer[];
/** Encodes a request with its size prefix and header (client side: tests, tools). */
export declare function encodeRequest<K extends keyof RequestByKey>(header: RequestHeader & {
    apiKey: K;
}, body: RequestByKey[K]): Buffer;
export declare function encodeRequest(header: RequestHeader, body: AnyRequest): Buffer;
/** Decodes a response frame (without size prefix) to a request of this key and version. */
export declare function decodeResponse(frame: Buffer, apiKey: number, apiVersion: number): {
    correlationId: number;
    body: AnyResponse;
};
