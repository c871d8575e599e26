// The Kafka listeners: a plain one and/or a TLS one on the server's TLS settings, sharing one
// context so both serve the same topics and groups. On close they stop accepting and end every
// connection; clients reconnect to whatever runs there next.
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { createServer as createTlsServer } from 'node:tls';
import { StreamFormat } from '../broker/index.js';
import { listen } from '../listen.js';
import { peerRefusal } from '../tls.js';
import { KafkaConnection } from './connection.js';
import { GroupCoordinator } from './groups/coordinator.js';
import { kafkaGroupDirectory } from './groups/directory.js';
import { GroupOffsetStore } from './groups/offsets.js';
import { Producers } from './produce/producers.js';
import { resolveKafkaOptions } from './options.js';
import { kafkaToAmqp } from './records/to-amqp.js';
import { Topics } from './topics.js';
import { LogCleaner } from './compaction/log-cleaner.js';
import { TransactionCoordinator } from './txn/coordinator.js';
export class KafkaServer {
    servers = [];
    ctx;
    nextId = 1;
    /** this front's groups as the management API sees them, registered while a listener runs */
    directory;
    constructor(broker, log, opts) {
        const options = resolveKafkaOptions(opts);
        const host = options.host;
        const wildcard = host === undefined || host === '' || host === '0.0.0.0' || host === '::';
        const topics = new Topics(broker, options.vhost);
        const producers = new Producers();
        const offsets = new GroupOffsetStore(broker, options.vhost);
        const txns = new TransactionCoordinator({
            vhost: options.vhost,
            topics,
            producers,
            offsets,
            log,
            openJournal: () => broker.storage.openJournal('kafka-transactions', {
                onWarning: (msg) => log.warn(`Kafka transaction journal: ${msg}`),
            }),
        });
        this.ctx = {
            broker,
            log,
            options,
            connections: new Set(),
            nodeId: 1,
            // Kafka cluster ids are 22 characters of base64url; this one is stable per host and vhost
            clusterId: createHash('sha256')
                .update(`${hostname()}\u0000${options.vhost}`)
                .digest('base64url')
                .slice(0, 22),
            topics,
            groups: new GroupCoordinator({
                initialRebalanceDelayMs: options.groupInitialRebalanceDelayMs,
                minSessionTimeoutMs: options.groupMinSessionTimeoutMs,
                maxSessionTimeoutMs: options.groupMaxSessionTimeoutMs,
            }, offsets),
            producers,
            txns,
            cleaner: new LogCleaner(topics, txns.index, log),
            advertisedHost: options.advertisedHost ?? (wildcard ? '127.0.0.1' : host),
            onConnectionGone: () => { },
        };
        this.directory = kafkaGroupDirectory(options.vhost, this.ctx.groups);
    }
    /** Lets AMQP stream consumers read what Kafka clients produced, while this front runs. */
    registerConverter() {
        const b = this.ctx.broker;
        if (!b.streamConverters.has(StreamFormat.kafka))
            b.streamConverters.set(StreamFormat.kafka, kafkaToAmqp(b.config.format));
        b.groupDirectories.add(this.directory);
        this.ctx.txns.start();
        this.ctx.cleaner.start();
    }
    accept(socket) {
        const ctx = this.ctx;
        if (ctx.connections.size >= ctx.options.connectionMax) {
            ctx.log.warn({ remote: socket.remoteAddress }, `Kafka connection refused: connection limit (${ctx.options.connectionMax}) reached`);
            socket.destroy();
            return;
        }
        const conn = new KafkaConnection(`${process.pid}-kafka-${this.nextId++}`, socket, ctx);
        ctx.connections.add(conn);
        conn.sasl.startAnonymous();
    }
    /** Starts the plain listener; resolves to its port. */
    listen() {
        this.registerConverter();
        const port = this.ctx.options.port;
        if (port === false)
            return Promise.reject(new Error('the plain Kafka listener is disabled'));
        return this.bind(createServer((socket) => this.accept(socket)), port);
    }
    /** Starts the TLS listener; resolves to its port. */
    listenTls(port, tls) {
        this.registerConverter();
        const server = createTlsServer({ ...tls.options, handshakeTimeout: this.ctx.options.handshakeTimeoutMs }, (socket) => {
            const refused = peerRefusal(socket, tls);
            if (refused) {
                this.ctx.log.warn({ remote: socket.remoteAddress }, `Kafka TLS ${refused}`);
                socket.destroy();
                return;
            }
            this.accept(socket);
        });
        server.on('tlsClientError', (err, socket) => {
            socket.destroy();
            this.ctx.log.warn({ remote: socket.remoteAddress }, `Kafka TLS handshake failed: ${err.message}`);
        });
        return this.bind(server, port);
    }
    bind(server, port) {
        this.servers.push(server);
        return listen(server, this.ctx.options.host ?? '0.0.0.0', port, (err) => this.ctx.log.warn({ code: err.code }, `Kafka listener: ${err.message}`));
    }
    async close() {
        const closed = this.servers.map((s) => new Promise((r) => (s.listening ? s.close(() => r()) : r())));
        for (const c of [...this.ctx.connections])
            c.destroy();
        this.ctx.broker.groupDirectories.delete(this.directory);
        this.ctx.groups.close();
        this.ctx.cleaner.close();
        await Promise.all([...closed, this.ctx.txns.close()]);
    }
}
//# sourceMappingURL=server.js.map