// The AMQP listeners: a plain one and/or a TLS one (AMQPS), sharing one ServerContext
// so limits count connections of both. On close they stop accepting and end every
// connection with 320 CONNECTION_FORCED, as RabbitMQ does.
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import { listen } from '../listen.js';
import { type LoadedTls, peerRefusal } from '../tls.js';
import { Connection } from './connection.js';
import { AmqpError } from './errors.js';
import type { ServerContext } from './server-context.js';

export interface AmqpServerOptions {
  host?: string;
  /** the plain listener's port; false: no plain listener */
  port: number | false;
  frameMax?: number;
  channelMax?: number;
  heartbeat?: number;
  handshakeTimeoutMs?: number;
  maxMessageSize?: number;
  consumerTimeoutMs?: number;
  /** ms before a failed login is answered (default 1000) */
  authFailureDelayMs?: number;
  /** open connections allowed on this node (default: no limit) */
  connectionMax?: number;
  /** bytes of a connection's publishes awaiting confirms before it is read no more (0: no limit) */
  maxUnconfirmedBytes?: number;
}

export class AmqpServer {
  private readonly servers: Server[] = [];
  readonly ctx: ServerContext;
  private nextId = 1;

  constructor(
    broker: Broker,
    log: Logger,
    version: string,
    private readonly opts: AmqpServerOptions,
  ) {
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
      log.warn(
        { alarms: [...alarms] },
        alarms.size ? 'resource alarm: publishers blocked' : 'resource alarms cleared',
      );
      if (alarms.size === 0) for (const c of this.ctx.connections) c.unblock();
    });
  }

  private accept(socket: Socket): void {
    const conn = new Connection(`${process.pid}-${this.nextId++}`, socket, this.ctx);
    this.ctx.connections.add(conn);
  }

  /** Starts the plain listener; resolves to its port. */
  listen(): Promise<number> {
    if (this.opts.port === false) return Promise.reject(new Error('the plain AMQP listener is disabled'));
    return this.bind(
      createServer((socket) => this.accept(socket)),
      this.opts.port,
    );
  }

  /** Starts the AMQPS listener; resolves to its port. */
  listenTls(port: number, tls: LoadedTls): Promise<number> {
    // A client that opens a TLS connection and never finishes the handshake is dropped
    // after the same handshake timeout as a plain one that says nothing.
    const server = createTlsServer(
      { ...tls.options, handshakeTimeout: this.ctx.handshakeTimeoutMs },
      (socket: TLSSocket) => {
        const refused = peerRefusal(socket, tls);
        if (refused) {
          this.ctx.log.warn({ remote: socket.remoteAddress }, `AMQPS ${refused}`);
          socket.destroy();
          return;
        }
        this.accept(socket);
      },
    );
    // Node reports a failed or timed-out handshake here but leaves the socket open.
    server.on('tlsClientError', (err, socket) => {
      socket.destroy();
      this.ctx.log.warn(
        { remote: socket.remoteAddress, code: (err as NodeJS.ErrnoException).code },
        `AMQPS handshake failed: ${err.message}`,
      );
    });
    return this.bind(server, port);
  }

  private bind(server: Server, port: number): Promise<number> {
    this.servers.push(server);
    return listen(server, this.opts.host ?? '0.0.0.0', port, (err) =>
      this.ctx.log.warn({ code: (err as NodeJS.ErrnoException).code }, `AMQP listener: ${err.message}`),
    );
  }

  async close(): Promise<void> {
    const closed = this.servers.map(
      (s) => new Promise<void>((r) => (s.listening ? s.close(() => r()) : r())),
    );
    const ends: Promise<void>[] = [];
    for (const c of this.ctx.connections) {
      ends.push(new Promise((r) => (c.socket.destroyed ? r() : c.socket.once('close', () => r()))));
      c.close(
        new AmqpError(
          320,
          "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'",
          true,
        ),
      );
    }
    await Promise.race([Promise.all(ends), new Promise((r) => setTimeout(r, 2000).unref())]);
    for (const c of this.ctx.connections) c.destroy();
    await Promise.all(closed);
  }
}
