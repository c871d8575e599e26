// The RESP listeners: a plain one and/or a TLS one, sharing one RespContext. On close they stop
// accepting and end every connection (a blocked read is cancelled with it).
import { createServer } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { listen } from '../listen.js';
import { peerRefusal } from '../tls.js';
import { CommandTable } from './codec/index.js';
import { RespConnection } from './connection.js';
import { Groups } from './streams/groups.js';
import { Keyspace } from './streams/keyspace.js';
export class RespServer {
    servers = [];
    ctx;
    constructor(broker, log, version, opts) {
        this.opts = opts;
        let lastId = 0;
        const vhost = opts.vhost ?? '/';
        const keyspace = new Keyspace(broker, vhost, broker.storage.openJournal('resp-streams'));
        this.ctx = {
            broker,
            log,
            version,
            commands: new CommandTable(),
            connections: new Set(),
            vhost,
            keyspace,
            groups: new Groups(broker, keyspace.meta),
            defaultUser: opts.defaultUser ?? 'guest',
            requireAuth: opts.requireAuth ?? false,
            authFailureDelayMs: opts.authFailureDelayMs ?? 1000,
            startedAt: Date.now(),
            port: opts.port,
            nextClientId: () => ++lastId,
            stats: { commands: 0, connections: 0, rejectedConnections: 0 },
        };
    }
    opts;
    accept(socket) {
        this.ctx.stats.connections++;
        this.ctx.connections.add(new RespConnection(socket, this.ctx));
    }
    /** Starts the plain listener; resolves to its port. */
    async listen() {
        const port = await this.bind(createServer((socket) => this.accept(socket)), this.opts.port);
        this.ctx.port = port;
        return port;
    }
    /** Starts the TLS listener; resolves to its port. */
    listenTls(port, tls) {
        const server = createTlsServer(tls.options, (socket) => {
            const refused = peerRefusal(socket, tls);
            if (refused) {
                this.ctx.log.warn({ remote: socket.remoteAddress }, `RESP TLS ${refused}`);
                this.ctx.stats.rejectedConnections++;
                socket.destroy();
                return;
            }
            this.accept(socket);
        });
        server.on('tlsClientError', (err, socket) => {
            socket.destroy();
            this.ctx.log.warn({ remote: socket.remoteAddress, code: err.code }, `RESP TLS handshake failed: ${err.message}`);
        });
        return this.bind(server, port);
    }
    bind(server, port) {
        this.servers.push(server);
        return listen(server, this.opts.host ?? '0.0.0.0', port, (err) => this.ctx.log.warn({ code: err.code }, `RESP listener: ${err.message}`));
    }
    async close() {
        const closed = this.servers.map((s) => new Promise((r) => (s.listening ? s.close(() => r()) : r())));
        const ends = [];
        for (const c of this.ctx.connections) {
            ends.push(new Promise((r) => (c.socket.destroyed ? r() : c.socket.once('close', () => r()))));
            c.close();
        }
        await Promise.race([Promise.all(ends), new Promise((r) => setTimeout(r, 2000).unref())]);
        for (const c of this.ctx.connections)
            c.socket.destroy();
        await Promise.all(closed);
        await this.ctx.keyspace.close();
    }
}
//# sourceMappingURL=server.js.map