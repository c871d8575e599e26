/** Record flag bit 1: the head starts with the per-message TTL. */
export const FLAG_TTL = 2;
/** Record flag bit 3: the head's exchange and routing key lengths are u32, not u8. */
export const FLAG_WIDE_HEAD = 8;
const NARROW_MAX = 255;
/** u32 lengths; a single Buffer cannot reach this anyway. */
const WIDE_MAX = 0xffffffff;
/** True when the exchange or routing key is too long for the narrow layout. */
export function needsWideHead(msg) {
    // a UTF-16 code unit is at most 3 UTF-8 bytes: short strings skip byteLength
    if (msg.exchange.length <= 85 && msg.routingKey.length <= 85)
        return false;
    return Buffer.byteLength(msg.exchange) > NARROW_MAX || Buffer.byteLength(msg.routingKey) > NARROW_MAX;
}
/** The head-related record flags of a message (FLAG_TTL, FLAG_WIDE_HEAD): OR them into the record's flags. */
export function headFlags(msg) {
    return (msg.ttl === undefined ? 0 : FLAG_TTL) | (needsWideHead(msg) ? FLAG_WIDE_HEAD : 0);
}
/**
 * Encodes the head in the layout `headFlags(msg)` announces, or in the one `wide` asks
 * for (a rewrite keeps the layout its record's flags name).
 */
export function encodeHead(msg, wide = needsWideHead(msg)) {
    const exLen = Buffer.byteLength(msg.exchange);
    const rkLen = Buffer.byteLength(msg.routingKey);
    const max = wide ? WIDE_MAX : NARROW_MAX;
    if (exLen > max || rkLen > max) {
        // only a caller that forced the narrow layout gets here: never wrap a length silently
        throw new RangeError(`exchange or routing key too long for a stored message head (${exLen}, ${rkLen} bytes)`);
    }
    const lenBytes = wide ? 4 : 1;
    const pre = msg.ttl === undefined ? 0 : 8;
    const head = Buffer.allocUnsafe(pre + 2 * lenBytes + exLen + rkLen + msg.properties.length);
    if (pre)
        head.writeDoubleBE(msg.ttl, 0);
    let at = pre;
    if (wide)
        head.writeUInt32BE(exLen, at);
    else
        head[at] = exLen;
    at += lenBytes;
    at += head.write(msg.exchange, at, 'utf8');
    if (wide)
        head.writeUInt32BE(rkLen, at);
    else
        head[at] = rkLen;
    at += lenBytes;
    at += head.write(msg.routingKey, at, 'utf8');
    msg.properties.copy(head, at);
    return head;
}
/**
 * The start of the head of a message with this exchange and routing key and no per-message TTL (what
 * encodeHead writes before the properties), and the record flags its layout needs: a front that stores many
 * records under one routing key (a Redis stream's entries) makes it once and writes the properties after it
 * (PropertiesFormat.encodeHeaders' prefix), so that prefix + properties = encodeHead(message).
 */
export function headPrefix(exchange, routingKey) {
    const msg = { exchange, routingKey, properties: Buffer.alloc(0), ttl: undefined };
    return { prefix: encodeHead(msg), flags: headFlags(msg) };
}
export function decodeHead(head, flags) {
    const wide = (flags & FLAG_WIDE_HEAD) !== 0;
    const lenBytes = wide ? 4 : 1;
    let at = flags & FLAG_TTL ? 8 : 0;
    const exLen = readLength(head, at, wide);
    const exStart = at + lenBytes;
    at = exStart + exLen;
    const rkLen = readLength(head, at, wide);
    const rkStart = at + lenBytes;
    at = rkStart + rkLen;
    if (at > head.length)
        throw new RangeError(`stored message head is malformed (${head.length} bytes)`);
    return {
        exchange: head.toString('utf8', exStart, exStart + exLen),
        routingKey: head.toString('utf8', rkStart, rkStart + rkLen),
        properties: head.subarray(at),
    };
}
function readLength(head, at, wide) {
    if (at + (wide ? 4 : 1) > head.length) {
        throw new RangeError(`stored message head is malformed (${head.length} bytes)`);
    }
    return wide ? head.readUInt32BE(at) : head[at];
}
/** Per-message TTL in ms, or undefined. */
export function headTtl(head, flags) {
    return flags & FLAG_TTL ? head.readDoubleBE(0) : undefined;
}
//# sourceMappingURL=record.js.map