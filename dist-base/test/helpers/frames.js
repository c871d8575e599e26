const FRAME_END = 0xce;
/**
 * Records every frame received from now on. amqplib pulls bytes with stream.read(), so
 * wrapping that one method sees the byte stream without changing what amqplib gets.
 * Install it right after connect, when the handshake has left no partial frame behind.
 */
export function tapFrames(model) {
    const conn = model.connection;
    const frames = [];
    let buf = Buffer.from(conn.rest ?? Buffer.alloc(0));
    const read = conn.stream.read.bind(conn.stream);
    conn.stream.read = (...args) => {
        const chunk = read(...args);
        if (chunk) {
            buf = Buffer.concat([buf, chunk]);
            while (buf.length >= 8) {
                const size = buf.readUInt32BE(3);
                if (buf.length < size + 8)
                    break;
                if (buf[size + 7] !== FRAME_END)
                    throw new Error('frame tap lost frame alignment');
                frames.push({
                    type: buf[0],
                    channel: buf.readUInt16BE(1),
                    payload: Buffer.from(buf.subarray(7, 7 + size)),
                });
                buf = buf.subarray(size + 8);
            }
        }
        return chunk;
    };
    return frames;
}
/** The connection.close the server sent, if any. */
export function connectionCloseIn(frames) {
    for (const f of frames) {
        if (f.type !== 1 || f.channel !== 0)
            continue;
        if (f.payload.readUInt16BE(0) !== 10 || f.payload.readUInt16BE(2) !== 50)
            continue;
        const code = f.payload.readUInt16BE(4);
        const textLen = f.payload[6];
        const at = 7 + textLen;
        return { code, classId: f.payload.readUInt16BE(at), methodId: f.payload.readUInt16BE(at + 2) };
    }
    return null;
}
const PROPERTY_NAMES = [
    'contentType',
    'contentEncoding',
    'headers',
    'deliveryMode',
    'priority',
    'correlationId',
    'replyTo',
    'expiration',
    'messageId',
    'timestamp',
    'type',
    'userId',
    'appId',
    'clusterId',
];
/** Content-header frames (type 2) decoded with typed tables, in arrival order. */
export function contentHeadersIn(frames) {
    return frames.filter((f) => f.type === 2).map((f) => decodeContentHeader(f.payload));
}
export function decodeContentHeader(p) {
    const r = new Reader(p);
    const out = { classId: r.u16(), weight: r.u16(), bodySize: r.u64().toString() };
    const flags = r.u16();
    PROPERTY_NAMES.forEach((name, i) => {
        if (!(flags & (0x8000 >> i)))
            return;
        switch (name) {
            case 'headers':
                out[name] = r.table();
                break;
            case 'deliveryMode':
            case 'priority':
                out[name] = r.u8();
                break;
            case 'timestamp':
                out[name] = r.u64().toString();
                break;
            default:
                out[name] = r.shortstr();
        }
    });
    return out;
}
class Reader {
    b;
    at = 0;
    constructor(b) {
        this.b = b;
    }
    u8() {
        return this.b.readUInt8(this.at++);
    }
    u16() {
        const v = this.b.readUInt16BE(this.at);
        this.at += 2;
        return v;
    }
    u32() {
        const v = this.b.readUInt32BE(this.at);
        this.at += 4;
        return v;
    }
    u64() {
        const v = this.b.readBigUInt64BE(this.at);
        this.at += 8;
        return v;
    }
    bytes(n) {
        const v = this.b.subarray(this.at, this.at + n);
        this.at += n;
        return v;
    }
    shortstr() {
        return this.bytes(this.u8()).toString('utf8');
    }
    table() {
        const end = this.u32() + this.at;
        const out = [];
        while (this.at < end) {
            const key = this.shortstr();
            const [tag, value] = this.value();
            out.push([key, tag, value]);
        }
        return out;
    }
    value() {
        const tag = String.fromCharCode(this.u8());
        const b = this.b;
        const take = (n, v) => {
            this.at += n;
            return [tag, v];
        };
        switch (tag) {
            case 't':
                return take(1, b[this.at] !== 0);
            case 'b':
                return take(1, b.readInt8(this.at));
            case 'B':
                return take(1, b.readUInt8(this.at));
            case 's':
                return take(2, b.readInt16BE(this.at));
            case 'u':
                return take(2, b.readUInt16BE(this.at));
            case 'I':
                return take(4, b.readInt32BE(this.at));
            case 'i':
                return take(4, b.readUInt32BE(this.at));
            case 'l':
                return take(8, b.readBigInt64BE(this.at).toString());
            case 'T':
                return take(8, b.readBigUInt64BE(this.at).toString());
            case 'f':
                return take(4, b.readFloatBE(this.at));
            case 'd':
                return take(8, b.readDoubleBE(this.at));
            case 'D':
                return take(5, { places: b[this.at], digits: b.readUInt32BE(this.at + 1) });
            case 'S':
                return [tag, this.bytes(this.u32()).toString('utf8')];
            case 'x':
                return [tag, this.bytes(this.u32()).toString('hex')];
            case 'V':
                return [tag, null];
            case 'F':
                return [tag, this.table()];
            case 'A': {
                const end = this.u32() + this.at;
                const items = [];
                while (this.at < end)
                    items.push(this.value());
                return [tag, items];
            }
            default:
                throw new Error(`unknown field type tag ${JSON.stringify(tag)}`);
        }
    }
}
//# sourceMappingURL=frames.js.map