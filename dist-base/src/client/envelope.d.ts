import type { Message, Options } from 'amqplib';
import { type Envelope, type PublishOptions } from './types.js';
import type { TraceContext } from './tracing.js';
export declare const JSON_TYPE = "application/json";
/** A body that could not be decoded (e.g. malformed JSON): no retry can fix it. */
export declare class PayloadDecodeError extends Error {
    name: string;
}
export interface Encoded {
    body: Buffer;
    contentType: string;
}
/** Buffers go as they are, strings as UTF-8 text, everything else as JSON. */
export declare function encodeBody(payload: unknown, contentType?: string): Encoded;
/** The AMQP properties of a publish; `messageId` is always set (a new UUID unless given). */
export declare function buildProperties(options: PublishOptions, contentType: string, trace: TraceContext | undefined): Options.Publish & {
    messageId: string;
};
/** The SDK attempt number of a delivery: 1 unless an SDK retry set `x-attempt`. */
export declare function attemptOf(headers: Record<string, unknown> | undefined): number;
/** Decodes the payload by content type: JSON, text, or the raw Buffer. */
export declare function decodeBody(body: Buffer, contentType: string | undefined): unknown;
/** A delivery as an Envelope; throws PayloadDecodeError for a body that does not match its content type. */
export declare function toEnvelope(msg: Message): Envelope<unknown>;
/** Properties for re-publishing a delivery (retry, dead letter) with extra headers. */
export declare function republishProperties(msg: Message, headers: Record<string, unknown>): Options.Publish;
