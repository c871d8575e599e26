import { asError } from './errors.js';
/** A declared queue. `name` is the broker's name for it on the current connection. */
export class QueueRef {
    requested;
    options;
    name;
    constructor(requested, options) {
        this.requested = requested;
        this.options = options;
        this.name = requested;
    }
    /** True for queues declared with an empty name (the broker picks one per connection). */
    get serverNamed() {
        return this.requested === '';
    }
    get exclusive() {
        return this.options.exclusive === true;
    }
}
/** The amqplib arguments of a queue declaration. */
export function queueArguments(o) {
    const args = { ...o.arguments };
    if (o.maxPriority !== undefined)
        args['x-max-priority'] = o.maxPriority;
    if (o.singleActiveConsumer)
        args['x-single-active-consumer'] = true;
    if (o.quorum)
        args['x-queue-type'] = 'quorum';
    if (o.stream)
        args['x-queue-type'] = 'stream';
    if (o.maxAge !== undefined)
        args['x-max-age'] = o.maxAge;
    if (o.messageTtlMs !== undefined)
        args['x-message-ttl'] = o.messageTtlMs;
    if (o.expiresMs !== undefined)
        args['x-expires'] = o.expiresMs;
    if (o.deadLetterExchange !== undefined)
        args['x-dead-letter-exchange'] = o.deadLetterExchange;
    if (o.deadLetterRoutingKey !== undefined)
        args['x-dead-letter-routing-key'] = o.deadLetterRoutingKey;
    if (o.maxLength !== undefined)
        args['x-max-length'] = o.maxLength;
    const exclusive = o.exclusive === true;
    return {
        durable: o.durable ?? !exclusive,
        exclusive,
        autoDelete: o.autoDelete ?? false,
        arguments: args,
    };
}
function exchangeArguments(o) {
    const opts = {
        durable: o.durable ?? true,
        autoDelete: o.autoDelete ?? false,
        internal: o.internal ?? false,
        arguments: { ...o.arguments },
    };
    if (o.alternateExchange)
        opts.alternateExchange = o.alternateExchange;
    return opts;
}
export class Topology {
    connection;
    events;
    exchanges = new Map();
    queues = [];
    bindings = [];
    constructor(connection, events) {
        this.connection = connection;
        this.events = events;
    }
    /** Declares now (waiting for a connection if needed) and remembers for reconnects. */
    async exchange(name, type, options = {}) {
        const decl = { name, type, options };
        await this.withChannel((ch) => this.declareExchange(ch, decl));
        this.exchanges.set(name, decl);
    }
    /** Declares a queue (name '' for a server-named one) and remembers it; returns its ref. */
    async queue(name, options = {}) {
        const existing = name ? this.queues.find((q) => q.requested === name) : undefined;
        const ref = existing ?? new QueueRef(name, options);
        await this.withChannel((ch) => this.declareQueue(ch, ref));
        if (!existing)
            this.queues.push(ref);
        return ref;
    }
    async bind(queue, exchange, pattern, args) {
        const decl = { queue, exchange, pattern, args };
        await this.withChannel((ch) => ch.bindQueue(queue.name, exchange, pattern, args));
        const same = this.bindings.some((b) => b.queue === queue &&
            b.exchange === exchange &&
            b.pattern === pattern &&
            JSON.stringify(b.args) === JSON.stringify(args));
        if (!same)
            this.bindings.push(decl);
    }
    /** Forgets the queue declared under `name`, if any (it was deleted). */
    forgetName(name) {
        for (const q of this.queues.filter((r) => r.name === name || r.requested === name))
            this.forget(q);
    }
    /** Forgets a queue (and its bindings) so reconnects do not declare it again. */
    forget(queue) {
        const i = this.queues.indexOf(queue);
        if (i >= 0)
            this.queues.splice(i, 1);
        for (let j = this.bindings.length - 1; j >= 0; j--)
            if (this.bindings[j].queue === queue)
                this.bindings.splice(j, 1);
    }
    async declareExchange(ch, d) {
        await ch.assertExchange(d.name, d.type, exchangeArguments(d.options));
    }
    async declareQueue(ch, ref) {
        const ok = await ch.assertQueue(ref.requested, queueArguments(ref.options));
        ref.name = ok.queue;
    }
    /** Runs `fn` on a short-lived channel of the open connection. */
    async withChannel(fn) {
        const conn = await this.connection.whenOpen();
        const ch = await conn.createChannel();
        let failed;
        ch.on('error', (err) => (failed = err));
        try {
            return await fn(ch);
        }
        catch (err) {
            throw failed ?? asError(err);
        }
        finally {
            await ch.close().catch(() => { });
        }
    }
    /** Restore hook: declares everything again on a new connection, in declaration order. */
    async restore(conn) {
        let ch;
        const channel = async () => {
            if (!ch) {
                const fresh = await conn.createChannel();
                // A failed declaration closes the channel; the next one gets a fresh channel.
                fresh.on('error', () => { });
                fresh.on('close', () => {
                    if (ch === fresh)
                        ch = undefined;
                });
                ch = fresh;
            }
            return ch;
        };
        const attempt = async (what, fn) => {
            try {
                await fn(await channel());
            }
            catch (err) {
                if (this.connection.isLost(conn))
                    throw asError(err);
                this.events.emit('error', new Error(`re-declaring ${what} failed: ${asError(err).message}`));
            }
        };
        for (const d of this.exchanges.values())
            await attempt(`exchange '${d.name}'`, (c) => this.declareExchange(c, d));
        for (const q of this.queues)
            await attempt(`queue '${q.requested || '(server-named)'}'`, (c) => this.declareQueue(c, q));
        for (const b of this.bindings) {
            await attempt(`binding '${b.exchange}' -> '${b.queue.name}'`, (c) => c.bindQueue(b.queue.name, b.exchange, b.pattern, b.args));
        }
        const last = ch;
        if (last)
            await last.close().catch(() => { });
    }
}
//# sourceMappingURL=topology.js.map