import { connect } from 'amqplib';
import { ConfirmWindow } from './confirm-window.js';
import { RateLimit } from './rate-limit.js';
import { connectTarget, parseUri, safeUri } from './uri.js';
const CLOSE_TIMEOUT_MS = 3000;
const MAX_BACKOFF_MS = 60_000;
/** a clean stop waits this long for the destination's confirms of what is in flight */
const STOP_CONFIRM_WAIT_MS = 5000;
/** no-ack: waiting messages past which the consumer pauses */
const PAUSE_AT = 1000;
export class ShovelWorker {
    vhost;
    name;
    def;
    user;
    host;
    state = 'starting';
    /** why it is terminated */
    reason;
    /** when the state last changed */
    since = new Date();
    lastError;
    counters = { forwarded: 0, moved: 0, duplicatesRisked: 0, restarts: 0 };
    /** messages still to move for a one-shot shovel; Infinity for a continuous one */
    remaining = Infinity;
    /** ... of which not yet published in this run */
    remainingUnacked = Infinity;
    link;
    /** bumped whenever the current link is given up: callbacks of an older one do nothing */
    gen = 0;
    stopped = false;
    failures = 0;
    restartTimer;
    drainTimer;
    targetKnown = false;
    window = new ConfirmWindow();
    pending = [];
    pendingHead = 0;
    flushQueued = false;
    limiter;
    forwardTable;
    constructor(vhost, name, def, 
    /** the user a local connection without credentials logs in as */
    user, host) {
        this.vhost = vhost;
        this.name = name;
        this.def = def;
        this.user = user;
        this.host = host;
        this.limiter = def.maxPerSecond === undefined ? undefined : new RateLimit(def.maxPerSecond);
        if (typeof def.deleteAfter === 'number') {
            this.remaining = def.deleteAfter;
            this.targetKnown = true;
        }
    }
    get blocked() {
        return this.link?.blocked ?? false;
    }
    get pendingCount() {
        return this.pending.length - this.pendingHead;
    }
    get srcUri() {
        return this.link?.srcUri;
    }
    get destUri() {
        return this.link?.destUri;
    }
    start() {
        void this.run();
    }
    /**
     * Stops for good: takes no more messages, waits (a few seconds at most) for the
     * destination to confirm what is in flight and acks it at the source, so a clean stop
     * or restart sends nothing twice; then closes both connections.
     */
    async stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        clearTimeout(this.restartTimer);
        clearTimeout(this.drainTimer);
        const link = this.link;
        if (link?.destCh && this.def.ackMode === 'on-confirm' && this.window.size > 0) {
            const confirms = link.destCh.waitForConfirms();
            await withTimeout(confirms, STOP_CONFIRM_WAIT_MS).catch(() => { });
        }
        this.gen++;
        this.link = undefined;
        await closeLink(link);
    }
    setState(state, reason) {
        this.state = state;
        this.reason = reason;
        this.since = new Date();
    }
    async run() {
        const gen = ++this.gen;
        const link = { blocked: false, full: false, paused: false };
        this.link = link;
        this.setState('starting');
        const stale = () => gen !== this.gen;
        let step = 'connecting to the source';
        try {
            const src = await this.connect(this.def.srcUris, link, 'src', gen);
            if (stale())
                return void closeLink(link);
            step = 'connecting to the destination';
            const dest = await this.connect(this.def.destUris, link, 'dest', gen);
            if (stale())
                return void closeLink(link);
            dest.on('blocked', () => (link.blocked = true));
            dest.on('unblocked', () => {
                link.blocked = false;
                this.drainPending(gen);
            });
            step = 'declaring the destination';
            const confirms = this.def.ackMode === 'on-confirm';
            const destCh = confirms ? await dest.createConfirmChannel() : await dest.createChannel();
            link.destCh = destCh;
            this.watchChannel(destCh, gen, 'destination');
            destCh.on('drain', () => {
                link.full = false;
                this.drainPending(gen);
            });
            if (this.def.destQueue !== undefined)
                await ensureQueue(dest, this.def.destQueue, this.def.destQueueArgs, this.def.destPredeclared);
            if (stale())
                return void closeLink(link);
            step = 'declaring the source';
            const srcCh = await src.createChannel();
            link.srcCh = srcCh;
            this.watchChannel(srcCh, gen, 'source');
            let queue;
            if (this.def.srcQueue !== undefined) {
                queue = this.def.srcQueue;
                await ensureQueue(src, queue, this.def.srcQueueArgs, this.def.srcPredeclared);
            }
            else {
                queue = (await srcCh.assertQueue('', { exclusive: true })).queue;
                await srcCh.bindQueue(queue, this.def.srcExchange, this.def.srcExchangeKey);
            }
            link.queue = queue;
            if (this.def.ackMode !== 'no-ack')
                await srcCh.prefetch(this.def.prefetch);
            if (!this.targetKnown && this.def.deleteAfter === 'queue-length') {
                // what is there when it first starts; a restart moves only what is left of that
                this.remaining = (await srcCh.checkQueue(queue)).messageCount;
                this.targetKnown = true;
            }
            if (stale())
                return void closeLink(link);
            this.remainingUnacked = this.remaining;
            if (this.remaining <= 0)
                return this.complete(gen);
            step = 'consuming from the source';
            link.consumerTag = (await this.consume(gen)).consumerTag;
            if (stale())
                return void closeLink(link);
            this.failures = 0;
            this.setState('running');
            this.host.info(`shovel '${this.name}' in vhost '${this.vhost}' running: ${link.srcUri} -> ${link.destUri}`);
        }
        catch (err) {
            this.fail(gen, `${step}: ${err.message}`);
        }
    }
    consume(gen) {
        const link = this.link;
        return link.srcCh.consume(link.queue, (m) => this.deliver(gen, m), {
            noAck: this.def.ackMode === 'no-ack',
            arguments: this.def.srcConsumerArgs,
        });
    }
    /** Tries the URIs in a random order, as RabbitMQ does, until one connects. */
    async connect(uris, link, side, gen) {
        if (uris.length === 0)
            throw new Error('no URI to connect to');
        const order = [...uris].sort(() => Math.random() - 0.5);
        let last;
        for (const uri of order) {
            try {
                const parsed = parseUri(uri);
                let local = { host: '', port: 0, user: this.user, credential: '' };
                if (parsed.local) {
                    const endpoint = this.host.local();
                    if (typeof endpoint === 'string')
                        throw new Error(endpoint);
                    local = { ...endpoint, user: this.user };
                }
                const target = connectTarget(parsed, `Shovel ${this.name}`, local);
                const conn = await connect(target.url, target.socket);
                conn.on('error', () => { }); // the 'close' that follows is handled
                conn.on('close', (err) => this.fail(gen, `${side === 'src' ? 'source' : 'destination'} connection closed${err ? `: ${err.message}` : ''}`));
                if (side === 'src') {
                    link.src = conn;
                    link.srcUri = safeUri(uri);
                }
                else {
                    link.dest = conn;
                    link.destUri = safeUri(uri);
                }
                return conn;
            }
            catch (err) {
                last = err;
                this.host.warn(`shovel '${this.name}' in vhost '${this.vhost}' failed to connect (URI: ${safeUri(uri)}): ${last.message}`);
            }
        }
        throw last;
    }
    watchChannel(ch, gen, side) {
        let why = '';
        ch.on('error', (err) => (why = `: ${err.message}`));
        // deferred: when the whole connection closes, amqplib closes its channels first, and
        // the connection's close, which carries the server's reason, should be the one reported
        ch.on('close', () => setImmediate(() => this.fail(gen, `${side} channel closed${why}`)));
    }
    deliver(gen, m) {
        // stopping: what arrives now stays unacked and returns to the source
        if (gen !== this.gen || this.stopped)
            return;
        if (m === null)
            return this.fail(gen, 'the source cancelled the consumer (was the queue deleted?)');
        // a one-shot shovel past its count leaves the rest unacked: the source requeues them
        if (this.remainingUnacked <= 0)
            return;
        this.remainingUnacked--;
        const link = this.link;
        if (this.pendingCount > 0 || link.blocked || link.full) {
            this.pending.push(m);
            this.pauseIfFlooded(link);
            this.drainPending(gen);
            return;
        }
        const wait = this.limiter?.take() ?? 0;
        if (wait > 0) {
            this.pending.push(m);
            this.pauseIfFlooded(link);
            this.scheduleDrain(gen, wait);
            return;
        }
        this.forward(gen, m);
    }
    /**
     * Without acks, prefetch-count does not bound what the source sends: when messages pile
     * up waiting for the destination or the rate limit, the consumer is cancelled, and
     * started again once they went (drainPending).
     */
    pauseIfFlooded(link) {
        if (this.def.ackMode !== 'no-ack' || link.paused || this.pendingCount < PAUSE_AT)
            return;
        link.paused = true;
        if (link.consumerTag !== undefined)
            void link.srcCh.cancel(link.consumerTag).catch(() => { });
    }
    scheduleDrain(gen, ms) {
        if (this.drainTimer !== undefined)
            return;
        this.drainTimer = setTimeout(() => {
            this.drainTimer = undefined;
            this.drainPending(gen);
        }, ms);
    }
    /** Forwards waiting messages while the destination takes them and the rate allows. */
    drainPending(gen) {
        const link = this.link;
        if (gen !== this.gen || !link || this.drainTimer !== undefined || this.stopped)
            return;
        while (this.pendingCount > 0 && !link.blocked && !link.full && gen === this.gen) {
            const wait = this.limiter?.take() ?? 0;
            if (wait > 0) {
                this.pauseIfFlooded(link);
                return this.scheduleDrain(gen, wait);
            }
            const m = this.pending[this.pendingHead];
            this.pending[this.pendingHead++] = undefined;
            this.forward(gen, m);
        }
        if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
            this.pending = this.pending.slice(this.pendingHead);
            this.pendingHead = 0;
        }
        if (link.paused && this.pendingCount === 0 && gen === this.gen) {
            link.paused = false;
            this.consume(gen).then((ok) => (link.consumerTag = ok.consumerTag), (err) => this.fail(gen, `consuming from the source: ${err.message}`));
        }
    }
    forward(gen, m) {
        const link = this.link;
        const exchange = this.def.destQueue !== undefined ? '' : (this.def.destExchange ?? m.fields.exchange);
        const key = this.def.destQueue ?? this.def.destExchangeKey ?? m.fields.routingKey;
        const options = this.publishOptions(m);
        if (m.fields.redelivered)
            this.counters.duplicatesRisked++;
        this.counters.forwarded++;
        let ok;
        if (this.def.ackMode === 'on-confirm') {
            const id = this.window.push(m.fields.deliveryTag);
            ok = link.destCh.publish(exchange, key, m.content, options, (err) => this.confirmed(gen, id, err));
        }
        else {
            ok = link.destCh.publish(exchange, key, m.content, options);
            if (this.def.ackMode === 'on-publish')
                link.srcCh.ack(m);
            this.moved(gen, 1);
        }
        if (!ok)
            link.full = true;
    }
    confirmed(gen, id, err) {
        // a channel that closed under unconfirmed publishes: the failure path requeues them
        if (gen !== this.gen || err?.message === 'channel closed')
            return;
        this.window.settle(id, !err);
        if (this.flushQueued)
            return;
        this.flushQueued = true;
        // one source ack per batch of confirms (a confirm with multiple settles many at once)
        queueMicrotask(() => {
            this.flushQueued = false;
            if (gen === this.gen)
                this.flush();
        });
    }
    /** Tells the source what the destination settled (on-confirm). */
    flush() {
        const ch = this.link?.srcCh;
        if (!ch || this.def.ackMode !== 'on-confirm')
            return;
        const gen = this.gen;
        const { acked, nacked } = this.window.drain((tag) => ch.ack(tagOnly(tag), true), (tag) => ch.nack(tagOnly(tag), false, true));
        // a nacked message comes back from the source and is forwarded again
        this.remainingUnacked += nacked;
        if (acked > 0)
            this.moved(gen, acked);
    }
    moved(gen, n) {
        this.counters.moved += n;
        this.remaining -= n;
        if (this.remaining <= 0 && gen === this.gen)
            this.complete(gen);
    }
    /** A one-shot shovel is done: close cleanly (the acks go first), then clear the parameter. */
    complete(gen) {
        if (gen !== this.gen || this.stopped)
            return;
        this.gen++;
        this.stopped = true;
        const link = this.link;
        this.link = undefined;
        this.host.info(`shovel '${this.name}' in vhost '${this.vhost}' completed: ${this.counters.moved} message(s) moved`);
        void closeLink(link).then(() => this.host.completed());
    }
    fail(gen, reason) {
        if (gen !== this.gen || this.stopped)
            return;
        this.flush(); // acks for what the destination confirmed before it went away
        if (this.stopped)
            return; // those acks completed a one-shot shovel
        this.gen++;
        const link = this.link;
        this.link = undefined;
        // unacked deliveries return to the source when its connection closes
        this.window.clear();
        this.pending = [];
        this.pendingHead = 0;
        clearTimeout(this.drainTimer);
        this.drainTimer = undefined;
        this.lastError = { message: reason, at: new Date() };
        void closeLink(link);
        if (this.def.reconnectDelay <= 0) {
            this.setState('terminated', `${reason} (reconnect-delay 0: not restarted)`);
            this.host.warn(`shovel '${this.name}' in vhost '${this.vhost}' stopped: ${reason}`);
            return;
        }
        this.setState('terminated', reason);
        this.failures++;
        const base = this.def.reconnectDelay * 1000 * 2 ** Math.min(this.failures - 1, 16);
        const delay = Math.min(Math.max(this.def.reconnectDelay * 1000, MAX_BACKOFF_MS), base) * (0.8 + 0.4 * Math.random());
        this.host.warn(`shovel '${this.name}' in vhost '${this.vhost}' failed (${reason}); restarting in ${Math.round(delay)} ms`);
        this.restartTimer = setTimeout(() => {
            this.restartTimer = undefined;
            if (this.stopped)
                return;
            this.counters.restarts++;
            void this.run();
        }, delay);
    }
    publishOptions(m) {
        const p = m.properties;
        const o = {
            contentType: p.contentType,
            contentEncoding: p.contentEncoding,
            headers: p.headers,
            deliveryMode: p.deliveryMode,
            priority: p.priority,
            correlationId: p.correlationId,
            replyTo: p.replyTo,
            expiration: p.expiration,
            messageId: p.messageId,
            timestamp: p.timestamp,
            type: p.type,
            userId: p.userId,
            appId: p.appId,
        };
        for (const [k, v] of Object.entries(this.def.publishProperties)) {
            const field = PROPERTY_NAMES[k];
            if (field)
                o[field] = v;
        }
        if (this.def.addForwardHeaders || this.def.addTimestampHeader) {
            const headers = { ...(o.headers ?? {}) };
            if (this.def.addForwardHeaders) {
                const before = headers['x-shovelled'];
                headers['x-shovelled'] = [this.forwardHeader(), ...(Array.isArray(before) ? before : [])];
            }
            if (this.def.addTimestampHeader) {
                headers['x-shovelled-timestamp'] = { '!': 'long', value: Math.floor(Date.now() / 1000) };
            }
            o.headers = headers;
        }
        return o;
    }
    /** RabbitMQ's x-shovelled table (rabbit_shovel_util:update_headers): who moved it, from where to where. */
    forwardHeader() {
        if (this.forwardTable && this.link?.srcUri === this.forwardTable['src-uri'])
            return this.forwardTable;
        const d = this.def;
        const t = {
            'shovelled-by': this.host.clusterName,
            'shovel-type': 'dynamic',
            'shovel-name': this.name,
            'shovel-vhost': this.vhost,
            'src-uri': this.link?.srcUri ?? '',
            'dest-uri': this.link?.destUri ?? '',
        };
        if (d.srcQueue !== undefined)
            t['src-queue'] = d.srcQueue;
        else {
            t['src-exchange'] = d.srcExchange;
            t['src-exchange-key'] = d.srcExchangeKey;
        }
        if (d.destExchange !== undefined)
            t['dest-exchange'] = d.destExchange;
        if (d.destExchangeKey !== undefined)
            t['dest-exchange-key'] = d.destExchangeKey;
        if (d.destQueue !== undefined)
            t['dest-queue'] = d.destQueue;
        this.forwardTable = t;
        return t;
    }
}
/** publish-properties keys (AMQP names, as RabbitMQ takes them) to amqplib's option names. */
const PROPERTY_NAMES = {
    content_type: 'contentType',
    content_encoding: 'contentEncoding',
    delivery_mode: 'deliveryMode',
    priority: 'priority',
    correlation_id: 'correlationId',
    reply_to: 'replyTo',
    expiration: 'expiration',
    message_id: 'messageId',
    timestamp: 'timestamp',
    type: 'type',
    user_id: 'userId',
    app_id: 'appId',
};
/** ack/nack take a message but read only its delivery tag. */
const tagOnly = (deliveryTag) => ({ fields: { deliveryTag } });
/**
 * RabbitMQ's ensure_queue: a passive declare on a channel of its own; when the queue is
 * missing (404), a durable declare with the given arguments. Predeclared: passive only.
 */
