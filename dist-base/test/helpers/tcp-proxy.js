// A TCP proxy in the test process, to make a real connection drop without touching the
// broker behind it (the shared RabbitMQ must never be stopped): close() destroys every
// proxied connection and stops listening, so reconnects are refused; open() listens
// again on the same port.
import { createServer, connect } from 'node:net';
export class TcpProxy {
    targetHost;
    targetPort;
    server;
    sockets = new Set();
    port = 0;
    /** connections accepted so far */
    accepted = 0;
    constructor(targetHost, targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }
    /** Listens (port 0 the first time, the same port after close). */
    async open() {
        const server = createServer((client) => this.pipe(client));
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(this.port, '127.0.0.1', () => resolve());
        });
        this.port = server.address().port;
        this.server = server;
    }
    pipe(client) {
        this.accepted++;
        const upstream = connect(this.targetPort, this.targetHost);
        for (const s of [client, upstream]) {
            this.sockets.add(s);
            s.on('error', () => { });
            s.on('close', () => {
                this.sockets.delete(s);
                client.destroy();
                upstream.destroy();
            });
        }
        client.pipe(upstream);
        upstream.pipe(client);
    }
    /** Drops every proxied connection and refuses new ones until open(). */
    async close() {
        const server = this.server;
        this.server = undefined;
        for (const s of this.sockets)
            s.destroy();
        this.sockets.clear();
        if (server)
            await new Promise((r) => server.close(() => r()));
    }
}
//# sourceMappingURL=tcp-proxy.js.map