// How a Redis stream entry is stored: as an AMQP-format stream record, so that an AMQP stream consumer of the
// same queue reads it as a message, and how any AMQP-format record reads back as a Redis entry.
//
//   XADD orders * sku 42 qty 1   ->  headers {sku: "42", qty: "1", x-redis-id: "1700000000000-0"}, body empty
//   XADD orders * body hello k v ->  headers {body: void, k: "v", x-redis-id: ...}, body "hello"
//
// - Each field is a header of the same name, its value a long string (a byte array when the value is not
//   UTF-8); a field named `body` is the message body, its place among the fields kept by a void header.
// - When headers cannot hold the fields exactly (a name repeated, longer than 255 bytes, not UTF-8, made of
//   digits only (JavaScript would reorder it), or one of Wharf's own header names) the whole field list goes
//   into the array header `x-redis-fields` (name, value, name, value, ...) and the body stays empty.
// - `x-redis-id` holds the entry ID. A message published over AMQP has none: its ID comes from its arrival
//   time (entry-index.ts), its headers become fields (numbers and other values as text) and its body the last
//   field, `body`.
// The engine reads and writes the properties through its PropertiesFormat: no AMQP code here.
import { isUtf8 } from 'node:buffer';
import { decodeHead, encodeHead, HEADER_BYTES, HEADER_TEXT, HEADER_VOID, headFlags, headPrefix, } from '../../broker/index.js';
import { MAX_STREAM_ID_TEXT } from '../codec/index.js';
export const ID_HEADER = 'x-redis-id';
export const FIELDS_HEADER = 'x-redis-fields';
const BODY = 'body';
const EMPTY = Buffer.alloc(0);
const RESERVED = [ID_HEADER, FIELDS_HEADER, 'x-stream-offset'].map((n) => Buffer.from(n));
const ID_NAME = Buffer.from(ID_HEADER);
const BODY_NAME = Buffer.from(BODY);
/** Made of digits only (a canonical array index: a JavaScript object would move it to the front). */
function allDigits(f) {
    if (f.length > 1 && f[0] === 0x30)
        return false;
    for (let i = 0; i < f.length; i++)
        if (f[i] < 0x30 || f[i] > 0x39)
            return false;
    return true;
}
function needsList(fields, from) {
    for (let i = from; i < fields.length; i += 2) {
        const f = fields[i];
        if (f.length > 255 || f.length === 0)
            return true;
        // not UTF-8: a header name could not hold it exactly
        if (!isUtf8(f))
            return true;
        if (allDigits(f))
            return true;
        // the reserved names all start with `x-`: most field names are told apart by two bytes
        if (f[0] === 0x78 && f[1] === 0x2d)
            for (const r of RESERVED)
                if (f.equals(r))
                    return true;
        // a repeated name; entries have few fields, so comparing beats hashing their names
        for (let j = from; j < i; j += 2)
            if (fields[j].equals(f))
                return true;
    }
    return false;
}
function valueOf(v) {
    // a strict validation (no round trip through a string and back): what decodes back to the same bytes
    return isUtf8(v) ? v.toString('utf8') : Buffer.from(v);
}
/** Bytes of EntryEncoder's head buffer: entries of a few small fields fit (larger ones get their own). */
const HEAD_SCRATCH = 4096;
/**
 * Encodes entries one after the other (XADD's hot path): the arrays it hands format.encodeHeaders, the head
 * of an entry that fits HEAD_SCRATCH and the result it returns are reused from one entry to the next, so use
 * the result (append it to the log, which copies it) before the next encode().
 */
