// The AMQP listeners: a plain one and/or a TLS one (AMQPS), sharing one ServerContext
// so limits count connections of both. On close they stop accepting and end every
// connection with 320 CONNECTION_FORCED, as RabbitMQ does.
import { createServer } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { listen } from '../listen.js';
import { peerRefusal } from '../tls.js';
import { Connection } from './connection.js';
import { AmqpError } from './errors.js';
export class AmqpServer {
    opts;
    servers = [];
    ctx;
    nextId = 1;
    constructor(broker, log, version, opts) {
        this.opts = opts;
        this.ctx = {
            broker,
            log,
            version,
            connections: new Set(),
            frameMax: opts.frameMax ?? 131072,
            channelMax: opts.channelMax ?? 2047,
            heartbeat: opts.heartbeat ?? 60,
            handshakeTimeoutMs: opts.handshakeTimeoutMs ?? 10_000,
            maxMessageSize: opts.maxMessageSize ?? 128 * 1024 * 1024,
            consumerTimeoutMs: opts.consumerTimeoutMs ?? 1_800_000,
            authFailureDelayMs: opts.authFailureDelayMs ?? 1000,
            connectionMax: opts.connectionMax ?? Infinity,
            maxUnconfirmedBytes: opts.maxUnconfirmedBytes ?? 64 * 1024 * 1024,
        };
        broker.resources.onChange((alarms) => {
            log.warn({ alarms: [...alarms] }, alarms.size ? 'resource alarm: publishers blocked' : 'resource alarms cleared');
            if (alarms.size === 0)
                for (const c of this.ctx.connections)
                    c.unblock();
        });
    }
    accept(socket) {
        const conn = new Connection(`${process.pid}-${this.nextId++}`, socket, this.ctx);
        this.ctx.connections.add(conn);
    }
    /** Starts the plain listener; resolves to its port. */
    listen() {
        if (this.opts.port === false)
            return Promise.reject(new Error('the plain AMQP listener is disabled'));
        return this.bind(createServer((socket) => this.accept(socket)), this.opts.port);
    }
    /** Starts the AMQPS listener; resolves to its port. */
    listenTls(port, tls) {
        // A client that opens a TLS connection and never finishes the handshake is dropped
        // after the same handshake timeout as a plain one that says nothing.
        const server = createTlsServer({ ...tls.options, handshakeTimeout: this.ctx.handshakeTimeoutMs }, (socket) => {
            const refused = peerRefusal(socket, tls);
            if (refused) {
                this.ctx.log.warn({ remote: socket.remoteAddress }, `AMQPS ${refused}`);
                socket.destroy();
                return;
            }
            this.accept(socket);
        });
        // Node reports a failed or timed-out handshake here but leaves the socket open.
        server.on('tlsClientError', (err, socket) => {
            socket.destroy();
            this.ctx.log.warn({ remote: socket.remoteAddress, code: err.code }, `AMQPS handshake failed: ${err.message}`);
        });
        return this.bind(server, port);
    }
    bind(server, port) {
        this.servers.push(server);
        return listen(server, this.opts.host ?? '0.0.0.0', port, (err) => this.ctx.log.warn({ code: err.code }, `AMQP listener: ${err.message}`));
    }
    async close() {
        const closed = this.servers.map((s) => new Promise((r) => (s.listening ? s.close(() => r()) : r())));
        const ends = [];
        for (const c of this.ctx.connections) {
            ends.push(new Promise((r) => (c.socket.destroyed ? r() : c.socket.once('close', () => r()))));
            c.close(new AmqpError(320, "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'", true));
        }
        await Promise.race([Promise.all(ends), new Promise((r) => setTimeout(r, 2000).unref())]);
        for (const c of this.ctx.connections)
            c.destroy();
        await Promise.all(closed);
    }
}
//# sourceMappingURL=server.js.map