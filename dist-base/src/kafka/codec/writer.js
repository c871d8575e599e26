import { encodeError } from './codec-error.js';
// The output side: one growable buffer per response (never one allocation per field), plus
// zero-copy chunks for large `records` blobs. A Fetch response is mostly stored record batches;
// copying them into the response buffer would double the memory traffic, so `records()` above
// ZERO_COPY_MIN leaves them where they are and `chunks()` returns the list for a vectored write.
//
// Varints: `uvarint` is the unsigned kind of flexible versions; `varint`/`varlong` are the
// zigzag-signed kind of record fields (see reader.ts).
const TWO_32 = 4294967296;
/** Blobs at least this long are referenced instead of copied. */
export const ZERO_COPY_MIN = 4096;
export class Writer {
    buf;
    /** Write position in `buf`. */
    pos = 0;
    /** Start of the part of `buf` not yet handed to `chunks`. */
    mark = 0;
    done = [];
    doneBytes = 0;
    /** @param size initial capacity in bytes (default 256); doubles as needed. */
    constructor(size = 256) {
        this.buf = Buffer.allocUnsafe(size);
    }
    /** Bytes written so far, chunks included. */
    get length() {
        return this.doneBytes + this.pos - this.mark;
    }
    ensure(n) {
        if (this.pos + n <= this.buf.length)
            return;
        // Only the unflushed tail moves; earlier chunks keep pointing into the old buffer.
        const live = this.pos - this.mark;
        let size = this.buf.length * 2;
        while (size < live + n)
            size *= 2;
        const next = Buffer.allocUnsafe(size);
        this.buf.copy(next, 0, this.mark, this.pos);
        this.buf = next;
        this.mark = 0;
        this.pos = live;
    }
    int8(v) {
        this.ensure(1);
        this.pos = this.buf.writeInt8(v, this.pos);
    }
    bool(v) {
        this.ensure(1);
        this.buf[this.pos++] = v ? 1 : 0;
    }
    int16(v) {
        this.ensure(2);
        this.pos = this.buf.writeInt16BE(v, this.pos);
    }
    uint16(v) {
        this.ensure(2);
        this.pos = this.buf.writeUInt16BE(v, this.pos);
    }
    int32(v) {
        this.ensure(4);
        this.pos = this.buf.writeInt32BE(v, this.pos);
    }
    uint32(v) {
        this.ensure(4);
        this.pos = this.buf.writeUInt32BE(v, this.pos);
    }
    int64(v) {
        if (!Number.isSafeInteger(v))
            throw encodeError(`not a safe int64: ${v}`);
        this.ensure(8);
        const hi = Math.floor(v / TWO_32);
        this.buf.writeInt32BE(hi, this.pos);
        this.buf.writeUInt32BE(v - hi * TWO_32, this.pos + 4);
        this.pos += 8;
    }
    float64(v) {
        this.ensure(8);
        this.pos = this.buf.writeDoubleBE(v, this.pos);
    }
    uvarint(v) {
        if (!Number.isInteger(v) || v < 0 || v > 0xffffffff)
            throw encodeError(`not a uint32 varint: ${v}`);
        this.ensure(5);
        while (v >= 0x80) {
            this.buf[this.pos++] = (v & 0x7f) | 0x80;
            v = Math.floor(v / 128);
        }
        this.buf[this.pos++] = v;
    }
    varint(v) {
        if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff)
            throw encodeError(`not an int32 varint: ${v}`);
        this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
    }
    varlong(v) {
        // Zigzag doubles the magnitude, which must stay exact: |v| <= 2^52 (timestamps are ~2^41).
        if (!Number.isInteger(v) || Math.abs(v) > 2 ** 52)
            throw encodeError(`varlong out of range: ${v}`);
        let u = v >= 0 ? v * 2 : -v * 2 - 1;
        this.ensure(10);
        while (u >= 0x80) {
            this.buf[this.pos++] = (u % 128) | 0x80;
            u = Math.floor(u / 128);
        }
        this.buf[this.pos++] = u;
    }
    lengthPrefix(n, compact, wide) {
        if (compact)
            this.uvarint(n + 1);
        else if (wide)
            this.int32(n);
        else if (n > 0x7fff)
            throw encodeError(`string longer than 32767 bytes`);
        else
            this.int16(n);
    }
    nullableString(s, compact) {
        if (s === null)
            return this.lengthPrefix(-1, compact, false);
        const n = Buffer.byteLength(s, 'utf8');
        this.lengthPrefix(n, compact, false);
        this.ensure(n);
        this.pos += this.buf.write(s, this.pos, 'utf8');
    }
    string(s, compact) {
        if (s === null || s === undefined)
            throw encodeError('null in a non-nullable string');
        this.nullableString(s, compact);
    }
    nullableBytes(b, compact) {
        if (b === null)
            return this.lengthPrefix(-1, compact, true);
        this.lengthPrefix(b.length, compact, true);
        this.raw(b);
    }
    bytes(b, compact) {
        if (b === null || b === undefined)
            throw encodeError('null in non-nullable bytes');
        this.nullableBytes(b, compact);
    }
    /** A `records` field: one blob, or several stored batches sent back to back (null = -1). */
    records(r, compact) {
        if (r === null || !Array.isArray(r))
            return this.nullableBytes(r, compact);
        let n = 0;
        for (const b of r)
            n += b.length;
        this.lengthPrefix(n, compact, true);
        for (const b of r)
            this.raw(b);
    }
    uuid(u) {
        if (u.length !== 16)
            throw encodeError(`a uuid is 16 bytes, not ${u.length}`);
        this.raw(u);
    }
    arrayLength(n, compact) {
        if (compact)
            this.uvarint(n + 1);
        else
            this.int32(n);
    }
    nullableArray(a, compact, v, write) {
        if (a === null)
            return this.arrayLength(-1, compact);
        this.arrayLength(a.length, compact);
        for (const x of a)
            write(this, x, v);
    }
    array(a, compact, v, write) {
        if (a === null || a === undefined)
            throw encodeError('null in a non-nullable array');
        this.nullableArray(a, compact, v, write);
    }
    /** Appends bytes: copied when small, referenced as their own chunk when large. */
    raw(b) {
        if (b.length >= ZERO_COPY_MIN) {
            this.flush();
            this.done.push(Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.length));
            this.doneBytes += b.length;
            return;
        }
        this.ensure(b.length);
        this.buf.set(b, this.pos);
        this.pos += b.length;
    }
    flush() {
        if (this.pos === this.mark)
            return;
        this.done.push(this.buf.subarray(this.mark, this.pos));
        this.doneBytes += this.pos - this.mark;
        this.mark = this.pos;
    }
    /**
     * Starts a field whose unsigned-varint size precedes it (a tagged field). Reserves one byte and
     * returns the field's absolute start; endSized moves the field along if its size needs more.
     * Must not span a zero-copy chunk (tagged fields never hold records).
     */
    beginSized() {
        this.ensure(1);
        this.pos += 1;
        return this.length;
    }
    endSized(startAbs) {
        if (startAbs < this.doneBytes)
            throw encodeError('sized field spans a zero-copy chunk');
        const start = this.mark + startAbs - this.doneBytes;
        const size = this.pos - start;
        let extra = 0;
        for (let s = size; s >= 0x80; s = Math.floor(s / 128))
            extra++;
        if (extra > 0) {
            const shift = this.pos - start;
            this.ensure(extra);
            // ensure may have moved the unflushed bytes to the front of a new buffer
            const from = this.pos - shift;
            this.buf.copy(this.buf, from + extra, from, this.pos);
            const end = this.pos + extra;
            this.pos = from - 1;
            this.uvarint(size);
            this.pos = end;
            return;
        }
        this.buf[start - 1] = size;
    }
    /** Reserves an int32 at the current position (a frame size); fill it with patchInt32. */
    reserveInt32() {
        const at = this.length;
        this.int32(0);
        return at;
    }
    /** Writes an int32 at an absolute offset already written (see reserveInt32). */
    patchInt32(at, v) {
        let base = 0;
        for (const c of this.done) {
            if (at < base + c.length) {
                if (at + 4 > base + c.length)
                    throw encodeError('patched int32 straddles a chunk');
                c.writeInt32BE(v, at - base);
                return;
            }
            base += c.length;
        }
        this.buf.writeInt32BE(v, this.mark + at - base);
    }
    /** The output as a list of buffers for a vectored socket write; big blobs are not copied. */
    chunks() {
        this.flush();
        return this.done.slice();
    }
    /** The output as one buffer (copies; for tests and small messages). */
    toBuffer() {
        return Buffer.concat(this.chunks(), this.length);
    }
}
// Element writers for arrays of primitives, shared by the generated encoders.
export const writeInt8 = (w, x) => w.int8(x);
export const writeInt16 = (w, x) => w.int16(x);
export const writeUint16 = (w, x) => w.uint16(x);
export const writeInt32 = (w, x) => w.int32(x);
export const writeUint32 = (w, x) => w.uint32(x);
export const writeInt64 = (w, x) => w.int64(x);
export const writeFloat64 = (w, x) => w.float64(x);
export const writeBool = (w, x) => w.bool(x);
export const writeUuid = (w, x) => w.uuid(x);
export const writeStringClassic = (w, x) => w.string(x, false);
export const writeStringCompact = (w, x) => w.string(x, true);
//# sourceMappingURL=writer.js.map