export class EntryEncoder {
    format;
    /** room for an ID's text (codec writeStreamId), which encode() copies: the caller's scratch */
    idText = Buffer.allocUnsafe(MAX_STREAM_ID_TEXT);
    names = [];
    values = [];
    kinds = new Uint8Array(8);
    out = { head: EMPTY, body: EMPTY, flags: 0 };
    /** the head of an entry that fits, written here: the log copies it at once */
    head = Buffer.allocUnsafe(HEAD_SCRATCH);
    constructor(format) {
        this.format = format;
    }
    /**
     * The record head and body of an entry with this ID (its text, ASCII) and the fields fields[from..] (name,
     * value, ...). The common case (distinct, plain names) goes through format.encodeHeaders, straight from the
     * client's bytes; the same properties encode() would make from the objects.
     */
    encode(key, id, fields, from, nowMs, 
    /** headPrefix('', key), when the caller keeps it (one per stream) */
    head = headPrefix('', key)) {
        const out = this.out;
        out.body = EMPTY;
        const timestamp = Math.floor(nowMs / 1000);
        if (needsList(fields, from)) {
            const properties = this.format.encode({
                headers: {
                    [FIELDS_HEADER]: fields.slice(from).map((f) => valueOf(f)),
                    [ID_HEADER]: id.toString('latin1'),
                },
                delivery_mode: 2,
                timestamp,
            });
            const msg = { exchange: '', routingKey: key, properties, ttl: undefined };
            out.head = encodeHead(msg);
            out.flags = headFlags(msg);
            return out;
        }
        const n = (fields.length - from) / 2 + 1;
        if (this.kinds.length < n)
            this.kinds = new Uint8Array(n * 2);
        const { names, values, kinds } = this;
        for (let i = from, k = 0; i < fields.length; i += 2, k++) {
            const name = fields[i];
            names[k] = name;
            if (name.length === 4 && name.equals(BODY_NAME)) {
                kinds[k] = HEADER_VOID;
                values[k] = EMPTY;
                out.body = fields[i + 1];
            }
            else {
                const v = fields[i + 1];
                values[k] = v;
                kinds[k] = isUtf8(v) ? HEADER_TEXT : HEADER_BYTES;
            }
        }
        names[n - 1] = ID_NAME;
        values[n - 1] = id;
        kinds[n - 1] = HEADER_TEXT;
        out.head = this.format.encodeHeaders(names, values, kinds, 2, timestamp, head.prefix, n, this.head);
        out.flags = head.flags;
        // the client's bytes are slices of a whole socket read: hold none of them past this entry
        for (let k = 0; k < n; k++)
            names[k] = values[k] = EMPTY;
        return out;
    }
}
/** EntryEncoder.encode of one entry, its ID given as text. */
export function encodeEntry(format, key, id, fields, nowMs) {
    return new EntryEncoder(format).encode(key, Buffer.from(id, 'latin1'), fields, 0, nowMs);
}
function bytes(v) {
    if (Buffer.isBuffer(v))
        return v;
    if (v instanceof Uint8Array)
        return Buffer.from(v);
    if (typeof v === 'string')
        return Buffer.from(v);
    if (v === null || v === undefined)
        return EMPTY;
    if (typeof v === 'object')
        return Buffer.from(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x)));
    return Buffer.from(String(v));
}
/** The entry an AMQP-format record holds (its head and body as stored, its flags for the head layout). */
export function decodeEntry(format, flags, head, body) {
    const { properties } = decodeHead(head, flags);
    const headers = format.headers(properties) ?? {};
    const idValue = headers[ID_HEADER];
    const id = idValue === undefined ? undefined : bytes(idValue).toString('latin1');
    const list = headers[FIELDS_HEADER];
    if (id !== undefined && Array.isArray(list))
        return { id, fields: list.map(bytes) };
    const fields = [];
    let sawBody = false;
    for (const [name, v] of Object.entries(headers)) {
        if (name === ID_HEADER || name === 'x-stream-offset')
            continue;
        if (id !== undefined && name === FIELDS_HEADER)
            continue;
        fields.push(Buffer.from(name));
        if (name === BODY && (v === null || v === undefined)) {
            sawBody = true;
            fields.push(body);
        }
        else
            fields.push(bytes(v));
    }
    // a message published over AMQP: its body is the last field
    if (!sawBody && (id === undefined || body.length > 0))
        fields.push(Buffer.from(BODY), body);
    return { id, fields };
}
//# sourceMappingURL=entry-record.js.map