import { formatDouble17g } from './format-double.js';
import { MAX_STREAM_ID_TEXT, writeStreamId } from './stream-id.js';
// Writes replies for one connection into one growable buffer per batch (a tick's worth of
// replies), in RESP2 or RESP3 through the same calls, the way Redis's addReply* functions do
// (redis 7.0.15 src/networking.c):
//
//   RESP3 type   RESP3 bytes          RESP2 bytes
//   null         _\r\n                $-1\r\n  (nullArray(): *-1\r\n)
//   map n        %n\r\n               *2n\r\n  (flat key/value array)
//   set n        ~n\r\n               *n\r\n
//   push n       >n\r\n               *n\r\n
//   double       ,<%.17g>\r\n         bulk string of the same text
//   boolean      #t\r\n / #f\r\n      :1\r\n / :0\r\n
//   verbatim     =len\r\ntxt:...\r\n  bulk string of the text alone
//   big number   (digits\r\n          bulk string of the digits
//
// Callers write aggregate headers then their elements; the writer does not track nesting.
const CRLF = 0x0a0d; // little-endian "\r\n" for writeUInt16LE
const INITIAL = 16 * 1024;
export class ReplyWriter {
    protocol;
    buf;
    len = 0;
    /** bulkStreamId's scratch for the ID text */
    idText;
    constructor(protocol = 2, initialSize = INITIAL) {
        this.protocol = protocol;
        this.buf = Buffer.allocUnsafe(initialSize);
    }
    /** Bytes written since the last take(). */
    get length() {
        return this.len;
    }
    /**
     * The batch written so far, as a copy; the writer starts a new batch and keeps its buffer.
     * A copy lets the socket hold the bytes while the next batch is written.
     */
    take() {
        const out = Buffer.from(this.buf.subarray(0, this.len));
        this.len = 0;
        return out;
    }
    /** Appends the batch written so far to `to` and starts a new batch: take() then to.raw() without the copy between. */
    moveTo(to) {
        to.reserve(this.len);
        this.buf.copy(to.buf, to.len, 0, this.len);
        to.len += this.len;
        this.len = 0;
    }
    /** `+text` (no CR or LF in text). */
    simple(text) {
        return this.lineWithPrefix(0x2b, text);
    }
    /**
     * An error line. `text` starts with its code (`ERR ...`, `NOGROUP ...`); like Redis's
     * addReplyError, a text not starting with '-' is sent as is after the '-', and CR/LF inside
     * become spaces so the reply stays one line.
     */
    error(text) {
        const bytes = typeof text === 'string' ? Buffer.from(text) : text;
        const start = bytes.length > 0 && bytes[0] === 0x2d ? 1 : 0;
        this.reserve(bytes.length + 3);
        this.buf[this.len++] = 0x2d;
        for (let i = start; i < bytes.length; i++) {
            const c = bytes[i];
            this.buf[this.len++] = c === 0x0d || c === 0x0a ? 0x20 : c;
        }
        this.buf.writeUInt16LE(CRLF, this.len);
        this.len += 2;
        return this;
    }
    /** An already complete error line from the codec (e.g. RespProtocolError.reply). */
    raw(bytes) {
        this.reserve(bytes.length);
        this.len += bytes.copy(this.buf, this.len);
        return this;
    }
    integer(n) {
        return typeof n === 'bigint' ? this.lineWithPrefix(0x3a, n.toString()) : this.header(0x3a, n);
    }
    /** `$len\r\n...\r\n`; strings are UTF-8. */
    bulk(value) {
        if (typeof value === 'string' && value.length <= 64 && this.shortAsciiBulk(value))
            return this;
        if (typeof value === 'string') {
            const n = Buffer.byteLength(value);
            this.header(0x24, n);
            this.reserve(n + 2);
            this.len += this.buf.write(value, this.len);
        }
        else {
            this.header(0x24, value.length);
            this.reserve(value.length + 2);
            this.len += value.copy(this.buf, this.len);
        }
        this.buf.writeUInt16LE(CRLF, this.len);
        this.len += 2;
        return this;
    }
    /** A stream ID as a bulk string (`ms-seq`) without building the joined string. */
    bulkStreamId(id) {
        const text = (this.idText ??= Buffer.allocUnsafe(MAX_STREAM_ID_TEXT));
        const n = writeStreamId(id, text, 0);
        this.header(0x24, n);
        this.reserve(n + 2);
        const buf = this.buf;
        let at = this.len;
        for (let i = 0; i < n; i++)
            buf[at++] = text[i];
        buf[at++] = 0x0d;
        buf[at++] = 0x0a;
        this.len = at;
        return this;
    }
    /** Short strings are mostly ASCII names and values: copied by char code, no encoder call. */
    shortAsciiBulk(value) {
        const n = value.length;
        for (let i = 0; i < n; i++)
            if (value.charCodeAt(i) > 0x7f)
                return false;
        this.header(0x24, n);
        this.reserve(n + 2);
        const buf = this.buf;
        let at = this.len;
        for (let i = 0; i < n; i++)
            buf[at++] = value.charCodeAt(i);
        buf[at++] = 0x0d;
        buf[at++] = 0x0a;
        this.len = at;
        return true;
    }
    writeDigits(n) {
        if (n > 0x7fffffff) {
            const text = String(n);
            for (let i = 0; i < text.length; i++)
                this.buf[this.len++] = text.charCodeAt(i);
            return;
        }
        let at = this.len + digitCount(n);
        this.len = at;
        do {
            this.buf[--at] = 0x30 + (n % 10);
            n = (n / 10) | 0;
        } while (n > 0);
    }
    /** The null of addReplyNull: `$-1` in RESP2. */
    null() {
        return this.protocol === 2 ? this.ascii('$-1\r\n') : this.ascii('_\r\n');
    }
    /** The null of addReplyNullArray: `*-1` in RESP2 (e.g. XREAD timing out). */
    nullArray() {
        return this.protocol === 2 ? this.ascii('*-1\r\n') : this.ascii('_\r\n');
    }
    array(n) {
        return this.header(0x2a, n);
    }
    /** n key/value pairs follow. */
    map(n) {
        return this.protocol === 2 ? this.header(0x2a, n * 2) : this.header(0x25, n);
    }
    set(n) {
        return this.header(this.protocol === 2 ? 0x2a : 0x7e, n);
    }
    push(n) {
        return this.header(this.protocol === 2 ? 0x2a : 0x3e, n);
    }
    double(x) {
        const text = formatDouble17g(x);
        return this.protocol === 2 ? this.bulk(text) : this.lineWithPrefix(0x2c, text);
    }
    boolean(b) {
        if (this.protocol === 2)
            return this.ascii(b ? ':1\r\n' : ':0\r\n');
        return this.ascii(b ? '#t\r\n' : '#f\r\n');
    }
    /** `format` is three characters (txt, mkd), padded with spaces as Redis does. */
    verbatim(text, format = 'txt') {
        if (this.protocol === 2)
            return this.bulk(text);
        const body = typeof text === 'string' ? Buffer.from(text) : text;
        this.header(0x3d, body.length + 4);
        this.ascii(`${format.padEnd(3, ' ').slice(0, 3)}:`);
        this.reserve(body.length + 2);
        this.len += body.copy(this.buf, this.len);
        this.buf.writeUInt16LE(CRLF, this.len);
        this.len += 2;
        return this;
    }
    bigNumber(digits) {
        const text = typeof digits === 'bigint' ? digits.toString() : digits;
        return this.protocol === 2 ? this.bulk(text) : this.lineWithPrefix(0x28, text);
    }
    /** `<prefix><n>\r\n` with the digits written in place: every aggregate and bulk has one. */
    header(prefix, n) {
        if (!Number.isSafeInteger(n))
            throw new RangeError(`not an exact integer: ${n}`);
        this.reserve(20);
        const buf = this.buf;
        buf[this.len++] = prefix;
        if (n < 0) {
            buf[this.len++] = 0x2d;
            n = -n;
        }
        this.writeDigits(n);
        buf[this.len++] = 0x0d;
        buf[this.len++] = 0x0a;
        return this;
    }
    lineWithPrefix(prefix, text) {
        this.reserve(text.length * 3 + 3);
        this.buf[this.len++] = prefix;
        this.len += this.buf.write(text, this.len);
        this.buf.writeUInt16LE(CRLF, this.len);
        this.len += 2;
        return this;
    }
    ascii(text) {
        this.reserve(text.length);
        this.len += this.buf.write(text, this.len, 'latin1');
        return this;
    }
    reserve(n) {
        if (this.len + n <= this.buf.length)
            return;
        let size = this.buf.length * 2;
        while (size < this.len + n)
            size *= 2;
        const next = Buffer.allocUnsafe(size);
        this.buf.copy(next, 0, 0, this.len);
        this.buf = next;
    }
}
/** Digits of a non-negative int32. */
function digitCount(n) {
    let digits = 1;
    for (let x = n; x >= 10; x = (x / 10) | 0)
        digits++;
    return digits;
}
//# sourceMappingURL=reply-writer.js.map