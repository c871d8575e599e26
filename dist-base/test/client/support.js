// Shared helpers for the client SDK tests: broker setup, polling, raw amqplib access for
// assertions that must not go through the SDK, and a TCP proxy that can cut every
// connection (a real network failure, for reconnect tests against either broker).
import { after } from 'node:test';
import { createServer, connect as tcpConnect } from 'node:net';
import amqp from 'amqplib';
import { brokersUnderTest } from '../helpers/brokers.js';
import { connect } from '../../src/client/index.js';
/** Both brokers (Wharf spawned for this file, RabbitMQ when reachable), stopped after the file. */
export async function setupBrokers() {
    const brokers = await brokersUnderTest();
    if (brokers.length < 2)
        console.log('# RabbitMQ not reachable on 127.0.0.1:5672: client tests run against Wharf only');
    after(async () => {
        for (const b of brokers)
            await b.stop();
    });
    return brokers;
}
/** A client that is closed after the test, whatever happens. */
export async function client(url, t, options = {}) {
    const c = await connect(url, { reconnect: { initialDelayMs: 50, maxDelayMs: 500 }, ...options });
    t.after(() => c.close({ deadlineMs: 1000 }));
    return c;
}
export async function waitFor(cond, timeoutMs = 10_000, what = 'condition') {
    const until = Date.now() + timeoutMs;
    while (!(await cond())) {
        if (Date.now() > until)
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await sleep(20);
    }
}
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve, reject };
}
/** A plain amqplib connection and channel for looking at what the SDK did. */
export class Raw {
    url;
    conn;
    ch;
    constructor(url, conn, ch) {
        this.url = url;
        this.conn = conn;
        this.ch = ch;
    }
    static async open(url, t) {
        const conn = await amqp.connect(url);
        conn.on('error', () => { });
        const ch = await conn.createChannel();
        ch.on('error', () => { });
        const raw = new Raw(url, conn, ch);
        t.after(() => conn.close().catch(() => { }));
        return raw;
    }
    /** Waits for a message on `queue` (basic.get with ack). */
    async get(queue, timeoutMs = 10_000) {
        let msg = false;
        await waitFor(async () => {
            msg = await this.ch.get(queue, { noAck: true });
            return msg !== false;
        }, timeoutMs, `a message on '${queue}'`);
        return msg;
    }
    async count(queue) {
        return (await this.ch.checkQueue(queue)).messageCount;
    }
    /** Deletes queues/exchanges the test created (RabbitMQ keeps them across runs). */
    cleanup(t, queues, exchanges = []) {
        t.after(async () => {
            const conn = await amqp.connect(this.url).catch(() => undefined);
            if (!conn)
                return;
            conn.on('error', () => { });
            for (const q of queues) {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                await ch.deleteQueue(q).catch(() => { });
                await ch.close().catch(() => { });
            }
            for (const e of exchanges) {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                await ch.deleteExchange(e).catch(() => { });
                await ch.close().catch(() => { });
            }
            await conn.close().catch(() => { });
        });
    }
}
export function raw(url, t) {
    return Raw.open(url, t);
}
/**
 * A TCP proxy to the broker. `cut()` destroys every open connection (both sides see
 * a dropped socket); `pause()` refuses new connections until `resume()`.
 */
export class TcpProxy {
    server;
    port;
    sockets = new Set();
    refusing = false;
    constructor(server, port) {
        this.server = server;
        this.port = port;
    }
    static async start(target) {
        const u = new URL(target);
        const host = u.hostname;
        const port = Number(u.port || 5672);
        // The connection handler needs the proxy object, which needs the listening server.
        const holder = {};
        const server = createServer((client) => {
            const proxy = holder.proxy;
            if (!proxy || proxy.refusing) {
                client.destroy();
                return;
            }
            const upstream = tcpConnect({ host, port });
            proxy.sockets.add(client);
            proxy.sockets.add(upstream);
            const drop = () => {
                client.destroy();
                upstream.destroy();
                proxy.sockets.delete(client);
                proxy.sockets.delete(upstream);
            };
            client.on('error', drop).on('close', drop);
            upstream.on('error', drop).on('close', drop);
            client.pipe(upstream);
            upstream.pipe(client);
        });
        await new Promise((r) => server.listen(0, '127.0.0.1', r));
        const addr = server.address();
        if (!addr || typeof addr === 'string')
            throw new Error('proxy: no port');
        holder.proxy = new TcpProxy(server, addr.port);
        return holder.proxy;
    }
    /** The broker URL with the proxy's port. */
    url(target) {
        const u = new URL(target);
        u.port = String(this.port);
        return u.toString();
    }
    cut() {
        for (const s of this.sockets)
            s.destroy();
        this.sockets.clear();
    }
    pause() {
        this.refusing = true;
    }
    resume() {
        this.refusing = false;
    }
    async stop() {
        this.cut();
        await new Promise((r) => this.server.close(() => r()));
    }
}
//# sourceMappingURL=support.js.map