async function ensureQueue(conn, queue, args, predeclared) {
    const probe = await conn.createChannel();
    probe.on('error', () => { });
    try {
        await probe.checkQueue(queue);
        await probe.close().catch(() => { });
        return;
    }
    catch (err) {
        if (err.code !== 404 || predeclared)
            throw err;
    }
    const ch = await conn.createChannel();
    ch.on('error', () => { });
    try {
        await ch.assertQueue(queue, { durable: true, arguments: args });
    }
    finally {
        await ch.close().catch(() => { });
    }
}
async function closeLink(link) {
    if (!link)
        return;
    // The source channel first, on its own: amqplib writes a channel's frames in order but
    // may put a connection.close (channel 0) ahead of acks still queued on channel 1, and
    // those acks must reach the source, or it would send the messages again.
    if (link.srcCh)
        await withTimeout(link.srcCh.close(), CLOSE_TIMEOUT_MS).catch(() => { });
    await closeConnection(link.src);
    await closeConnection(link.dest);
}
async function withTimeout(p, ms) {
    let timer;
    try {
        return await Promise.race([
            p,
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error('timed out')), ms);
            }),
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function closeConnection(conn) {
    if (!conn)
        return;
    try {
        await withTimeout(conn.close(), CLOSE_TIMEOUT_MS);
    }
    catch {
        // already closed, or the peer does not answer: drop the socket
        conn.connection?.stream?.destroy();
    }
}
//# sourceMappingURL=worker.js.map