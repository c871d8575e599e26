// A throwaway HTTP server for codec tests: records each request's parts and answers with what
// the test's handler returns (typically bytes from the codec's serialisers), so the real SDKs
// can be pointed at it.
import { createServer } from 'node:http';
export class CaptureServer {
    server;
    port;
    requests = [];
    constructor(server, port) {
        this.server = server;
        this.port = port;
    }
    static async start(handler) {
        const box = {};
        const server = createServer((req, res) => {
            const chunks = [];
            req.on('data', (c) => chunks.push(c));
            req.on('end', () => {
                const parts = {
                    method: req.method ?? 'GET',
                    url: req.url ?? '/',
                    headers: { ...req.headers },
                    body: Buffer.concat(chunks),
                };
                box.self.requests.push(parts);
                let out;
                try {
                    out = handler(parts);
                }
                catch (err) {
                    out = { status: 599, headers: {}, body: Buffer.from(String(err)) };
                }
                res.writeHead(out.status, { ...out.headers, 'content-length': String(out.body.length) });
                res.end(out.body);
            });
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        box.self = new CaptureServer(server, server.address().port);
        return box.self;
    }
    get endpoint() {
        return `http://127.0.0.1:${this.port}`;
    }
    async close() {
        this.server.closeAllConnections();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
}
//# sourceMappingURL=capture-server.js.map