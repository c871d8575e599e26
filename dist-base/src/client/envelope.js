// Turns a payload and PublishOptions into an AMQP body and properties, and a delivery
// back into an Envelope. The envelope fields the seeds ask every message to carry (id,
// type, timestamp, correlation id, schema version) are filled in here, once.
import { randomUUID } from 'node:crypto';
import { HEADER } from './types.js';
export const JSON_TYPE = 'application/json';
/** A body that could not be decoded (e.g. malformed JSON): no retry can fix it. */
export class PayloadDecodeError extends Error {
    name = 'PayloadDecodeError';
}
/** Buffers go as they are, strings as UTF-8 text, everything else as JSON. */
export function encodeBody(payload, contentType) {
    if (Buffer.isBuffer(payload))
        return { body: payload, contentType: contentType ?? 'application/octet-stream' };
    if (payload instanceof Uint8Array) {
        return {
            body: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength),
            contentType: contentType ?? 'application/octet-stream',
        };
    }
    if (typeof payload === 'string' && (contentType === undefined || contentType.startsWith('text/'))) {
        return { body: Buffer.from(payload, 'utf8'), contentType: contentType ?? 'text/plain' };
    }
    const json = JSON.stringify(payload === undefined ? null : payload);
    return { body: Buffer.from(json, 'utf8'), contentType: contentType ?? JSON_TYPE };
}
/** The AMQP properties of a publish; `messageId` is always set (a new UUID unless given). */
export function buildProperties(options, contentType, trace) {
    const headers = { ...options.headers };
    if (options.schemaVersion !== undefined)
        headers[HEADER.schemaVersion] = options.schemaVersion;
    // A traceparent the caller put in the headers wins: it already decided the parent.
    if (trace && headers[HEADER.traceparent] === undefined) {
        headers[HEADER.traceparent] = trace.traceparent;
        if (trace.tracestate)
            headers[HEADER.tracestate] = trace.tracestate;
    }
    const props = {
        messageId: options.messageId ?? randomUUID(),
        // AMQP timestamps are seconds since the epoch.
        timestamp: Math.floor(Date.now() / 1000),
        contentType,
        persistent: options.persistent ?? true,
        mandatory: options.mandatory ?? true,
        headers,
    };
    if (options.type !== undefined)
        props.type = options.type;
    if (options.correlationId !== undefined)
        props.correlationId = options.correlationId;
    if (options.replyTo !== undefined)
        props.replyTo = options.replyTo;
    if (options.priority !== undefined)
        props.priority = options.priority;
    if (options.expirationMs !== undefined)
        props.expiration = String(Math.max(0, Math.round(options.expirationMs)));
    return props;
}
function text(value) {
    if (value === undefined || value === null)
        return undefined;
    return Buffer.isBuffer(value) ? value.toString() : String(value);
}
function numberOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
/** The SDK attempt number of a delivery: 1 unless an SDK retry set `x-attempt`. */
export function attemptOf(headers) {
    const n = numberOf(headers?.[HEADER.attempt]);
    return n !== undefined && n >= 1 ? Math.floor(n) : 1;
}
/** Decodes the payload by content type: JSON, text, or the raw Buffer. */
export function decodeBody(body, contentType) {
    const type = contentType?.split(';')[0].trim().toLowerCase();
    if (type === JSON_TYPE || type?.endsWith('+json')) {
        try {
            return JSON.parse(body.toString('utf8'));
        }
        catch (err) {
            throw new PayloadDecodeError(`body is not valid JSON: ${err.message}`);
        }
    }
    if (type?.startsWith('text/'))
        return body.toString('utf8');
    return body;
}
/** A delivery as an Envelope; throws PayloadDecodeError for a body that does not match its content type. */
export function toEnvelope(msg) {
    const p = msg.properties;
    const headers = (p.headers ?? {});
    const contentType = text(p.contentType);
    const ts = numberOf(p.timestamp);
    const schemaVersion = numberOf(headers[HEADER.schemaVersion]);
    const env = {
        id: text(p.messageId) ?? '',
        headers,
        payload: decodeBody(msg.content, contentType),
        body: msg.content,
        exchange: msg.fields.exchange,
        routingKey: msg.fields.routingKey,
        redelivered: msg.fields.redelivered,
        attempt: attemptOf(headers),
    };
    const type = text(p.type);
    if (type !== undefined)
        env.type = type;
    if (ts !== undefined)
        env.timestamp = new Date(ts * 1000);
    const correlationId = text(p.correlationId);
    if (correlationId !== undefined)
        env.correlationId = correlationId;
    const replyTo = text(p.replyTo);
    if (replyTo !== undefined)
        env.replyTo = replyTo;
    if (schemaVersion !== undefined)
        env.schemaVersion = schemaVersion;
    if (contentType !== undefined)
        env.contentType = contentType;
    return env;
}
/** Properties for re-publishing a delivery (retry, dead letter) with extra headers. */
export function republishProperties(msg, headers) {
    const p = msg.properties;
    const props = {
        headers: { ...(p.headers ?? {}), ...headers },
        persistent: true,
        mandatory: true,
    };
    for (const k of [
        'contentType',
        'contentEncoding',
        'correlationId',
        'replyTo',
        'messageId',
        'timestamp',
        'type',
        'appId',
        'priority',
    ]) {
        if (p[k] !== undefined && p[k] !== null)
            props[k] = p[k];
    }
    // x-death is the broker's record of earlier dead-letterings; copied into a fresh
    // publish it would be stale and RabbitMQ would treat the list as ours.
    delete props.headers['x-death'];
    return props;
}
//# sourceMappingURL=envelope.js.map