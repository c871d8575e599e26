// A throwaway HTTP server for codec tests: records each request's parts and answers with what
// the test's handler returns (typically bytes from the codec's serialisers), so the real SDKs
// can be pointed at it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRequestParts, HttpResponseParts } from '../../../src/sqs/codec/index.js';

export type Handler = (req: HttpRequestParts) => HttpResponseParts;

export class CaptureServer {
  readonly requests: HttpRequestParts[] = [];
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(handler: Handler): Promise<CaptureServer> {
    const box: { self?: CaptureServer } = {};
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const parts: HttpRequestParts = {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: { ...req.headers },
          body: Buffer.concat(chunks),
        };
        box.self!.requests.push(parts);
        let out: HttpResponseParts;
        try {
          out = handler(parts);
        } catch (err) {
          out = { status: 599, headers: {}, body: Buffer.from(String(err)) };
        }
        res.writeHead(out.status, { ...out.headers, 'content-length': String(out.body.length) });
        res.end(out.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    box.self = new CaptureServer(server, (server.address() as AddressInfo).port);
    return box.self;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
