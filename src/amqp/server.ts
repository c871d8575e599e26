// The AMQP listener: accepts sockets and gives each a Connection. On close it stops
// accepting and ends every connection with 320 CONNECTION_FORCED, as RabbitMQ does.
import { createServer, type Server } from 'node:net';
import type { Logger } from 'pino';
import type { Broker } from '../broker/index.js';
import { Connection } from './connection.js';
import { AmqpError } from './errors.js';
import type { ServerContext } from './server-context.js';

export interface AmqpServerOptions {
  host?: string;
  port: number;
  frameMax?: number;
  channelMax?: number;
  heartbeat?: number;
  handshakeTimeoutMs?: number;
  maxMessageSize?: number;
  consumerTimeoutMs?: number;
}

export class AmqpServer {
  private readonly server: Server;
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
    };
    broker.resources.onChange((alarms) => {
      log.warn(
        { alarms: [...alarms] },
        alarms.size ? 'resource alarm: publishers blocked' : 'resource alarms cleared',
      );
      if (alarms.size === 0) for (const c of this.ctx.connections) c.unblock();
    });
    this.server = createServer((socket) => {
      const conn = new Connection(`${process.pid}-${this.nextId++}`, socket, this.ctx);
      this.ctx.connections.add(conn);
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen({ host: this.opts.host ?? '0.0.0.0', port: this.opts.port }, () => {
        this.server.off('error', reject);
        const addr = this.server.address();
        resolve(typeof addr === 'object' && addr ? addr.port : this.opts.port);
      });
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((r) => this.server.close(() => r()));
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
    await closed;
  }
}
