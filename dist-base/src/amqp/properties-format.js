// How the engine reads AMQP-encoded properties when routing needs them (headers
// exchange). Given to the Broker at construction so the engine stays format-neutral.
import { BrokerError, HEADER_BYTES, HEADER_VOID } from '../broker/index.js';
import { decodeProperties, encodeProperties } from './codec/index.js';
import { deadLetteredProperties, withDelayReleased, withDeliveryCount, withStreamOffset, } from './header-rewrites.js';
export const amqpPropertiesFormat = {
    headers(properties) {
        return decodeProperties(properties).headers;
    },
    deadLettered: deadLetteredProperties,
    withDeliveryCount,
    withDelayReleased,
    withStreamOffset,
    dedupKey(properties, header) {
        const p = decodeProperties(properties);
        if (header === undefined)
            return p.messageId;
        const v = p.headers?.[header];
        if (v === undefined || v === null)
            return undefined;
        return Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    },
    describe(properties) {
        const p = decodeProperties(properties);
        const out = {};
        for (const [camel, snake] of NAMES) {
            if (p[camel] !== undefined)
                out[snake] = plain(p[camel]);
        }
        return out;
    },
    encode(props) {
        const p = {};
        for (const [camel, snake] of NAMES) {
            const v = props[snake];
            if (v === undefined || v === null)
                continue;
            const kind = KINDS[snake] ?? 'string';
            const ok = kind === 'table'
                ? typeof v === 'object' && !Array.isArray(v)
                : kind === 'octet'
                    ? Number.isInteger(v) && v >= 0 && v <= 255
                    : kind === 'timestamp'
                        ? Number.isInteger(v) && v >= 0
                        : typeof v === 'string' && Buffer.byteLength(v) <= 255;
            if (!ok)
                throw new BrokerError('PRECONDITION_FAILED', `invalid property '${snake}'`);
            p[camel] = v;
        }
        return encodeProperties(p);
    },
    encodeHeaders,
};
const FLAGS_HEADERS_MODE_TIMESTAMP = 0x2000 | 0x1000 | 0x0040;
const TWO_32 = 4294967296;
/**
 * Basic properties { headers, deliveryMode, timestamp } written straight into one buffer: the flags word,
 * the headers table (shortstr name, tag S / x / V, u32 length and bytes), the delivery-mode octet and the
 * timestamp, in that (spec) order, as encodeProperties writes them.
 */
function encodeHeaders(names, values, kinds, deliveryMode, timestamp, prefix, count = names.length, into) {
    let table = 0;
    for (let i = 0; i < count; i++) {
        table += 2 + names[i].length + (kinds[i] === HEADER_VOID ? 0 : 4 + values[i].length);
    }
    const pre = prefix === undefined ? 0 : prefix.length;
    const size = pre + 2 + 4 + table + 1 + 8;
    const out = into !== undefined && into.length >= size ? into.subarray(0, size) : Buffer.allocUnsafe(size);
    // TypedArray.set, not Buffer.copy: the bytes are short and copy's argument checks cost more than the copying
    if (prefix !== undefined)
        out.set(prefix, 0);
    out.writeUInt16BE(FLAGS_HEADERS_MODE_TIMESTAMP, pre);
    out.writeUInt32BE(table, pre + 2);
    let at = pre + 6;
    for (let i = 0; i < count; i++) {
        const name = names[i];
        out[at++] = name.length;
        out.set(name, at);
        at += name.length;
        const kind = kinds[i];
        if (kind === HEADER_VOID) {
            out[at++] = 0x56; // V
            continue;
        }
        out[at++] = kind === HEADER_BYTES ? 0x78 : 0x53; // x, S
        const v = values[i];
        out.writeUInt32BE(v.length, at);
        out.set(v, at + 4);
        at += 4 + v.length;
    }
    out[at++] = deliveryMode;
    out.writeUInt32BE(Math.floor(timestamp / TWO_32), at);
    out.writeUInt32BE(timestamp >>> 0, at + 4);
    return out;
}
/** codec name -> RabbitMQ management name, in AMQP property order */
const NAMES = [
    ['contentType', 'content_type'],
    ['contentEncoding', 'content_encoding'],
    ['headers', 'headers'],
    ['deliveryMode', 'delivery_mode'],
    ['priority', 'priority'],
    ['correlationId', 'correlation_id'],
    ['replyTo', 'reply_to'],
    ['expiration', 'expiration'],
    ['messageId', 'message_id'],
    ['timestamp', 'timestamp'],
    ['type', 'type'],
    ['userId', 'user_id'],
    ['appId', 'app_id'],
    ['clusterId', 'cluster_id'],
];
const KINDS = {
    headers: 'table',
    delivery_mode: 'octet',
    priority: 'octet',
    timestamp: 'timestamp',
};
/** A decoded field value as JSON: longs as numbers, bytes as text, timestamps in seconds. */
function plain(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (v instanceof Date)
        return Math.floor(v.getTime() / 1000);
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('utf8');
    if (Array.isArray(v))
        return v.map(plain);
    if (v !== null && typeof v === 'object') {
        const o = {};
        for (const [k, x] of Object.entries(v))
            o[k] = plain(x);
        return o;
    }
    return v;
}
//# sourceMappingURL=properties-format.js.map