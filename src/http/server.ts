// The management HTTP listener. For now it answers RabbitMQ's health-check endpoint
// (GET /api/health/checks/alarms) so process supervisors and load balancers can probe
// the broker; the management API and dashboard build on this listener.
import { createServer, type Server } from 'node:http';

export class HttpServer {
  private readonly server: Server;

  constructor(private readonly opts: { host?: string; port: number }) {
    this.server = createServer((req, res) => {
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && req.url === '/api/health/checks/alarms') return json(200, { status: 'ok' });
      json(404, { error: 'Object Not Found', reason: 'Not Found' });
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

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
