// Sets one integer header in encoded basic properties without decoding the table: the
// per-delivery annotations (x-stream-offset on every stream delivery, x-delivery-count on
// every quorum delivery) would otherwise decode and re-encode every header of every
// message. The scan only reads lengths and tags; the result is one copy of the properties
// with the field overwritten in place, or appended when absent. Other fields keep their
// bytes and order.
import { syntaxError } from './errors.js';
import { BasicFlag } from './generated.js';
const TAG_L = 0x6c;
const TAG_I = 0x49;
const TWO_32 = 4294967296;
const CONTINUATION = 0x0001;
/** Encoded properties with header `name` (ASCII) set to `value` as a field of `type`. */
export function withIntHeader(props, name, type, value) {
    const end = props.length;
    if (end < 2)
        throw syntaxError('truncated property flags');
    const flags = props.readUInt16BE(0);
    const hStart = headersStart(props, flags, end);
    const tag = type === 'l' ? TAG_L : TAG_I;
    const valueSize = type === 'l' ? 8 : 4;
    const nameLen = name.length; // ASCII: one byte per character
    const fieldSize = 1 + nameLen + 1 + valueSize;
    if ((flags & BasicFlag.HEADERS) === 0) {
        // no headers yet: insert a one-field table where the headers property belongs
        const out = Buffer.allocUnsafe(end + 4 + fieldSize);
        props.copy(out, 0, 0, hStart);
        out.writeUInt16BE(flags | BasicFlag.HEADERS, 0);
        out.writeUInt32BE(fieldSize, hStart);
        writeField(out, hStart + 4, name, nameLen, tag, value);
        props.copy(out, hStart + 4 + fieldSize, hStart, end);
        return out;
    }
    if (hStart + 4 > end)
        throw syntaxError('truncated basic properties');
    const tableLen = props.readUInt32BE(hStart);
    const tStart = hStart + 4;
    const tEnd = tStart + tableLen;
    if (tEnd > end)
        throw syntaxError('truncated basic properties');
    // find the field, if present
    let p = tStart;
    while (p < tEnd) {
        const klen = props[p];
        const vStart = p + 1 + klen;
        if (vStart >= tEnd)
            throw syntaxError('truncated field table');
        const vEnd = valueEnd(props, vStart, tEnd);
        if (klen === nameLen && sameName(props, p + 1, name)) {
            if (props[vStart] === tag) {
                const out = Buffer.from(props);
                writeInt(out, vStart + 1, tag, value);
                return out;
            }
            // same name, another type: drop it and append the new field at the end
            const removed = vEnd - p;
            const out = Buffer.allocUnsafe(end - removed + fieldSize);
            props.copy(out, 0, 0, p);
            props.copy(out, p, vEnd, tEnd);
            const at = tEnd - removed;
            writeField(out, at, name, nameLen, tag, value);
            props.copy(out, at + fieldSize, tEnd, end);
            out.writeUInt32BE(tableLen - removed + fieldSize, hStart);
            return out;
        }
        p = vEnd;
    }
    const out = Buffer.allocUnsafe(end + fieldSize);
    props.copy(out, 0, 0, tEnd);
    writeField(out, tEnd, name, nameLen, tag, value);
    props.copy(out, tEnd + fieldSize, tEnd, end);
    out.writeUInt32BE(tableLen + fieldSize, hStart);
    return out;
}
/** Position of the headers property: after the flags, content-type and content-encoding. */
function headersStart(buf, flags, end) {
    let pos = 2;
    let word = flags;
    while (word & CONTINUATION) {
        if (pos + 2 > end)
            throw syntaxError('truncated property flags');
        word = buf.readUInt16BE(pos);
        pos += 2;
    }
    if (flags & BasicFlag.CONTENT_TYPE)
        pos = shortstrEnd(buf, pos, end);
    if (flags & BasicFlag.CONTENT_ENCODING)
        pos = shortstrEnd(buf, pos, end);
    return pos;
}
function shortstrEnd(buf, pos, end) {
    if (pos >= end || pos + 1 + buf[pos] > end)
        throw syntaxError('truncated basic properties');
    return pos + 1 + buf[pos];
}
/** The position after the tagged field value at `p` (its tag byte), checked against `end`. */
function valueEnd(buf, p, end) {
    const tag = buf[p++];
    let next;
    switch (tag) {
        case 0x74: // t
        case 0x62: // b
        case 0x42: // B
            next = p + 1;
            break;
        case 0x73: // s
        case 0x75: // u
            next = p + 2;
            break;
        case 0x49: // I
        case 0x69: // i
        case 0x66: // f
            next = p + 4;
            break;
        case 0x6c: // l
        case 0x54: // T
        case 0x64: // d
            next = p + 8;
            break;
        case 0x44: // D
            next = p + 5;
            break;
        case 0x53: // S
        case 0x78: // x
        case 0x46: // F
        case 0x41: // A
            next = p + 4 <= end ? p + 4 + buf.readUInt32BE(p) : end + 1;
            break;
        case 0x56: // V
            next = p;
            break;
        default:
            throw syntaxError(`unknown field type tag 0x${tag.toString(16)}`);
    }
    if (next > end)
        throw syntaxError('truncated field value');
    return next;
}
/** Whether the key bytes at `at` spell `name` (ASCII), without making a string. */
function sameName(buf, at, name) {
    for (let i = 0; i < name.length; i++)
        if (buf[at + i] !== name.charCodeAt(i))
            return false;
    return true;
}
function writeField(out, at, name, nameLen, tag, value) {
    out[at] = nameLen;
    out.write(name, at + 1, nameLen, 'latin1');
    out[at + 1 + nameLen] = tag;
    writeInt(out, at + 2 + nameLen, tag, value);
}
function writeInt(out, at, tag, value) {
    if (tag === TAG_I) {
        out.writeInt32BE(value, at);
        return;
    }
    // int64 from a safe integer without a BigInt: high word (signed) then low word
    const hi = Math.floor(value / TWO_32);
    out.writeInt32BE(hi, at);
    out.writeUInt32BE(value - hi * TWO_32, at + 4);
}
//# sourceMappingURL=header-patch.js.map