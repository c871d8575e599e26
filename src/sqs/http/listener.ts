// The SQS/SNS port's listeners, plain and TLS (the same TLS settings as every other listener:
// a presented client certificate that does not verify is refused when certificates are
// checked but not required), each accepted socket a Connection (connection.ts).
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { type LoadedTls, peerRefusal } from '../../tls.js';
import { Connection, type RequestHandler } from './connection.js';
import type { ParserLimits } from './parser.js';
import { DateHeader } from './response.js';

/** how long a keep-alive connection may sit idle (Node's http server was set to the same) */
const IDLE_TIMEOUT_MS = 65_000;
/** a TLS client must finish its handshake within this (Node's https default) */
const HANDSHAKE_TIMEOUT_MS = 120_000;

export class HttpListeners {
  private readonly sockets = new Set<Socket>();
  private readonly servers: Server[] = [];
  private readonly date = new DateHeader();

  constructor(
    private readonly limits: ParserLimits,
    private readonly onWarning: (msg: string) => void,
  ) {}

  plain(handler: RequestHandler): Server {
    return this.track(createServer((socket) => this.accept(socket, handler)));
  }

  tls(tls: LoadedTls, handler: RequestHandler): Server {
    const server = createTlsServer(
      { ...tls.options, handshakeTimeout: HANDSHAKE_TIMEOUT_MS },
      (socket: TLSSocket) => {
        const refused = peerRefusal(socket, tls);
        if (refused) {
          this.onWarning(`SQS HTTPS ${refused} (${socket.remoteAddress})`);
          socket.destroy();
          return;
        }
        this.accept(socket, handler);
      },
    );
    // Node reports a failed or timed-out handshake here but leaves the socket open.
    server.on('tlsClientError', (_err, socket) => socket.destroy());
    return this.track(server);
  }

  async close(): Promise<void> {
    const closing = this.servers.map((s) => new Promise<void>((r) => s.close(() => r())));
    for (const s of this.sockets) s.destroy();
    await Promise.all(closing);
  }

  private track(server: Server): Server {
    this.servers.push(server);
    return server;
  }

  private accept(socket: Socket, handler: RequestHandler): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    new Connection(socket, handler, { limits: this.limits, idleTimeoutMs: IDLE_TIMEOUT_MS, date: this.date });
  }
}
