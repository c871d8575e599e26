// A consumer of a stream (`x-queue-type: stream`), on Wharf and RabbitMQ alike. A stream
// keeps its messages: a consumer reads from where it chooses (`x-stream-offset`: first,
// last, next, an offset, or a timestamp) and acks only return credit. So failures cannot
// be retried through the broker: a failed handler is retried here, in place, with
// backoff, and after the last attempt a copy goes to the dead-letter queue (confirmed)
// and the stream moves on. Messages are handled one at a time, in offset order; after
// each one its offset is saved to the OffsetStore (if any), and a restart, a reconnect
// or resume() starts after the last one handled. A crash between the handler and the
// save hands that one message to the next run again (at-least-once).
import { closeChannel } from '../close-channel.js';
import { backoffDelay } from '../backoff.js';
import { republishProperties, toEnvelope } from '../envelope.js';
import { asError } from '../errors.js';
import { validate } from '../schema.js';
import { HEADER } from '../types.js';
import { randomUUID } from 'node:crypto';
const RETRY_DEFAULTS = { initialDelayMs: 100, maxDelayMs: 5000, factor: 2, jitter: 0.2 };
/** The x-stream-offset consume argument for a start position. */
export function offsetArgument(from) {
    if (from instanceof Date)
        return { '!': 'timestamp', value: Math.floor(from.getTime() / 1000) };
    if (typeof from === 'number') {
        if (!Number.isSafeInteger(from) || from < 0)
            throw new RangeError(`stream offset must be >= 0, got ${from}`);
        return from;
    }
    if (from === 'first' || from === 'last' || from === 'next')
        return from;
    throw new RangeError(`from must be 'first', 'last', 'next', an offset or a Date, got ${String(from)}`);
}
function offsetOf(msg) {
    const v = msg.properties.headers?.['x-stream-offset'];
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    return undefined;
}
export class StreamConsumer {
    deps;
    queue;
    handler;
    o;
    ch;
    tag;
    /** The offset after the last handled message; where a re-attach starts. */
    next;
    chain = Promise.resolve();
    busy = 0;
    idleWaiters = [];
    cancelled = false;
    paused = false;
    shutdown = new AbortController();
    maxAttempts;
    backoff;
    deadLetterQueue;
    constructor(deps, queue, handler, o) {
        this.deps = deps;
        this.queue = queue;
        this.handler = handler;
        this.o = o;
        offsetArgument(o.from ?? 'next');
        this.maxAttempts = o.retry === false ? 1 : Math.max(1, o.retry?.maxAttempts ?? 5);
        this.backoff = { ...RETRY_DEFAULTS, ...(o.retry || {}) };
        this.deadLetterQueue = o.deadLetterQueue === undefined ? `${queue.requested}.dlq` : o.deadLetterQueue;
    }
    get isPaused() {
        return this.paused;
    }
    async attach(conn) {
        if (this.cancelled)
            return;
        const ch = await conn.createChannel();
        ch.on('error', (err) => this.deps.events.emit('error', new Error(`stream consumer of '${this.queue.name}': ${err.message}`)));
        ch.on('close', () => {
            if (this.ch === ch)
                this.ch = undefined;
        });
        if (this.deadLetterQueue)
            await ch.assertQueue(this.deadLetterQueue, { durable: true });
        await ch.prefetch(this.o.prefetch ?? 100);
        this.ch = ch;
        this.tag = undefined;
        if (!this.paused)
            await this.startConsuming(ch);
    }
    async startConsuming(ch) {
        if (this.next === undefined && this.o.offsets) {
            const stored = await this.o.offsets.store.load(this.o.offsets.name);
            if (stored !== undefined)
                this.next = stored + 1;
        }
        const from = this.next ?? this.o.from ?? 'next';
        const ok = await ch.consume(this.queue.name, (msg) => this.onMessage(ch, msg, from), {
            noAck: false,
            arguments: { 'x-stream-offset': offsetArgument(from) },
        });
        this.tag = ok.consumerTag;
    }
    onMessage(ch, msg, from) {
        if (msg === null) {
            if (this.ch === ch)
                this.ch = undefined;
            this.deps.events.emit('error', new Error(`the broker cancelled the stream consumer of '${this.queue.name}'`));
            return;
        }
        const offset = offsetOf(msg);
        // A broker may start at the beginning of the chunk holding the offset asked for.
        if (offset !== undefined && typeof from === 'number' && offset < from) {
            this.credit(ch, msg);
            return;
        }
        this.busy++;
        this.chain = this.chain
            .then(() => this.handle(ch, msg, offset))
            .catch((err) => this.deps.events.emit('error', asError(err)))
            .finally(() => {
            this.busy--;
            if (this.busy === 0)
                for (const w of this.idleWaiters.splice(0))
                    w();
        });
    }
    credit(ch, msg) {
        try {
            ch.ack(msg);
        }
        catch {
            // The channel closed: its credit went with it.
        }
    }
    async handle(ch, msg, offset) {
        // Left after a cancel, pause or reconnect: the next consumer starts at this.next again.
        if (this.cancelled || this.paused || this.ch !== ch)
            return;
        const id = msg.properties.messageId === undefined ? '' : String(msg.properties.messageId);
        let outcome = 'ack';
        let error;
        let attempt = 1;
        const started = performance.now();
        for (;; attempt++) {
            try {
                const env = toEnvelope(msg);
                if (this.o.schema)
                    env.payload = await validate(this.o.schema, env.payload, `offset ${offset} of '${this.queue.name}'`);
                await this.deps.runHandler(msg, this.queue.name, attempt, this.shutdown.signal, (ctx) => this.handler(env, { ...ctx, offset: offset ?? -1 }));
                error = undefined;
                break;
            }
            catch (err) {
                error = asError(err);
                if (attempt >= this.maxAttempts || this.cancelled || this.shutdown.signal.aborted)
                    break;
                await new Promise((r) => setTimeout(r, backoffDelay(attempt, this.backoff)));
            }
        }
        const durationMs = performance.now() - started;
        if (error)
            outcome = await this.deadLetter(msg, error, attempt);
        this.credit(ch, msg);
        if (offset !== undefined) {
            this.next = offset + 1;
            if (this.o.offsets) {
                await this.o.offsets.store
                    .save(this.o.offsets.name, offset)
                    .catch((e) => this.deps.events.emit('error', new Error(`saving stream offset ${offset} failed: ${asError(e).message}`)));
            }
        }
        this.deps.metrics.inc('messages_handled_total', { queue: this.queue.requested, outcome });
        this.deps.metrics.observe('handler_duration_ms', { queue: this.queue.requested }, durationMs);
        this.deps.events.emit('handled', {
            queue: this.queue.name,
            messageId: id,
            outcome,
            durationMs,
            attempt,
            ...(error ? { error } : {}),
        });
    }
    async deadLetter(msg, err, attempt) {
        if (!this.deadLetterQueue) {
            this.deps.events.emit('error', new Error(`stream '${this.queue.name}': skipped a message after ${attempt} failed attempts: ${err.message}`));
            return 'dead-letter';
        }
        const props = republishProperties(msg, {
            [HEADER.failureReason]: 'max-attempts',
            [HEADER.failureMessage]: err.message.slice(0, 1024),
            [HEADER.originalQueue]: this.queue.name,
            [HEADER.attempt]: attempt,
        });
        // A stream cannot take a message back: keep trying until the copy is confirmed.
        for (let n = 1;; n++) {
            try {
                await this.deps.publisher.send('', this.deadLetterQueue, msg.content, {
                    ...props,
                    messageId: props.messageId ?? randomUUID(),
                });
                this.deps.metrics.inc('dead_letters_total', { queue: this.queue.requested, reason: 'max-attempts' });
                return 'dead-letter';
            }
            catch (publishErr) {
                if (this.cancelled)
                    throw publishErr;
                await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** n)));
            }
        }
    }
    async pause() {
        if (this.paused || this.cancelled)
            return;
        this.paused = true;
        await this.stopConsumer();
    }
    async resume() {
        if (!this.paused || this.cancelled)
            return;
        await this.idle(10_000);
        this.paused = false;
        if (this.ch)
            await this.startConsuming(this.ch);
    }
    async stopConsumer() {
        const ch = this.ch;
        const tag = this.tag;
        this.tag = undefined;
        if (ch && tag)
            await ch.cancel(tag).catch(() => { });
    }
    async cancel() {
        if (this.cancelled)
            return;
        this.cancelled = true;
        await this.stopConsumer();
    }
    async idle(timeoutMs) {
        if (this.busy === 0)
            return true;
        let timer;
        const done = await Promise.race([
            new Promise((resolve) => this.idleWaiters.push(() => resolve(true))),
            new Promise((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs)))),
        ]);
        clearTimeout(timer);
        return done;
    }
    abandon() {
        this.shutdown.abort(new Error('shutdown deadline reached'));
        return 0;
    }
    async stopChannel() {
        const ch = this.ch;
        this.ch = undefined;
        if (ch)
            await closeChannel(ch);
    }
}
//# sourceMappingURL=stream-consumer.js.map