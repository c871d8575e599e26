// A raw-socket connection to the reference Redis on 127.0.0.1:6379 for golden-bytes tests:
// sends commands as multibulk and returns each reply's exact bytes with its parsed value.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { readValue } from './resp-value.js';
export const REDIS_PORT = 6379;
export function encodeCommand(args) {
    const parts = [Buffer.from(`*${args.length}\r\n`)];
    for (const a of args) {
        const b = typeof a === 'string' ? Buffer.from(a) : a;
        parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
    }
    return Buffer.concat(parts);
}
export class RawRedis {
    socket;
    buf = Buffer.alloc(0);
    waiters = [];
    closed = false;
    constructor(socket) {
        this.socket = socket;
        socket.on('data', (d) => {
            this.buf = Buffer.concat([this.buf, d]);
            this.wake();
        });
        socket.on('close', () => {
            this.closed = true;
            this.wake();
        });
        socket.on('error', () => { });
    }
    wake() {
        const w = this.waiters;
        this.waiters = [];
        for (const f of w)
            f();
    }
    /** Connects, or resolves null when no Redis listens (the caller skips with a message). */
    static async open(port = REDIS_PORT) {
        return new Promise((resolve) => {
            const s = connect(port, '127.0.0.1');
            s.once('connect', () => resolve(new RawRedis(s)));
            s.once('error', () => resolve(null));
        });
    }
    /** Sends raw bytes. */
    write(bytes) {
        this.socket.write(bytes);
    }
    async command(...args) {
        this.write(encodeCommand(args));
        return this.reply();
    }
    /** The next whole reply, within a deadline. */
    async reply(timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const r = this.buf.length > 0 ? readValue(this.buf, 0) : null;
            if (r !== null) {
                const bytes = Buffer.from(this.buf.subarray(0, r[1]));
                this.buf = this.buf.subarray(r[1]);
                return { bytes, value: r[0] };
            }
            if (this.closed)
                throw new Error('connection closed before a whole reply');
            const left = deadline - Date.now();
            if (left <= 0)
                throw new Error('no reply before the deadline');
            await new Promise((res) => {
                const t = setTimeout(res, left);
                this.waiters.push(() => {
                    clearTimeout(t);
                    res();
                });
            });
        }
    }
    /** Everything until the server closes the connection (for protocol errors). */
    async untilClosed(timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs;
        while (!this.closed) {
            const left = deadline - Date.now();
            if (left <= 0)
                throw new Error('connection still open at the deadline');
            await new Promise((res) => {
                const t = setTimeout(res, left);
                this.waiters.push(() => {
                    clearTimeout(t);
                    res();
                });
            });
        }
        return this.buf;
    }
    close() {
        this.socket.destroy();
    }
}
/** A key prefix no other test or person uses; tests DEL what they make under it. */
export function uniquePrefix() {
    return `wharf-test:${randomBytes(6).toString('hex')}:`;
}
//# sourceMappingURL=redis-raw.js.map