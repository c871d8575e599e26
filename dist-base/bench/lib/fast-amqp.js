// A load client that costs almost nothing per message, so a row measures the broker, not
// amqplib: frames are encoded once (Wharf's own codec, used here only as a client) and
// copied into large writes; incoming frames are split by their length and only the few
// fields the load needs are read (basic.ack's tag and multiple bit for a publisher,
// basic.deliver's tag for a consumer). One connection, one channel.
import { connect as tcpConnect } from 'node:net';
import { contentFrames, methodFrame } from '../../src/amqp/codec/frame-writer.js';
import * as M from '../../src/amqp/codec/generated.js';
import { encodeProperties } from '../../src/amqp/codec/properties.js';
const FRAME_METHOD = 1;
const FRAME_END = 0xce;
const FRAME_MAX = 131_072;
export class FastAmqp {
    socket;
    pending;
    onMethod = () => { };
    failed;
    closed = false;
    constructor(socket) {
        this.socket = socket;
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.read(chunk));
        socket.on('close', () => {
            this.closed = true;
            this.failed?.(new Error('connection closed'));
        });
        socket.on('error', (e) => this.failed?.(e));
    }
    /** Connects, logs in with PLAIN, opens channel 1 (with confirms when asked). */
    static async open(url, confirms) {
        const u = new URL(url);
        const socket = await new Promise((resolve, reject) => {
            const s = tcpConnect({ host: u.hostname, port: Number(u.port || 5672) }, () => resolve(s));
            s.once('error', reject);
        });
        const c = new FastAmqp(socket);
        socket.write(Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]));
        await c.expect(M.CONNECTION_START);
        const user = decodeURIComponent(u.username || 'guest');
        const pass = decodeURIComponent(u.password || 'guest');
        socket.write(methodFrame(0, M.CONNECTION_START_OK, {
            clientProperties: { product: 'wharf-bench-fast-client' },
            mechanism: 'PLAIN',
            response: `\u0000${user}\u0000${pass}`,
            locale: 'en_US',
        }));
        await c.expect(M.CONNECTION_TUNE);
        socket.write(methodFrame(0, M.CONNECTION_TUNE_OK, { channelMax: 1, frameMax: FRAME_MAX, heartbeat: 0 }));
        const vhost = decodeURIComponent(u.pathname.slice(1)) || '/';
        socket.write(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: vhost, capabilities: '', insist: false }));
        await c.expect(M.CONNECTION_OPEN_OK);
        socket.write(methodFrame(1, M.CHANNEL_OPEN, { outOfBand: '' }));
        await c.expect(M.CHANNEL_OPEN_OK);
        if (confirms) {
            socket.write(methodFrame(1, M.CONFIRM_SELECT, { nowait: false }));
            await c.expect(M.CONFIRM_SELECT_OK);
        }
        return c;
    }
    /** Waits for one method (anything else first is an error: the broker closed us, or a bug). */
    expect(key) {
        return new Promise((resolve, reject) => {
            this.failed = reject;
            this.onMethod = (got) => {
                if (got === key)
                    resolve();
                else
                    reject(new Error(`expected method ${key.toString(16)}, got ${got.toString(16)}`));
            };
        });
    }
    /** Every method frame from now on goes to `fn`; `onError` hears a lost connection. */
    listen(fn, onError) {
        this.onMethod = fn;
        this.failed = onError;
    }
    read(chunk) {
        let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        let o = 0;
        while (buf.length - o >= 7) {
            const size = buf.readUInt32BE(o + 3);
            const end = o + 7 + size;
            if (buf.length < end + 1)
                break;
            if (buf[end] !== FRAME_END) {
                this.socket.destroy(new Error('bad frame end'));
                return;
            }
            if (buf[o] === FRAME_METHOD) {
                const key = buf.readUInt32BE(o + 7);
                if (key === M.CONNECTION_CLOSE || key === M.CHANNEL_CLOSE) {
                    const text = buf.toString('latin1', o + 14, o + 14 + buf[o + 13]);
                    this.failed?.(new Error(`closed by the broker: ${buf.readUInt16BE(o + 11)} ${text}`));
                    this.socket.destroy();
                    return;
                }
                this.onMethod(key, buf, o + 11);
            }
            o = end + 1;
        }
        this.pending = o < buf.length ? buf.subarray(o) : undefined;
        if (this.pending && this.pending.length > 1 << 20)
            this.pending = Buffer.from(this.pending);
        buf = undefined;
    }
    /** basic.publish + header + body for one message, encoded once, to be written many times. */
    static publishFrames(exchange, routingKey, body, persistent) {
        const method = methodFrame(1, M.BASIC_PUBLISH, {
            ticket: 0,
            exchange,
            routingKey,
            mandatory: false,
            immediate: false,
        });
        const props = encodeProperties(persistent ? { deliveryMode: 2 } : {});
        return Buffer.concat([method, ...contentFrames(1, 60, props, body, FRAME_MAX)]);
    }
    write(b) {
        return this.socket.write(b);
    }
    close() {
        this.socket.destroy();
    }
}
/** basic.ack frames, one per delivery tag, written into a reused buffer (tag at byte 11). */
export class AckWriter {
    one = methodFrame(1, M.BASIC_ACK, { deliveryTag: 0, multiple: false });
    batch = Buffer.alloc(0);
    n = 0;
    /** Adds the ack of `tag`; flush() writes what was added. */
    add(tag) {
        const size = this.one.length;
        if ((this.n + 1) * size > this.batch.length) {
            const grown = Buffer.alloc(Math.max(64 * size, 2 * this.batch.length));
            this.batch.copy(grown, 0, 0, this.n * size);
            this.batch = grown;
        }
        const at = this.n * size;
        this.one.copy(this.batch, at);
        this.batch.writeUInt32BE(Math.floor(tag / 0x1_0000_0000), at + 11);
        this.batch.writeUInt32BE(tag >>> 0, at + 15);
        this.n++;
    }
    flush(c) {
        if (this.n === 0)
            return;
        c.write(Buffer.from(this.batch.subarray(0, this.n * this.one.length)));
        this.n = 0;
    }
}
//# sourceMappingURL=fast-amqp.js.map