// One consumer of one queue: its own channel (prefetch and a channel error stay its
// own), a local buffer, at most `concurrency` handlers at once, and exactly one outcome
// per delivery, taken only after the handler settled:
// - resolved: ack;
// - PermanentError, undecodable or schema-invalid payload: a copy with x-failure-* headers
//   goes to the dead-letter queue (confirmed), then ack;
// - any other error: a copy with x-attempt + 1 is parked for its backoff (retry.ts),
//   confirmed, then ack; after maxAttempts it is dead-lettered instead;
// - a duplicate (dedup store says the id is done): ack without running the handler.
// Copy-then-ack means a crash in between delivers the message twice, never zero times.
//
// With a dedup store the message id is claimed as an in-progress lease before the
// handler, marked done only after the handler resolved (then the ack), and released
// when it threw. A delivery whose id is leased by someone else (a concurrent copy, or a
// holder that died and whose lease has not run out) is neither acked nor handled: it is
// set aside here and claimed again after a growing pause, until the holder completed
// (then it is a duplicate) or released it or the lease ran out (then it is processed).
// It is not nacked meanwhile: requeueing would spin through the broker, and quorum
// queues count every requeue towards their delivery limit.
import { closeChannel } from './close-channel.js';
import { randomUUID } from 'node:crypto';
import { attemptOf, PayloadDecodeError, republishProperties, toEnvelope } from './envelope.js';
import { asError, isPermanent } from './errors.js';
import { renewWhileRunning } from './lease-renewal.js';
import { LoopLeft } from './message-stream.js';
import { SchemaValidationError, validate } from './schema.js';
import { HEADER } from './types.js';
const MAX_FAILURE_MESSAGE = 1024;
/** First pause before claiming a leased id again; it doubles up to LEASE_RECHECK_MAX_MS. */
const LEASE_RECHECK_MIN_MS = 100;
const LEASE_RECHECK_MAX_MS = 5000;
export class Consumer {
    deps;
    queue;
    handler;
    s;
    ch;
    tag;
    buffer = [];
    running = new Set();
    /** Deliveries whose id another holder leases, each with the timer that claims it again. */
    waiting = new Map();
    /** Failed deliveries of a dead-letter queue, kept unacked until the consumer stops. */
    kept = new Set();
    cancelled = false;
    paused = false;
    idleWaiters = [];
    shutdown = new AbortController();
    /** Aborted by cancel(): ends waits for a rate-limit slot. */
    stopping = new AbortController();
    constructor(deps, queue, handler, s) {
        this.deps = deps;
        this.queue = queue;
        this.handler = handler;
        this.s = s;
    }
    get active() {
        return !this.cancelled;
    }
    /** Restore hook: a channel, the dead-letter and retry queues, prefetch, basic.consume. */
    async attach(conn) {
        if (this.cancelled)
            return;
        const ch = await conn.createChannel();
        ch.on('error', (err) => this.deps.events.emit('error', new Error(`consumer of '${this.queue.name}': ${err.message}`)));
        ch.on('close', () => {
            if (this.ch === ch)
                this.ch = undefined;
            // Buffered and waiting deliveries of a closed channel come back from the broker on their own.
            this.buffer = this.buffer.filter((d) => d.ch !== ch);
            for (const d of this.kept)
                if (d.ch === ch)
                    this.kept.delete(d);
            for (const [d, timer] of this.waiting) {
                if (d.ch !== ch)
                    continue;
                clearTimeout(timer);
                this.waiting.delete(d);
            }
        });
        if (this.s.deadLetterQueue)
            await ch.assertQueue(this.s.deadLetterQueue, { durable: true });
        if (this.s.retry)
            await this.s.retry.declare(ch);
        if (this.s.rateLimiter)
            await this.s.rateLimiter.declare(ch);
        await ch.prefetch(this.s.prefetch);
        this.ch = ch;
        this.tag = undefined;
        if (!this.paused)
            await this.startConsuming(ch);
        if (this.cancelled)
            await this.stopChannel();
    }
    async startConsuming(ch) {
        const options = { noAck: false, exclusive: this.s.exclusive };
        if (this.s.priority !== undefined)
            options.arguments = { 'x-priority': this.s.priority };
        const ok = await ch.consume(this.queue.name, (msg) => this.onMessage(ch, msg), options);
        this.tag = ok.consumerTag;
    }
    get isPaused() {
        return this.paused;
    }
    /**
     * Stops deliveries (basic.cancel) and hands back the ones no handler started; running
     * handlers finish. Stays paused across reconnects until resume().
     */
    async pause() {
        if (this.paused || this.cancelled)
            return;
        this.paused = true;
        await this.stopChannelConsumer();
        this.tag = undefined;
        const buffered = this.buffer;
        this.buffer = [];
        for (const d of buffered)
            this.settle(d, 'requeue');
    }
    /** Consumes again after pause(). */
    async resume() {
        if (!this.paused || this.cancelled)
            return;
        this.paused = false;
        const ch = this.ch;
        // Without a channel (reconnecting) the next attach starts consuming.
        if (ch)
            await this.startConsuming(ch);
    }
    onMessage(ch, msg) {
        if (msg === null) {
            // basic.cancel from the broker: the queue was deleted (or a failover).
            if (this.ch === ch)
                this.ch = undefined;
            // Nothing comes on this channel any more; left open it would hold this consumer.
            void closeChannel(ch);
            const err = new Error(`the broker cancelled the consumer of '${this.queue.name}'`);
            this.deps.events.emit('error', err);
            this.s.onBrokerCancel?.(err);
            return;
        }
        const d = { ch, msg, settled: false, waits: 0 };
        if (this.cancelled || this.paused) {
            this.settle(d, 'requeue');
            return;
        }
        this.buffer.push(d);
        this.pump();
    }
    pump() {
        while (this.running.size < this.s.concurrency &&
            this.buffer.length > 0 &&
            !this.cancelled &&
            !this.paused) {
            const d = this.buffer.shift();
            this.running.add(d);
            void this.process(d).finally(() => {
                this.running.delete(d);
                if (this.running.size === 0) {
                    const waiters = this.idleWaiters;
                    this.idleWaiters = [];
                    for (const w of waiters)
                        w();
                }
                this.pump();
            });
        }
    }
    async process(d) {
        const { msg } = d;
        const headers = (msg.properties.headers ?? {});
        const attempt = attemptOf(headers);
        const id = msg.properties.messageId === undefined ? '' : String(msg.properties.messageId);
        let outcome = 'requeue';
        let error;
        let durationMs = 0;
        let waiting = false;
        try {
            if (this.s.rateLimiter) {
                const slot = await this.s.rateLimiter.acquire(this.stopping.signal).then(() => undefined, (err) => asError(err));
                // Stopped while it waited, or no slot could be had (e.g. the connection dropped
                // during a group's marker publish): back to the broker untouched.
                if (slot || this.cancelled || this.paused) {
                    if (slot && !this.cancelled)
                        this.deps.events.emit('error', new Error(`rate limit of '${this.queue.name}': ${slot.message}`));
                    this.settle(d, 'requeue');
                    return;
                }
            }
            let env;
            try {
                env = toEnvelope(msg);
                if (this.s.schema)
                    env.payload = await validate(this.s.schema, env.payload, `message '${id}' on '${this.queue.name}'`);
            }
            catch (err) {
                if (!(err instanceof PayloadDecodeError || err instanceof SchemaValidationError))
                    throw err;
                error = err;
                outcome = await this.deadLetter(d, 'invalid-payload', err, attempt);
                return;
            }
            const dedup = this.s.dedup && id ? this.s.dedup : undefined;
            let claimed = false;
            try {
                if (dedup) {
                    const state = await dedup.claim(id, this.s.dedupLeaseSeconds);
                    if (state === 'done') {
                        outcome = this.settle(d, 'ack') ? 'duplicate' : 'requeue';
                        return;
                    }
                    if (state === 'processing') {
                        waiting = this.wait(d);
                        return;
                    }
                    if (state !== 'claimed')
                        throw new TypeError(`DedupStore.claim returned ${String(state)}`);
                    claimed = true;
                }
                const started = performance.now();
                d.lease = claimed
                    ? renewWhileRunning(dedup, id, this.s.dedupLeaseSeconds, (e) => this.deps.events.emit('error', e), () => this.deps.metrics.inc('dedup_lease_renewals_total', { queue: this.s.label }))
                    : undefined;
                try {
                    await this.deps.runHandler(d.msg, this.queue.name, attempt, this.shutdown.signal, (ctx) => this.handler(env, ctx));
                }
                finally {
                    d.lease?.stop();
                    durationMs = performance.now() - started;
                    this.deps.metrics.observe('handler_duration_ms', { queue: this.s.label }, durationMs);
                }
            }
            catch (err) {
                error = asError(err);
                if (claimed) {
                    // The message will be seen again (retry or replay): it must not look like a duplicate then.
                    await dedup.release(id).catch((e) => this.deps.events.emit('error', asError(e)));
                }
                // Abandoned at the close() deadline: the delivery is back with the broker already,
                // so a retry or dead-letter copy would be a second one.
                outcome = d.settled ? 'requeue' : await this.fail(d, attempt, error);
                return;
            }
            if (claimed) {
                // Done before the ack: a crash in between redelivers a message the store calls a
                // duplicate, which is right, the work was done. Even if the delivery was already
                // requeued (close() deadline) the work is done, so this still runs. If the store
                // fails here the message is acked all the same (the work is done); the lease then
                // just runs out, and a later copy of the id would be processed again.
                await dedup
                    .complete(id, this.s.dedupTtlSeconds)
                    .catch((e) => this.deps.events.emit('error', new Error(`dedup store: marking '${id}' done failed (${asError(e).message}); acked anyway`)));
            }
            outcome = this.settle(d, 'ack') ? 'ack' : 'requeue';
        }
        catch (err) {
            // Only the SDK's own steps land here (e.g. a dedup store outage in release()).
            error = asError(err);
            this.deps.events.emit('error', error);
            this.settle(d, 'requeue');
            outcome = 'requeue';
        }
        finally {
            if (!waiting)
                this.report(id, outcome, durationMs, attempt, error);
        }
    }
    report(id, outcome, durationMs, attempt, error) {
        this.deps.metrics.inc('messages_handled_total', { queue: this.s.label, outcome });
        this.deps.events.emit('handled', {
            queue: this.queue.name,
            messageId: id,
            outcome,
            durationMs,
            attempt,
            ...(error ? { error } : {}),
        });
    }
    /**
     * Sets aside a delivery whose id someone else leases, unacked, and queues it for
     * another claim after a pause: 100 ms, doubling, at most a quarter of the lease (and
     * 5 s), so a live holder's completion is seen soon and a dead holder's lease is
     * noticed shortly after it ran out. Returns true when set aside (no outcome yet), false
     * when the consumer is cancelled and the delivery went back to the broker.
     */
    wait(d) {
        if (this.cancelled) {
            this.settle(d, 'requeue');
            return false;
        }
        this.deps.metrics.inc('dedup_waits_total', { queue: this.s.label });
        const cap = Math.min(LEASE_RECHECK_MAX_MS, Math.max(LEASE_RECHECK_MIN_MS, this.s.dedupLeaseSeconds * 250));
        const pause = Math.min(cap, LEASE_RECHECK_MIN_MS * 2 ** Math.min(d.waits, 16));
        d.waits++;
        const timer = setTimeout(() => {
            this.waiting.delete(d);
            // cancel() requeued it already; a closed channel's deliveries come back on their own.
            if (this.cancelled || d.settled || this.ch !== d.ch)
                return;
            this.buffer.unshift(d);
            this.pump();
        }, pause);
        this.waiting.set(d, timer);
        return true;
    }
    async fail(d, attempt, err) {
        if (err instanceof LoopLeft) {
            // A `for await` loop left this message unprocessed: back to the queue as it was.
            this.settle(d, 'requeue');
            return 'requeue';
        }
        if (this.s.deadLetterQueue === null)
            return this.keep(d);
        if (isPermanent(err))
            return this.deadLetter(d, 'permanent', err, attempt);
        if (this.s.retry && attempt < this.s.maxAttempts)
            return this.retry(d, attempt, err);
        return this.deadLetter(d, 'max-attempts', err, attempt);
    }
    async retry(d, attempt, err) {
        const target = this.s.retry.target(attempt);
        const props = republishProperties(d.msg, { ...target.headers, [HEADER.attempt]: attempt + 1 });
        if (target.expiration !== undefined)
            props.expiration = target.expiration;
        props.mandatory = target.mandatory;
        try {
            await this.deps.publisher.send(target.exchange, target.routingKey, d.msg.content, withId(props));
        }
        catch (publishErr) {
            this.deps.events.emit('error', new Error(`retry of '${this.queue.name}' message failed (${asError(publishErr).message}); requeued. Handler error: ${err.message}`));
            this.settle(d, 'requeue');
            return 'requeue';
        }
        this.deps.metrics.inc('retries_total', { queue: this.s.label });
        return this.settle(d, 'ack') ? 'retry' : 'requeue';
    }
    async deadLetter(d, reason, err, attempt) {
        // Counted only once the copy is confirmed (or the broker took the reject): a copy
        // that failed leaves the message requeued, not dead-lettered.
        if (this.s.deadLetterQueue === null)
            return this.keep(d);
        const counted = () => {
            this.deps.metrics.inc('dead_letters_total', { queue: this.s.label, reason });
            return 'dead-letter';
        };
        if (this.s.deadLetterQueue === false) {
            return this.settle(d, 'reject') ? counted() : 'requeue';
        }
        const props = republishProperties(d.msg, {
            [HEADER.failureReason]: reason,
            [HEADER.failureMessage]: err.message.slice(0, MAX_FAILURE_MESSAGE),
            [HEADER.originalQueue]: this.queue.name,
            [HEADER.attempt]: attempt,
        });
        try {
            await this.deps.publisher.send('', this.s.deadLetterQueue, d.msg.content, withId(props));
        }
        catch (publishErr) {
            this.deps.events.emit('error', new Error(`dead-lettering a '${this.queue.name}' message failed (${asError(publishErr).message}); requeued`));
            this.settle(d, 'requeue');
            return 'requeue';
        }
        // Confirmed: it is in the dead-letter queue whatever happens to the ack.
        const acked = this.settle(d, 'ack');
        counted();
        return acked ? 'dead-letter' : 'requeue';
    }
    /**
     * A dead-letter queue's consumer failed on `d`: requeueing would hand it straight back
     * (a loop), rejecting would drop it, so it stays unacked, holding one prefetch slot,
     * until cancel() or close() puts it back in the queue.
     */
    keep(d) {
        if (this.cancelled) {
            this.settle(d, 'requeue');
            return 'requeue';
        }
        this.kept.add(d);
        return 'kept';
    }
    /** Acks, requeues or rejects once; false when the channel is gone (the broker redelivers). */
    settle(d, how) {
        if (d.settled)
            return false;
        d.settled = true;
        try {
            if (how === 'ack')
                d.ch.ack(d.msg);
            else
                d.ch.nack(d.msg, false, how === 'requeue');
            return true;
        }
        catch {
            return false;
        }
    }
    /** Stops new deliveries (basic.cancel) and hands buffered ones back to the broker. */
    async cancel() {
        if (this.cancelled)
            return;
        this.cancelled = true;
        this.stopping.abort(new Error('consumer cancelled'));
        await this.stopChannelConsumer();
        const buffered = this.buffer;
        this.buffer = [];
        for (const d of buffered)
            this.settle(d, 'requeue');
        // Waiting deliveries have not started: back to the broker, as buffered ones.
        for (const [d, timer] of this.waiting) {
            clearTimeout(timer);
            this.settle(d, 'requeue');
        }
        this.waiting.clear();
        for (const d of this.kept)
            this.settle(d, 'requeue');
        this.kept.clear();
    }
    async stopChannelConsumer() {
        const ch = this.ch;
        const tag = this.tag;
        if (ch && tag)
            await ch.cancel(tag).catch(() => { });
    }
    /** Resolves when no handler runs, or after `timeoutMs`; true if idle. */
    async idle(timeoutMs) {
        if (this.running.size === 0)
            return true;
        let timer;
        const done = await Promise.race([
            new Promise((resolve) => this.idleWaiters.push(() => resolve(true))),
            new Promise((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs)))),
        ]);
        clearTimeout(timer);
        return done;
    }
    /** Deadline passed: abort the handlers' signals and requeue what they hold. */
    abandon() {
        this.shutdown.abort(new Error('shutdown deadline reached'));
        let n = 0;
        for (const d of this.running) {
            // Given up on: its lease must run out, so the redelivery is processed elsewhere.
            d.lease?.stop();
            if (this.settle(d, 'requeue'))
                n++;
        }
        return n;
    }
    /** Closes the channel (after cancel and drain). */
    async stopChannel() {
        const ch = this.ch;
        this.ch = undefined;
        if (ch)
            await closeChannel(ch);
    }
}
function withId(props) {
    return { ...props, messageId: props.messageId ?? randomUUID() };
}
//# sourceMappingURL=consumer.js.map