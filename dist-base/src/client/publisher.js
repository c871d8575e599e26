// Confirmed publishing on one confirm channel with many publishes in flight. A publish
// resolves on the broker's ack; rejects on a nack, on a basic.return of a mandatory
// message (matched by message id: RabbitMQ sends the return before the ack), or on a
// channel error. When the *connection* drops before the confirm, the message is kept
// and sent again on the next connection with the same message id (at-least-once: a
// consumer may see it twice, which its dedup store absorbs) unless republishOnReconnect
// is off, in which case the publish rejects with reason 'closed'.
import { closeChannel } from './close-channel.js';
import { asError } from './errors.js';
import { PublishError } from './types.js';
export class Publisher {
    settings;
    events;
    metrics;
    channel;
    /** Error that closed the current channel from the broker's side, if any. */
    channelError = new WeakMap();
    waiting = [];
    inFlight = new Set();
    byMessageId = new Map();
    outstanding = 0;
    slotWaiters = [];
    drainWaiters = [];
    writable = true;
    seq = 0;
    closed = false;
    reopening;
    conn;
    constructor(settings, events, metrics) {
        this.settings = settings;
        this.events = events;
        this.metrics = metrics;
    }
    /** Number of publishes not yet settled. */
    get pending() {
        return this.outstanding;
    }
    /** Opens the confirm channel on a (new) connection and sends whatever waits. */
    async attach(conn) {
        this.conn = conn;
        await this.openChannel(conn);
    }
    async openChannel(conn) {
        const ch = await conn.createConfirmChannel();
        ch.on('error', (err) => {
            // Emitted before 'close': the callbacks 'close' rejects then know it was the broker.
            this.channelError.set(ch, err);
            this.events.emit('error', err);
        });
        // Prepended: amqplib's own 'close' listener rejects the unconfirmed callbacks, and
        // by then this channel must no longer be the one new writes go to.
        ch.prependListener('close', () => this.onChannelClosed(ch));
        ch.on('return', (msg) => this.onReturn(msg));
        this.channel = ch;
        this.writable = true;
        this.flush();
    }
    /** The connection is gone: sent-but-unconfirmed messages come back through the confirm callbacks. */
    detach() {
        this.channel = undefined;
        this.conn = undefined;
    }
    onChannelClosed(ch) {
        if (this.channel !== ch)
            return;
        this.channel = undefined;
        // A channel the broker closed while the connection lives (e.g. 404 on a missing
        // exchange) is reopened at once so the other publishes go on.
        const conn = this.conn;
        if (conn && this.channelError.has(ch) && !this.closed) {
            this.reopening = this.openChannel(conn)
                .catch((err) => this.events.emit('error', asError(err)))
                .finally(() => (this.reopening = undefined));
        }
    }
    onReturn(msg) {
        const id = msg.properties.messageId;
        const info = {
            messageId: id ?? '',
            exchange: msg.fields.exchange,
            routingKey: msg.fields.routingKey,
            replyCode: msg.fields.replyCode,
            replyText: msg.fields.replyText,
        };
        this.events.emit('returned', info);
        if (!id)
            return;
        // A retry or dead-letter copy carries its original's message id, and the original's
        // confirm may still be outstanding (RabbitMQ delivers before it confirms): the
        // exchange and routing key tell the two apart.
        const p = this.byMessageId
            .get(id)
            ?.find((x) => !x.returned && !x.settled && x.exchange === info.exchange && x.routingKey === info.routingKey);
        if (p)
            p.returned = info;
    }
    /** Waits for a slot in the in-flight window. */
    async acquire() {
        while (this.outstanding >= this.settings.maxInFlight) {
            await new Promise((resolve) => this.slotWaiters.push(resolve));
            if (this.closed)
                throw new PublishError('client is closed', 'closed');
        }
        this.outstanding++;
    }
    release() {
        this.outstanding--;
        this.slotWaiters.shift()?.();
        if (this.outstanding === 0) {
            const waiters = this.drainWaiters;
            this.drainWaiters = [];
            for (const w of waiters)
                w();
        }
    }
    /**
     * Publishes an encoded message; resolves on the broker's confirm. `counted` false keeps
     * it out of the publish metrics (rate-limit markers, whose nacks are the normal case).
     */
    async send(exchange, routingKey, body, props, counted = true) {
        if (this.closed)
            throw new PublishError('client is closed', 'closed');
        await this.acquire();
        if (this.closed) {
            this.release();
            throw new PublishError('client is closed', 'closed');
        }
        const started = performance.now();
        try {
            await new Promise((resolve, reject) => {
                const p = {
                    seq: this.seq++,
                    exchange,
                    routingKey,
                    body,
                    props,
                    resolve,
                    reject,
                    settled: false,
                };
                p.timer = setTimeout(() => this.fail(p, new PublishError(`not confirmed within ${this.settings.publishTimeoutMs} ms`, 'timeout')), this.settings.publishTimeoutMs);
                this.waiting.push(p);
                this.flush();
            });
            if (counted) {
                this.metrics.inc('published_total');
                this.metrics.observe('publish_confirm_ms', {}, performance.now() - started);
            }
        }
        catch (err) {
            if (counted)
                this.metrics.inc('publish_failed_total', {
                    reason: err instanceof PublishError ? err.reason : 'error',
                });
            throw err;
        }
        finally {
            this.release();
        }
    }
    flush() {
        while (this.channel && this.writable && this.waiting.length > 0) {
            const p = this.waiting.shift();
            if (p.settled)
                continue;
            this.write(this.channel, p);
        }
    }
    write(ch, p) {
        let ok;
        p.channel = ch;
        this.inFlight.add(p);
        const list = this.byMessageId.get(p.props.messageId);
        if (list)
            list.push(p);
        else
            this.byMessageId.set(p.props.messageId, [p]);
        try {
            ok = ch.publish(p.exchange, p.routingKey, p.body, p.props, (err) => this.onConfirm(ch, p, err));
        }
        catch {
            // The channel closed under us (amqplib throws synchronously): try again later.
            this.untrack(p);
            this.waiting.unshift(p);
            if (this.channel === ch)
                this.channel = undefined;
            return;
        }
        if (!ok) {
            // amqplib's buffer is full: stop writing until the socket drains.
            this.writable = false;
            ch.once('drain', () => {
                if (this.channel === ch) {
                    this.writable = true;
                    this.flush();
                }
            });
        }
    }
    untrack(p) {
        this.inFlight.delete(p);
        p.channel = undefined;
        const list = this.byMessageId.get(p.props.messageId);
        if (!list)
            return;
        const i = list.indexOf(p);
        if (i >= 0)
            list.splice(i, 1);
        if (list.length === 0)
            this.byMessageId.delete(p.props.messageId);
    }
    onConfirm(ch, p, err) {
        // A callback from a channel the message is no longer on (it was re-sent) is stale.
        if (p.channel !== ch)
            return;
        this.untrack(p);
        if (p.settled)
            return;
        if (!err) {
            if (p.returned) {
                const r = p.returned;
                this.fail(p, new PublishError(`unroutable: ${r.replyCode} ${r.replyText} (exchange '${r.exchange}', routing key '${r.routingKey}')`, 'unroutable'));
            }
            else {
                this.succeed(p);
            }
            return;
        }
        const message = asError(err).message;
        if (message === 'message nacked') {
            this.fail(p, new PublishError('the broker nacked the message', 'nack'));
            return;
        }
        const brokerError = this.channelError.get(ch);
        if (brokerError) {
            this.fail(p, new PublishError(`channel closed by the broker: ${brokerError.message}`, 'closed'));
            return;
        }
        // The connection went away before the confirm.
        if (this.settings.republishOnReconnect && !this.closed) {
            p.returned = undefined;
            this.metrics.inc('republished_total');
            this.requeue(p);
        }
        else {
            this.fail(p, new PublishError('connection lost before the broker confirmed', 'closed'));
        }
    }
    /** Back into the waiting list in original publish order, ahead of newer publishes. */
    requeue(p) {
        let i = 0;
        while (i < this.waiting.length && this.waiting[i].seq < p.seq)
            i++;
        this.waiting.splice(i, 0, p);
        this.flush();
    }
    succeed(p) {
        p.settled = true;
        clearTimeout(p.timer);
        p.resolve();
    }
    fail(p, err) {
        if (p.settled)
            return;
        p.settled = true;
        clearTimeout(p.timer);
        const i = this.waiting.indexOf(p);
        if (i >= 0)
            this.waiting.splice(i, 1);
        p.reject(err);
    }
    /** Resolves when every publish has settled, or after `timeoutMs`; true if all settled. */
    async drain(timeoutMs) {
        if (this.outstanding === 0)
            return true;
        let timer;
        const done = await Promise.race([
            new Promise((resolve) => this.drainWaiters.push(() => resolve(true))),
            new Promise((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs)))),
        ]);
        clearTimeout(timer);
        return done;
    }
    /** Stops taking publishes and rejects what is still unsettled. */
    async close() {
        this.closed = true;
        await this.reopening;
        for (const p of [...this.waiting, ...this.inFlight]) {
            this.fail(p, new PublishError('client closed before the broker confirmed', 'closed'));
        }
        this.waiting = [];
        for (const w of this.slotWaiters)
            w();
        this.slotWaiters = [];
        const ch = this.channel;
        this.channel = undefined;
        if (ch)
            await closeChannel(ch);
    }
}
//# sourceMappingURL=publisher.js.map