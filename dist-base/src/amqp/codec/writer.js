import { syntaxError } from './errors.js';
// A growable output buffer for encoders whose size is not known up front (methods with
// tables, field tables, property lists). Hot fixed-layout frames (basic.deliver and
// friends) bypass it and size their buffer exactly; see frame-writer.ts.
//
// Writes go through Buffer's checked write methods, so out-of-range numbers throw a
// RangeError instead of silently wrapping on the wire.
const TWO_32 = 4294967296;
export class Writer {
    buf;
    pos = 0;
    /** @param size initial capacity in bytes (default 1024); the buffer doubles as needed. */
    constructor(size = 1024) {
        this.buf = Buffer.allocUnsafe(size);
    }
    ensure(n) {
        if (this.pos + n > this.buf.length)
            this.grow(this.pos + n);
    }
    grow(min) {
        let size = this.buf.length * 2;
        while (size < min)
            size *= 2;
        const next = Buffer.allocUnsafe(size);
        this.buf.copy(next, 0, 0, this.pos);
        this.buf = next;
    }
    u8(v) {
        this.ensure(1);
        this.pos = this.buf.writeUInt8(v, this.pos);
    }
    u16(v) {
        this.ensure(2);
        this.pos = this.buf.writeUInt16BE(v, this.pos);
    }
    u32(v) {
        this.ensure(4);
        this.pos = this.buf.writeUInt32BE(v, this.pos);
    }
    /** Unsigned 64-bit from a safe non-negative integer (delivery tags, body sizes, timestamps). */
    u64(v) {
        if (!Number.isSafeInteger(v) || v < 0)
            throw syntaxError(`not a uint64: ${v}`);
        this.ensure(8);
        this.buf.writeUInt32BE(Math.floor(v / TWO_32), this.pos);
        this.buf.writeUInt32BE(v >>> 0, this.pos + 4);
        this.pos += 8;
    }
    shortstr(s) {
        // Worst case 3 bytes per UTF-16 unit; write first, then check, to scan the string once.
        this.ensure(1 + s.length * 3);
        const n = this.buf.write(s, this.pos + 1, 'utf8');
        if (n > 255)
            throw syntaxError(`shortstr longer than 255 bytes: ${s.slice(0, 40)}...`);
        this.buf[this.pos] = n;
        this.pos += 1 + n;
    }
    longstr(s) {
        if (typeof s === 'string') {
            this.ensure(4 + s.length * 3);
            const n = this.buf.write(s, this.pos + 4, 'utf8');
            this.buf.writeUInt32BE(n, this.pos);
            this.pos += 4 + n;
        }
        else {
            this.u32(s.length);
            this.bytes(s);
        }
    }
    /**
     * A longstr holding a byte string: one char per byte (latin1), as method longstr fields
     * are decoded, so binary SASL responses survive. Chars above U+00FF are refused rather
     * than truncated.
     */
    longstrBytes(s) {
        if (typeof s !== 'string') {
            this.longstr(s);
            return;
        }
        for (let i = 0; i < s.length; i++) {
            if (s.charCodeAt(i) > 0xff)
                throw syntaxError('longstr byte string has a char above U+00FF');
        }
        this.ensure(4 + s.length);
        this.buf.writeUInt32BE(s.length, this.pos);
        this.pos += 4 + this.buf.write(s, this.pos + 4, 'latin1');
    }
    bytes(b) {
        this.ensure(b.length);
        this.buf.set(b, this.pos);
        this.pos += b.length;
    }
    /** Drops a buffer grown past `max` bytes (for long-lived scratch writers: don't pin a huge one). */
    shrink(max = 1 << 20, size = 4096) {
        if (this.buf.length > max)
            this.buf = Buffer.allocUnsafe(size);
    }
    /** A copy of what was written; the writer can then be reset and reused. */
    toBuffer() {
        const out = Buffer.allocUnsafe(this.pos);
        this.buf.copy(out, 0, 0, this.pos);
        return out;
    }
}
//# sourceMappingURL=writer.js.map