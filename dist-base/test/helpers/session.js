import { cleanup, closeQuietly, open, openChannel, outcome, withTimeout, } from './amqp.js';
import { uniqueName } from './brokers.js';
import { connectionCloseIn, tapFrames } from './frames.js';
export class Session {
    url;
    conns = [];
    queues = [];
    exchanges = [];
    constructor(url) {
        this.url = url;
    }
    /** A fresh queue name, deleted at the end. */
    queue(prefix = 'q') {
        const name = uniqueName(`wharf-test-${prefix}`);
        this.queues.push(name);
        return name;
    }
    /** A fresh exchange name, deleted at the end. */
    exchange(prefix = 'x') {
        const name = uniqueName(`wharf-test-${prefix}`);
        this.exchanges.push(name);
        return name;
    }
    /** Remember a queue the test did not name through queue() (server-named) for deletion. */
    track(queue) {
        this.queues.push(queue);
        return queue;
    }
    /** Remember an exchange named outside exchange() for deletion. */
    trackExchange(exchange) {
        this.exchanges.push(exchange);
        return exchange;
    }
    async connection() {
        const conn = await open(this.url);
        this.conns.push(conn);
        return conn;
    }
    /** A channel on a new connection unless one is given. */
    async channel(conn) {
        return openChannel(conn ?? (await this.connection()));
    }
    async confirmChannel(conn) {
        const ch = await (conn ?? (await this.connection())).createConfirmChannel();
        ch.on('error', () => { });
        return ch;
    }
    /** Runs op on a fresh channel of conn: 'ok', or the channel.close it caused. */
    async attempt(conn, op) {
        const ch = await this.channel(conn);
        const result = await outcome(ch, () => op(ch));
        if (result === 'ok')
            await ch.close().catch(() => { });
        return result;
    }
    /**
     * Runs op on a channel of a new connection that op is expected to get closed. Resolves
     * with the connection.close (scope 'connection'), else what happened to the channel.
     */
    async connectionAttempt(op) {
        const conn = await this.connection();
        const frames = tapFrames(conn);
        const closed = new Promise((resolve) => conn.once('close', () => resolve()));
        const ch = await this.channel(conn);
        let result;
        try {
            result = await outcome(ch, () => op(ch));
        }
        catch {
            // "Channel ended, no reply will be forthcoming": the connection went away
        }
        if (result === 'ok')
            return result;
        await withTimeout(closed, 3000, 'connection.close from the server').catch(() => { });
        const close = connectionCloseIn(frames);
        if (close)
            return { scope: 'connection', ...close };
        return result ?? 'ok';
    }
    async close() {
        for (const c of this.conns.splice(0))
            await closeQuietly(c);
        if (this.queues.length || this.exchanges.length) {
            await cleanup(this.url, { queues: this.queues, exchanges: this.exchanges });
        }
    }
}
export async function withSession(url, fn) {
    const s = new Session(url);
    try {
        return await fn(s);
    }
    finally {
        await s.close();
    }
}
//# sourceMappingURL=session.js.map