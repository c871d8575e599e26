import { syntaxError } from './errors.js';
import { decodeTable, decodeTableTyped, writeTable } from './field-table.js';
import { BASIC_PROPERTIES, BasicFlag } from './generated.js';
import { Writer } from './writer.js';
const TWO_32 = 4294967296;
const CONTINUATION = 0x0001;
/**
 * Checks the flags word(s) at `pos` and returns the position after them; the caller reads
 * the first word (the only one that can have property bits) with buf.readUInt16BE(pos).
 */
function flagsEnd(buf, pos, end) {
    if (pos + 2 > end)
        throw syntaxError('truncated property flags');
    let word = buf.readUInt16BE(pos);
    pos += 2;
    while (word & CONTINUATION) {
        if (pos + 2 > end)
            throw syntaxError('truncated property flags');
        word = buf.readUInt16BE(pos);
        pos += 2;
        // Class basic has 14 properties, all in the first word; later words must be empty.
        if (word & ~CONTINUATION)
            throw syntaxError('unknown basic property flag');
    }
    return pos;
}
/** Returns the position after the property of `type` at `pos`, checking it fits. */
function skip(type, buf, pos, end) {
    let next;
    switch (type) {
        case 'shortstr':
            next = pos < end ? pos + 1 + buf[pos] : end + 1;
            break;
        case 'table':
            next = pos + 4 <= end ? pos + 4 + buf.readUInt32BE(pos) : end + 1;
            break;
        case 'octet':
            next = pos + 1;
            break;
        case 'timestamp':
            next = pos + 8;
            break;
        default:
            throw syntaxError(`unsupported property type ${type}`);
    }
    if (next > end)
        throw syntaxError('truncated basic properties');
    return next;
}
export function decodeProperties(buf, offset = 0, end = buf.length) {
    let pos = flagsEnd(buf, offset, end);
    const flags = buf.readUInt16BE(offset);
    const out = {};
    for (const pr of BASIC_PROPERTIES) {
        if ((flags & pr.flag) === 0)
            continue;
        const next = skip(pr.type, buf, pos, end);
        switch (pr.type) {
            case 'shortstr':
                out[pr.name] = buf.toString('utf8', pos + 1, next);
                break;
            case 'table':
                out[pr.name] = decodeTable(buf, pos + 4, next - pos - 4);
                break;
            case 'octet':
                out[pr.name] = buf[pos];
                break;
            case 'timestamp':
                out[pr.name] = buf.readUInt32BE(pos) * TWO_32 + buf.readUInt32BE(pos + 4);
                break;
        }
        pos = next;
    }
    if (pos !== end)
        throw syntaxError('trailing bytes after basic properties');
    return out;
}
/**
 * Encodes properties; undefined ones are left out. Headers may hold Typed values. `w` is
 * scratch space (reset first); by default a fresh Writer. The result is a copy either way.
 */
export function encodeProperties(props, w = new Writer(256)) {
    const src = props;
    w.pos = 2;
    w.ensure(2);
    let flags = 0;
    for (const pr of BASIC_PROPERTIES) {
        const v = src[pr.name];
        if (v === undefined)
            continue;
        flags |= pr.flag;
        switch (pr.type) {
            case 'shortstr':
                w.shortstr(v);
                break;
            case 'table':
                writeTable(w, v);
                break;
            case 'octet':
                w.u8(v);
                break;
            case 'timestamp':
                w.u64(v);
                break;
        }
    }
    w.buf.writeUInt16BE(flags, 0);
    const out = w.toBuffer();
    w.shrink();
    return out;
}
export function newPropertySummary() {
    return { deliveryMode: 0, priority: 0, expiration: undefined, headersOffset: -1, headersLength: 0 };
}
/**
 * Fills `out` (reused across calls, so no allocation besides the expiration string) by
 * scanning flags and skipping fields. Stops after the last property it needs.
 */
export function readPropertySummary(buf, out, offset = 0, end = buf.length) {
    let pos = flagsEnd(buf, offset, end);
    const flags = buf.readUInt16BE(offset);
    out.deliveryMode = 0;
    out.priority = 0;
    out.expiration = undefined;
    out.headersOffset = -1;
    out.headersLength = 0;
    if (flags & BasicFlag.CONTENT_TYPE)
        pos = skip('shortstr', buf, pos, end);
    if (flags & BasicFlag.CONTENT_ENCODING)
        pos = skip('shortstr', buf, pos, end);
    if (flags & BasicFlag.HEADERS) {
        const next = skip('table', buf, pos, end);
        out.headersOffset = pos + 4;
        out.headersLength = next - pos - 4;
        pos = next;
    }
    if (flags & BasicFlag.DELIVERY_MODE) {
        if (pos >= end)
            throw syntaxError('truncated basic properties');
        out.deliveryMode = buf[pos++];
    }
    if (flags & BasicFlag.PRIORITY) {
        if (pos >= end)
            throw syntaxError('truncated basic properties');
        out.priority = buf[pos++];
    }
    if (flags & BasicFlag.EXPIRATION) {
        if (flags & BasicFlag.CORRELATION_ID)
            pos = skip('shortstr', buf, pos, end);
        if (flags & BasicFlag.REPLY_TO)
            pos = skip('shortstr', buf, pos, end);
        const next = skip('shortstr', buf, pos, end);
        out.expiration = buf.toString('utf8', pos + 1, next);
    }
    return out;
}
/**
 * Position of the headers property (its length prefix) or, when absent, where it would go;
 * the headers follow content-type and content-encoding. Checks the flags and what it skips.
 */
function headersStart(buf, offset, end) {
    let pos = flagsEnd(buf, offset, end);
    const flags = buf.readUInt16BE(offset);
    if (flags & BasicFlag.CONTENT_TYPE)
        pos = skip('shortstr', buf, pos, end);
    if (flags & BasicFlag.CONTENT_ENCODING)
        pos = skip('shortstr', buf, pos, end);
    return pos;
}
/** Typed decode of the headers property (undefined when absent), for byte-exact rewriting. */
export function decodeHeadersTyped(buf, offset = 0, end = buf.length) {
    const pos = headersStart(buf, offset, end);
    if ((buf.readUInt16BE(offset) & BasicFlag.HEADERS) === 0)
        return undefined;
    const next = skip('table', buf, pos, end);
    return decodeTableTyped(buf, pos + 4, next - pos - 4);
}
/**
 * Re-encodes a property list with new headers (adding the property if absent), keeping every
 * other byte as it was, flags included. Used to add x-death on dead-lettering.
 */
export function replaceHeaders(buf, headers, offset = 0, end = buf.length) {
    const hStart = headersStart(buf, offset, end);
    const flags = buf.readUInt16BE(offset);
    const hEnd = flags & BasicFlag.HEADERS ? skip('table', buf, hStart, end) : hStart;
    const w = new Writer(end - offset + 256);
    w.bytes(buf.subarray(offset, hStart));
    w.buf.writeUInt16BE(flags | BasicFlag.HEADERS, 0);
    writeTable(w, headers);
    w.bytes(buf.subarray(hEnd, end));
    return w.toBuffer();
}
//# sourceMappingURL=properties.js.map