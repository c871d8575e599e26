// Reads the broker's own reason for refusing a virtual host. amqplib reports a
// connection.close received in answer to connection.open as "Expected ConnectionOpenOk;
// got <ConnectionClose channel:0>", without its reply code or text; the SDK then runs
// this short handshake of its own (start-ok, tune-ok, open) once, on a fresh socket,
// to read the connection.close that carries them. Only the handful of frames of the
// opening handshake are encoded here, by hand, as AMQP 0-9-1 defines them.
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
const FRAME_METHOD = 1;
const FRAME_END = 0xce;
const CONNECTION = 10;
const START_OK = 11;
const TUNE = 30;
const TUNE_OK = 31;
const OPEN = 40;
const OPEN_OK = 41;
const CLOSE = 50;
const CLOSE_OK = 51;
function shortstr(s) {
    const b = Buffer.from(s, 'utf8');
    return Buffer.concat([Buffer.from([b.length]), b]);
}
function longstr(b) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
}
function short(n) {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(n);
    return b;
}
function method(methodId, args) {
    const payload = Buffer.concat([short(CONNECTION), short(methodId), ...args]);
    const head = Buffer.alloc(7);
    head.writeUInt8(FRAME_METHOD, 0);
    head.writeUInt16BE(0, 1);
    head.writeUInt32BE(payload.length, 3);
    return Buffer.concat([head, payload, Buffer.from([FRAME_END])]);
}
/** `{ capabilities: { authentication_failure_close: true } }` as an AMQP field table. */
function clientProperties() {
    const inner = Buffer.concat([shortstr('authentication_failure_close'), Buffer.from('t'), Buffer.from([1])]);
    const outer = Buffer.concat([shortstr('capabilities'), Buffer.from('F'), longstr(inner)]);
    return longstr(outer);
}
/**
 * Connects to `url` and goes through the handshake; resolves with the broker's reply
 * code and text when it closes the connection, or null when it opened it (or the
 * exchange went some other way). Never rejects; gives up after `timeoutMs`.
 */
export function probeRefusal(url, timeoutMs = 5000) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return Promise.resolve(null);
    }
    const user = u.username ? decodeURIComponent(u.username) : 'guest';
    const pass = u.password ? decodeURIComponent(u.password) : u.username ? '' : 'guest';
    const path = u.pathname.startsWith('/') ? u.pathname.slice(1) : u.pathname;
    const vhost = path ? decodeURIComponent(path) : '/';
    const tls = u.protocol === 'amqps:';
    const port = Number(u.port) || (tls ? 5671 : 5672);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    return new Promise((resolve) => {
        let done = false;
        let buf = Buffer.alloc(0);
        const socket = tls
            ? tlsConnect({ host, port, servername: host, rejectUnauthorized: false })
            : netConnect({ host, port });
        const finish = (r) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(r);
        };
        const timer = setTimeout(() => finish(null), timeoutMs);
        socket.once(tls ? 'secureConnect' : 'connect', () => socket.write(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1')));
        socket.on('error', () => finish(null));
        socket.on('close', () => finish(null));
        socket.on('data', (chunk) => {
            buf = Buffer.concat([buf, chunk]);
            while (buf.length >= 8) {
                const size = buf.readUInt32BE(3);
                if (buf.length < 8 + size)
                    return;
                const type = buf.readUInt8(0);
                const payload = buf.subarray(7, 7 + size);
                buf = buf.subarray(8 + size);
                if (type !== FRAME_METHOD || payload.readUInt16BE(0) !== CONNECTION)
                    continue;
                const id = payload.readUInt16BE(2);
                if (id === 10) {
                    socket.write(method(START_OK, [
                        clientProperties(),
                        shortstr('PLAIN'),
                        longstr(Buffer.from(`\0${user}\0${pass}`, 'utf8')),
                        shortstr('en_US'),
                    ]));
                }
                else if (id === TUNE) {
                    const channelMax = payload.readUInt16BE(4);
                    const frameMax = payload.readUInt32BE(6);
                    const tune = Buffer.alloc(8);
                    tune.writeUInt16BE(channelMax, 0);
                    tune.writeUInt32BE(frameMax, 2);
                    tune.writeUInt16BE(0, 6); // no heartbeats: this connection lives for a few frames
                    socket.write(method(TUNE_OK, [tune]));
                    socket.write(method(OPEN, [shortstr(vhost), shortstr(''), Buffer.from([0])]));
                }
                else if (id === CLOSE) {
                    const replyCode = payload.readUInt16BE(4);
                    const len = payload.readUInt8(6);
                    const replyText = payload.subarray(7, 7 + len).toString('utf8');
                    socket.write(method(CLOSE_OK, []));
                    finish({ replyCode, replyText });
                }
                else if (id === OPEN_OK) {
                    finish(null);
                }
            }
        });
    });
}
//# sourceMappingURL=handshake-probe.js.map