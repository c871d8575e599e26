import { malformed, truncated } from './codec-error.js';
// A bounds-checked cursor over one request frame (or one tagged field's window inside it). Every
// read checks against `end` first and throws KafkaCodecError, so a lying length can never make a
// decoder read past the frame, allocate from an attacker's count, or loop forever.
//
// Two kinds of varint live here and must not be mixed:
// - uvarint: unsigned LEB128, used by flexible versions for compact lengths (N+1) and tag headers;
// - varint / varlong: zigzag-signed (protobuf sint32/sint64), used inside RecordBatch v2 records.
//
// Strings decode as UTF-8; bytes and records come back as subarrays of the frame (no copy), so
// they keep the frame's memory alive as long as they are held.
const TWO_32 = 4294967296;
// int64 values decode to JS numbers; beyond ±2^53 they would silently lose precision, so they are
// refused instead. Offsets, timestamps and producer ids all fit with room to spare.
const MAX_SAFE_HI = 0x1fffff;
export class Reader {
    buf;
    pos;
    end;
    constructor(buf, start = 0, end = buf.length) {
        this.buf = buf;
        if (start < 0 || end > buf.length || start > end)
            throw malformed('reader window outside the buffer');
        this.pos = start;
        this.end = end;
    }
    get remaining() {
        return this.end - this.pos;
    }
    need(n, what) {
        if (this.pos + n > this.end)
            throw truncated(what);
    }
    skip(n) {
        if (n < 0)
            throw malformed('negative skip');
        this.need(n, 'skipped field');
        this.pos += n;
    }
    /** Throws unless every byte of the window was consumed (a request with trailing bytes is malformed). */
    done(what) {
        if (this.pos !== this.end)
            throw malformed(`${this.end - this.pos} trailing bytes after ${what}`);
    }
    bool() {
        this.need(1, 'bool');
        return this.buf[this.pos++] !== 0;
    }
    int8() {
        this.need(1, 'int8');
        return this.buf.readInt8(this.pos++);
    }
    int16() {
        this.need(2, 'int16');
        const v = this.buf.readInt16BE(this.pos);
        this.pos += 2;
        return v;
    }
    uint16() {
        this.need(2, 'uint16');
        const v = this.buf.readUInt16BE(this.pos);
        this.pos += 2;
        return v;
    }
    int32() {
        this.need(4, 'int32');
        const v = this.buf.readInt32BE(this.pos);
        this.pos += 4;
        return v;
    }
    uint32() {
        this.need(4, 'uint32');
        const v = this.buf.readUInt32BE(this.pos);
        this.pos += 4;
        return v;
    }
    int64() {
        this.need(8, 'int64');
        const hi = this.buf.readInt32BE(this.pos);
        if (hi > MAX_SAFE_HI || hi < -MAX_SAFE_HI - 1)
            throw malformed('int64 outside the safe integer range');
        const v = hi * TWO_32 + this.buf.readUInt32BE(this.pos + 4);
        this.pos += 8;
        return v;
    }
    float64() {
        this.need(8, 'float64');
        const v = this.buf.readDoubleBE(this.pos);
        this.pos += 8;
        return v;
    }
    /** Unsigned varint of at most 32 bits (5 bytes): flexible-version lengths and tags. */
    uvarint() {
        let v = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            if (this.pos >= this.end)
                throw truncated('unsigned varint');
            const b = this.buf[this.pos++];
            v += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0) {
                if (v > 0xffffffff)
                    throw malformed('unsigned varint above 32 bits');
                return v;
            }
        }
        throw malformed('unsigned varint longer than 5 bytes');
    }
    /** Zigzag-signed 32-bit varint (record fields). */
    varint() {
        const u = this.uvarint();
        return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
    }
    /** Zigzag-signed 64-bit varint (record timestamp deltas), as a safe JS number. */
    varlong() {
        let v = 0;
        for (let shift = 0; shift < 70; shift += 7) {
            if (this.pos >= this.end)
                throw truncated('varlong');
            const b = this.buf[this.pos++];
            v += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0) {
                // Zigzag doubles the magnitude: up to 2^53 raw is exact, i.e. |value| <= 2^52.
                if (v > 2 ** 53)
                    throw malformed('varlong outside the safe integer range');
                return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
            }
        }
        throw malformed('varlong longer than 10 bytes');
    }
    /** A length prefix: int16/int32 classic, or uvarint N+1 when compact. -1 means null. */
    length(compact, wide, what) {
        let n;
        if (compact)
            n = this.uvarint() - 1;
        else if (wide)
            n = this.int32();
        else
            n = this.int16();
        if (n < -1)
            throw malformed(`negative ${what} length ${n}`);
        if (n > this.end - this.pos)
            throw truncated(what);
        return n;
    }
    nullableString(compact) {
        const n = this.length(compact, false, 'string');
        if (n < 0)
            return null;
        const s = this.buf.toString('utf8', this.pos, this.pos + n);
        this.pos += n;
        return s;
    }
    string(compact) {
        const s = this.nullableString(compact);
        if (s === null)
            throw malformed('null in a non-nullable string');
        return s;
    }
    nullableBytes(compact) {
        const n = this.length(compact, true, 'bytes');
        if (n < 0)
            return null;
        const b = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return b;
    }
    bytes(compact) {
        const b = this.nullableBytes(compact);
        if (b === null)
            throw malformed('null in non-nullable bytes');
        return b;
    }
    /** A `records` field: length-prefixed bytes holding record batches, kept as a subarray. */
    records(compact) {
        return this.nullableBytes(compact);
    }
    /** 16 raw bytes (Kafka's Uuid: two big-endian int64s). */
    uuid() {
        this.need(16, 'uuid');
        const b = this.buf.subarray(this.pos, this.pos + 16);
        this.pos += 16;
        return b;
    }
    /**
     * An array count: int32 classic or uvarint N+1 compact; -1 means null. Every element takes at
     * least one byte on the wire, so a count above the bytes left is a lie caught before any loop.
     */
    arrayLength(compact) {
        const n = compact ? this.uvarint() - 1 : this.int32();
        if (n < -1)
            throw malformed(`negative array length ${n}`);
        if (n > this.end - this.pos)
            throw truncated('array');
        return n;
    }
    nullableArray(compact, v, read) {
        const n = this.arrayLength(compact);
        if (n < 0)
            return null;
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(read(this, v));
        return out;
    }
    array(compact, v, read) {
        const a = this.nullableArray(compact, v, read);
        if (a === null)
            throw malformed('null in a non-nullable array');
        return a;
    }
    /**
     * Narrows the window to the next `size` bytes (one tagged field) and returns the outer end, to
     * hand back to leaveTagged. A tagged field is read inside its window and the rest is skipped:
     * a newer peer may append to a tagged struct.
     */
    enterTagged(size) {
        this.need(size, 'tagged field');
        const outer = this.end;
        this.end = this.pos + size;
        return outer;
    }
    /** Skips a tagged-field section in which this struct knows no tags. */
    skipTaggedFields() {
        for (let n = this.uvarint(); n > 0; n--) {
            this.uvarint(); // tag
            this.skip(this.uvarint());
        }
    }
    leaveTagged(outer) {
        this.pos = this.end;
        this.end = outer;
    }
}
// Element readers for arrays of primitives, shared by the generated decoders.
export const readInt8 = (r) => r.int8();
export const readInt16 = (r) => r.int16();
export const readUint16 = (r) => r.uint16();
export const readInt32 = (r) => r.int32();
export const readUint32 = (r) => r.uint32();
export const readInt64 = (r) => r.int64();
export const readFloat64 = (r) => r.float64();
export const readBool = (r) => r.bool();
export const readUuid = (r) => r.uuid();
export const readStringClassic = (r) => r.string(false);
export const readStringCompact = (r) => r.string(true);
//# sourceMappingURL=reader.js.map