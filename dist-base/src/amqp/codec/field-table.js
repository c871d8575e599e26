import { isUtf8 } from 'node:buffer';
import { syntaxError, undecodable } from './errors.js';
import { Writer } from './writer.js';
/** A value to encode with an exact type tag instead of the inferred one. */
export class Typed {
    type;
    value;
    constructor(type, value) {
        this.type = type;
        this.value = value;
    }
}
/**
 * Nesting limit: each level costs only a few bytes on the wire, so without it a single
 * frame could recurse deep enough to overflow the stack.
 */
const MAX_DEPTH = 64;
const TWO_32 = 4294967296;
const HI_SAFE = 0x200000; // |high word| below 2^21 keeps hi * 2^32 + lo within 2^53
/** Natural decode of a table's contents: `length` bytes starting at `offset`. */
export function decodeTable(buf, offset, length) {
    const end = checkedEnd(buf, offset, length);
    return new TableReader(buf, offset, false).table(end, 0);
}
/** Typed decode of a table's contents, keeping every field's type tag and order. */
export function decodeTableTyped(buf, offset, length) {
    const end = checkedEnd(buf, offset, length);
    return new TableReader(buf, offset, true).table(end, 0);
}
/** Natural decode of an array's contents (no length prefix). */
export function decodeArray(buf, offset, length) {
    const end = checkedEnd(buf, offset, length);
    return new TableReader(buf, offset, false).array(end, 0);
}
function checkedEnd(buf, offset, length) {
    const end = offset + length;
    if (offset < 0 || length < 0 || end > buf.length)
        throw undecodable('field table overruns its buffer');
    return end;
}
function need(p, n, end) {
    if (p + n > end)
        throw undecodable('truncated field value');
}
/**
 * Read cursor for one decode call: one small object per table decoded (tables are not on
 * the per-message hot path), which saves returning (value, offset) pairs from every helper.
 */
