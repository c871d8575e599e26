// A target is one broker plus the queue type the workload declares on it. RabbitMQ
// appears twice (classic and quorum) because the issue compares Wharf's durable queue
// with both; the client code is identical for every target.
import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
const runId = randomBytes(3).toString('hex');
let seq = 0;
/** A fresh queue name: random per run so nothing on a shared RabbitMQ is ever reused. */
export function queueName(tag) {
    return `wharf-bench-${runId}-${tag}-${++seq}`;
}
/**
 * Every queue and exchange created on any broker, so an interrupted run still deletes
 * them (the RabbitMQ on 5672 is shared and must be left as we found it).
 */
const created = new Map();
function registry(url) {
    let r = created.get(url);
    if (!r)
        created.set(url, (r = { queues: new Set(), exchanges: new Set() }));
    return r;
}
/** Connects with a bounded wait: a dead port must not hang the harness. */
export async function connect(url, timeoutMs = 5000) {
    const conn = await amqp.connect(url, { timeout: timeoutMs });
    conn.on('error', () => { }); // reported through the failing operation instead
    return conn;
}
/** Server properties of a broker, or undefined if it does not answer. */
export async function probe(url) {
    try {
        const c = await connect(url, 2000);
        const props = { ...c.connection.serverProperties };
        await c.close();
        return props;
    }
    catch {
        return undefined;
    }
}
/** Admin connection per target for declares/deletes done by the harness itself. */
export class Admin {
    target;
    conn;
    ch;
    constructor(target) {
        this.target = target;
    }
    /** A live channel; a channel closed by a broker error is replaced transparently. */
    async channel() {
        if (this.ch)
            return this.ch;
        if (!this.conn) {
            this.conn = await connect(this.target.url);
            this.conn.on('close', () => {
                this.conn = undefined;
                this.ch = undefined;
            });
        }
        const ch = await this.conn.createChannel();
        ch.on('error', () => { });
        ch.on('close', () => {
            if (this.ch === ch)
                this.ch = undefined;
        });
        this.ch = ch;
        return ch;
    }
    /** Declares a durable queue of the target's type (or a transient one when asked). */
    async declareQueue(tag, opts = {}) {
        const name = queueName(tag);
        const durable = opts.durable ?? true;
        registry(this.target.url).queues.add(name);
        const ch = await this.channel();
        await ch.assertQueue(name, {
            durable,
            autoDelete: false,
            arguments: durable ? this.target.durableArgs : {},
        });
        return name;
    }
    async declareFanout(tag) {
        return this.declareExchange(tag, 'fanout', true);
    }
    async declareExchange(tag, type, durable) {
        const name = queueName(tag);
        registry(this.target.url).exchanges.add(name);
        const ch = await this.channel();
        await ch.assertExchange(name, type, { durable, autoDelete: false });
        return name;
    }
    async bind(queue, exchange) {
        await (await this.channel()).bindQueue(queue, exchange, '');
    }
    /** Message count by passive declare (queue.declare-ok). */
    async messageCount(queue) {
        return (await (await this.channel()).checkQueue(queue)).messageCount;
    }
    async deleteQueue(name) {
        try {
            await (await this.channel()).deleteQueue(name);
        }
        finally {
            registry(this.target.url).queues.delete(name);
        }
    }
    async deleteExchange(name) {
        try {
            await (await this.channel()).deleteExchange(name);
        }
        finally {
            registry(this.target.url).exchanges.delete(name);
        }
    }
    async close() {
        const c = this.conn;
        this.conn = undefined;
        this.ch = undefined;
        await c?.close().catch(() => { });
    }
}
/** Drops a broker from the cleanup registry (a harness-owned Wharf that was disposed). */
export function forget(url) {
    created.delete(url);
}
/** Deletes whatever is still registered on every broker (end of run, or on SIGINT). */
export async function cleanupAll() {
    const failures = [];
    for (const [url, r] of created) {
        if (r.queues.size === 0 && r.exchanges.size === 0)
            continue;
        try {
            const conn = await connect(url);
            for (const q of r.queues) {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                await ch.deleteQueue(q).catch((e) => failures.push(`${q}: ${e.message}`));
                await ch.close().catch(() => { });
            }
            for (const x of r.exchanges) {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                await ch.deleteExchange(x).catch((e) => failures.push(`${x}: ${e.message}`));
                await ch.close().catch(() => { });
            }
            r.queues.clear();
            r.exchanges.clear();
            await conn.close();
        }
        catch (e) {
            failures.push(`${url.replace(/\/\/[^@]*@/, '//')}: ${e.message}`);
        }
    }
    return failures;
}
//# sourceMappingURL=targets.js.map