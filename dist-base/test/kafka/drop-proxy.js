// A TCP proxy between Kafka clients and Wharf that loses the answer to the first Produce request
// that reaches the broker: it closes the client's connection instead of forwarding that response,
// as a network failure after the broker stored the batch would. Metadata answers are rewritten to
// name the proxy, so clients keep coming through it. The broker stored the batch; the client never
// heard, so an idempotent producer sends it again, and the broker must not store it twice.
import { createServer, connect } from 'node:net';
import { ApiKey, decodeResponse, encodeResponse, FrameSplitter, } from '../../src/kafka/codec/index.js';
export class DropFirstProduceProxy {
    upstreamPort;
    drops;
    /** Produce responses dropped so far (the test expects 1) */
    dropped = 0;
    server;
    sockets = new Set();
    port = 0;
    constructor(upstreamPort, 
    /** how many Produce responses to drop (each closes its client connection) */
    drops = 1) {
        this.upstreamPort = upstreamPort;
        this.drops = drops;
        this.server = createServer((client) => this.accept(client));
    }
    async start() {
        await new Promise((r) => this.server.listen(0, '127.0.0.1', r));
        this.port = this.server.address().port;
        return `127.0.0.1:${this.port}`;
    }
    accept(client) {
        const upstream = connect({ host: '127.0.0.1', port: this.upstreamPort });
        this.sockets.add(client).add(upstream);
        const pending = new Map();
        const close = () => {
            client.destroy();
            upstream.destroy();
            this.sockets.delete(client);
            this.sockets.delete(upstream);
        };
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
        const up = new FrameSplitter((f) => {
            pending.set(f.readInt32BE(4), { apiKey: f.readInt16BE(0), apiVersion: f.readInt16BE(2) });
        });
        client.on('data', (chunk) => {
            up.push(chunk);
            upstream.write(chunk);
        });
        const down = new FrameSplitter((f) => {
            const cid = f.readInt32BE(0);
            const req = pending.get(cid);
            pending.delete(cid);
            if (req?.apiKey === ApiKey.Produce && this.dropped < this.drops) {
                this.dropped++;
                close(); // the broker stored it; the client never hears
                return;
            }
            if (req?.apiKey === ApiKey.Metadata) {
                const m = decodeResponse(Buffer.from(f), ApiKey.Metadata, req.apiVersion).body;
                for (const b of m.brokers)
                    b.port = this.port;
                for (const c of encodeResponse(ApiKey.Metadata, req.apiVersion, cid, m))
                    client.write(c);
                return;
            }
            const size = Buffer.alloc(4);
            size.writeInt32BE(f.length);
            client.write(Buffer.concat([size, f]));
        });
        upstream.on('data', (chunk) => down.push(chunk));
    }
    async close() {
        for (const s of this.sockets)
            s.destroy();
        await new Promise((r) => this.server.close(() => r()));
    }
}
//# sourceMappingURL=drop-proxy.js.map