class TableReader {
    buf;
    p;
    typed;
    constructor(buf, 
    /** Position of the next byte to read. */
    p, 
    /** Produce { type, value } fields instead of natural values. */
    typed) {
        this.buf = buf;
        this.p = p;
        this.typed = typed;
    }
    table(end, depth) {
        if (depth > MAX_DEPTH)
            throw syntaxError('field table nested too deeply');
        const buf = this.buf;
        const out = {};
        while (this.p < end) {
            const klen = buf[this.p];
            const kstart = this.p + 1;
            if (kstart + klen >= end)
                throw undecodable('truncated field table');
            const key = buf.toString('utf8', kstart, kstart + klen);
            this.p = kstart + klen;
            const value = this.value(end, depth);
            // A '__proto__' key must become an own property, not replace the prototype.
            if (key === '__proto__')
                Object.defineProperty(out, key, { value, enumerable: true, writable: true });
            else
                out[key] = value;
        }
        return out;
    }
    array(end, depth) {
        if (depth > MAX_DEPTH)
            throw syntaxError('field array nested too deeply');
        const out = [];
        while (this.p < end)
            out.push(this.value(end, depth));
        return out;
    }
    /** Reads a type tag and its value. Returns a Field when typed, else the natural value. */
    value(end, depth) {
        const buf = this.buf;
        let p = this.p;
        need(p, 1, end);
        const tag = buf[p++];
        let v;
        switch (tag) {
            case 0x74: // t
                need(p, 1, end);
                v = buf[p] !== 0;
                p += 1;
                break;
            case 0x62: // b
                need(p, 1, end);
                v = buf.readInt8(p);
                p += 1;
                break;
            case 0x42: // B
                need(p, 1, end);
                v = buf[p];
                p += 1;
                break;
            case 0x73: // s
                need(p, 2, end);
                v = buf.readInt16BE(p);
                p += 2;
                break;
            case 0x75: // u
                need(p, 2, end);
                v = buf.readUInt16BE(p);
                p += 2;
                break;
            case 0x49: // I
                need(p, 4, end);
                v = buf.readInt32BE(p);
                p += 4;
                break;
            case 0x69: // i
                need(p, 4, end);
                v = buf.readUInt32BE(p);
                p += 4;
                break;
            case 0x6c: {
                // l
                need(p, 8, end);
                const hi = buf.readInt32BE(p);
                v = hi >= -HI_SAFE && hi < HI_SAFE ? hi * TWO_32 + buf.readUInt32BE(p + 4) : buf.readBigInt64BE(p);
                p += 8;
                break;
            }
            case 0x54: {
                // T: uint64 seconds
                need(p, 8, end);
                const hi = buf.readUInt32BE(p);
                v = hi < HI_SAFE ? hi * TWO_32 + buf.readUInt32BE(p + 4) : buf.readBigUInt64BE(p);
                p += 8;
                break;
            }
            case 0x66: // f
                need(p, 4, end);
                v = buf.readFloatBE(p);
                p += 4;
                break;
            case 0x64: // d
                need(p, 8, end);
                v = buf.readDoubleBE(p);
                p += 8;
                break;
            case 0x44: // D
                need(p, 5, end);
                v = { scale: buf[p], value: buf.readUInt32BE(p + 1) };
                p += 5;
                break;
            case 0x53: {
                // S
                need(p, 4, end);
                const n = buf.readUInt32BE(p);
                const s = p + 4;
                need(s, n, end);
                p = s + n;
                v =
                    this.typed && !isUtf8(buf.subarray(s, p))
                        ? Buffer.from(buf.subarray(s, p))
                        : buf.toString('utf8', s, p);
                break;
            }
            case 0x78: {
                // x: copied so the decoded value does not pin the whole frame buffer
                need(p, 4, end);
                const n = buf.readUInt32BE(p);
                p += 4;
                need(p, n, end);
                v = Buffer.from(buf.subarray(p, p + n));
                p += n;
                break;
            }
            case 0x46: {
                // F: the nested reader advances this.p itself
                need(p, 4, end);
                const n = buf.readUInt32BE(p);
                p += 4;
                need(p, n, end);
                this.p = p;
                v = this.table(p + n, depth + 1);
                p = this.p;
                break;
            }
            case 0x41: {
                // A
                need(p, 4, end);
                const n = buf.readUInt32BE(p);
                p += 4;
                need(p, n, end);
                this.p = p;
                v = this.array(p + n, depth + 1);
                p = this.p;
                break;
            }
            case 0x56: // V
                v = null;
                break;
            default:
                throw syntaxError(`unknown field type tag 0x${tag.toString(16)}`);
        }
        this.p = p;
        if (this.typed)
            return { type: String.fromCharCode(tag), value: v };
        // natural form: a timestamp is a Date, so it stays distinguishable from an integer
        // (x-stream-offset takes either, with different meanings)
        return tag === 0x54 ? new Date(Number(v) * 1000) : v;
    }
}
// ---- encoding ----
/**
 * Encodes a table's contents (no length prefix), the inverse of decodeTable(buf, 0, buf.length).
 * `w` is scratch space (reset, then left holding the length-prefixed table); by default a
 * fresh Writer. The result is a copy either way.
 */
export function encodeTable(table, w = new Writer(256)) {
    w.pos = 0;
    writeTable(w, table);
    const out = Buffer.allocUnsafe(w.pos - 4);
    w.buf.copy(out, 0, 4, w.pos);
    w.shrink();
    return out;
}
/** Writes a length-prefixed table. Values may be plain (type inferred) or Typed. */
export function writeTable(w, table, depth = 0) {
    if (depth > MAX_DEPTH)
        throw syntaxError('field table nested too deeply');
    const start = w.pos;
    w.ensure(4);
    w.pos += 4;
    for (const key of Object.keys(table)) {
        w.shortstr(key);
        writeValue(w, table[key], depth);
    }
    w.buf.writeUInt32BE(w.pos - start - 4, start);
}
function writeArray(w, arr, depth) {
    if (depth > MAX_DEPTH)
        throw syntaxError('field array nested too deeply');
    const start = w.pos;
    w.ensure(4);
    w.pos += 4;
    for (const v of arr)
        writeValue(w, v, depth);
    w.buf.writeUInt32BE(w.pos - start - 4, start);
}
function writeValue(w, v, depth) {
    if (v instanceof Typed)
        writeTyped(w, v.type, v.value, depth);
    else
        writeTyped(w, inferType(v), v, depth);
}
/** The tag a plain value is encoded with: what RabbitMQ clients commonly send for it. */
function inferType(v) {
    switch (typeof v) {
        case 'string':
            return 'S';
        case 'boolean':
            return 't';
        case 'number':
            if (!Number.isInteger(v))
                return 'd';
            return v >= -0x80000000 && v <= 0x7fffffff ? 'I' : 'l';
        case 'bigint':
            return 'l';
        case 'undefined':
            return 'V';
        case 'object':
            if (v === null)
                return 'V';
            if (v instanceof Uint8Array)
                return 'x';
            if (v instanceof Date)
                return 'T';
            if (Array.isArray(v))
                return 'A';
            return 'F';
        default:
            throw syntaxError(`cannot encode a ${typeof v} in a field table`);
    }
}
function badValue(type, value) {
    return syntaxError(`invalid value for field type '${type}': ${String(value)}`);
}
function writeTyped(w, type, value, depth) {
    w.ensure(9);
    w.buf[w.pos++] = type.charCodeAt(0);
    switch (type) {
        case 't':
            w.buf[w.pos++] = value ? 1 : 0;
            return;
        case 'b':
            w.pos = w.buf.writeInt8(num(type, value), w.pos);
            return;
        case 'B':
            w.pos = w.buf.writeUInt8(num(type, value), w.pos);
            return;
        case 's':
            w.pos = w.buf.writeInt16BE(num(type, value), w.pos);
            return;
        case 'u':
            w.pos = w.buf.writeUInt16BE(num(type, value), w.pos);
            return;
        case 'I':
            w.pos = w.buf.writeInt32BE(num(type, value), w.pos);
            return;
        case 'i':
            w.pos = w.buf.writeUInt32BE(num(type, value), w.pos);
            return;
        case 'l':
            w.pos = w.buf.writeBigInt64BE(big(type, value), w.pos);
            return;
        case 'T': {
            const secs = value instanceof Date ? Math.floor(value.getTime() / 1000) : value;
            w.pos = w.buf.writeBigUInt64BE(big(type, secs), w.pos);
            return;
        }
        case 'f':
            w.pos = w.buf.writeFloatBE(num(type, value), w.pos);
            return;
        case 'd':
            w.pos = w.buf.writeDoubleBE(num(type, value), w.pos);
            return;
        case 'D': {
            const d = value;
            if (typeof d !== 'object' || d === null)
                throw badValue(type, value);
            w.buf.writeUInt8(d.scale, w.pos);
            w.pos = w.buf.writeUInt32BE(d.value, w.pos + 1);
            return;
        }
        case 'S':
            if (typeof value !== 'string' && !(value instanceof Uint8Array))
                throw badValue(type, value);
            w.longstr(value);
            return;
        case 'x':
            if (!(value instanceof Uint8Array))
                throw badValue(type, value);
            w.longstr(value);
            return;
        case 'F':
            if (typeof value !== 'object' || value === null)
                throw badValue(type, value);
            writeTable(w, value, depth + 1);
            return;
        case 'A':
            if (!Array.isArray(value))
                throw badValue(type, value);
            writeArray(w, value, depth + 1);
            return;
        case 'V':
            return;
        default:
            throw syntaxError(`unknown field type '${type}'`);
    }
}
function num(type, v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    throw badValue(type, v);
}
function big(type, v) {
    if (typeof v === 'bigint')
        return v;
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    throw badValue(type, v);
}
// ---- typed form -> encodable form ----
/** Turns a decoded typed table into Typed values, so encodeTable reproduces the exact bytes. */
export function typedToTable(table) {
    const out = {};
    for (const key of Object.keys(table)) {
        const t = fieldToTyped(table[key]);
        if (key === '__proto__')
            Object.defineProperty(out, key, { value: t, enumerable: true, writable: true });
        else
            out[key] = t;
    }
    return out;
}
export function fieldToTyped(f) {
    if (f.type === 'F')
        return new Typed('F', typedToTable(f.value));
    if (f.type === 'A')
        return new Typed('A', f.value.map(fieldToTyped));
    return new Typed(f.type, f.value);
}
//# sourceMappingURL=field-table.js.map