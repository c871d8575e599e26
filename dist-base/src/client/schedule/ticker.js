// The ticker of one schedule in one worker. Every worker of a schedule consumes the
// same durable queue, `wharf.schedule.<name>`, declared x-single-active-consumer: the
// broker makes one consumer the active one and moves that role (with the messages it
// held unacked) to another when its channel or connection dies. No lease, no clock
// agreement: the broker is the lock, on Wharf and on RabbitMQ alike.
//
// The queue holds a cursor, {"last": <epoch ms of the last tick published>}. The active
// consumer keeps it unacked and, at the next tick: publishes the tick's job (confirmed),
// publishes the cursor of that tick (confirmed), then acks the old cursor. So a tick is
// never lost: a worker that dies before the new cursor was confirmed leaves the old one
// to its successor, which publishes the tick again (same message id `<name>@<tick ISO>`,
// for an idempotent consumer); if it dies after, the successor sees both cursors and
// keeps the later (it waits SETTLE_MS after a takeover so both have arrived). Ticks
// nobody was up for run once, as the latest of them, when a worker takes over (cron's
// "fire once on misfire").
//
// Every worker publishes a seed cursor, {"last": <now>, "seed": true}, on each attach,
// so a new (or emptied) queue starts ticking; a real cursor beats any seed and the
// earliest seed beats later ones, so seeds never skip or repeat ticks. The held cursor
// is republished every `holdMs` (default a minute) and the old one acked, keeping it
// far below RabbitMQ's consumer_timeout (30 minutes by default) for delivery acks.
import { closeChannel } from '../close-channel.js';
import { asError } from '../errors.js';
/** Room for the cursor held plus the newer ones that replace it. */
const PREFETCH = 10;
/** Pause after taking a cursor over before firing a due tick (see hold). */
const SETTLE_MS = 100;
/** Pause before a failed tick is tried again. */
const RETRY_MS = 1000;
export class Ticker {
    deps;
    queue;
    ticks;
    holdMs;
    ch;
    tag;
    held;
    timer;
    firing;
    /** The latest tick this worker published a job for: never published twice by one worker. */
    published = -Infinity;
    cancelled = false;
    constructor(deps, queue, ticks, holdMs) {
        this.deps = deps;
        this.queue = queue;
        this.ticks = ticks;
        this.holdMs = holdMs;
    }
    /** Restore hook: a channel, basic.consume on the schedule queue, then a seed cursor. */
    async attach(conn) {
        if (this.cancelled)
            return;
        const ch = await conn.createChannel();
        ch.on('error', (err) => this.emitError(`schedule '${this.queue.name}': ${err.message}`));
        ch.on('close', () => {
            if (this.ch === ch)
                this.ch = undefined;
            // The broker requeued what this channel held; the next active consumer has it.
            if (this.held?.ch === ch)
                this.drop();
        });
        await ch.prefetch(PREFETCH);
        this.ch = ch;
        const ok = await ch.consume(this.queue.name, (msg) => this.onMessage(ch, msg), { noAck: false });
        this.tag = ok.consumerTag;
        if (this.cancelled) {
            await this.stopChannel();
            return;
        }
        this.deps
            .publishCursor({ last: Date.now(), seed: true })
            .catch((err) => this.emitError(`schedule '${this.queue.name}': seed: ${asError(err).message}`));
    }
    onMessage(ch, msg) {
        if (msg === null) {
            // basic.cancel from the broker: the schedule queue was deleted. Nothing comes on
            // this channel any more; left open it would hold this ticker.
            if (this.ch === ch)
                this.ch = undefined;
            void closeChannel(ch);
            this.drop();
            if (!this.cancelled)
                this.emitError(`the broker cancelled the ticker of '${this.queue.name}'`);
            return;
        }
        const cursor = parseCursor(msg.content);
        if (!cursor || this.cancelled || this.ch !== ch) {
            if (!cursor)
                this.emitError(`schedule '${this.queue.name}': dropped a message that is no cursor`);
            if (cursor)
                safe(() => ch.nack(msg, false, true));
            else
                safe(() => ch.ack(msg));
            return;
        }
        const next = { ch, msg, cursor };
        const held = this.held;
        if (held && !replaces(cursor, held.cursor)) {
            safe(() => ch.ack(msg));
            return;
        }
        this.hold(next);
        if (held)
            safe(() => held.ch.ack(held.msg));
    }
    hold(h) {
        this.clearTimer();
        const takeover = this.held === undefined;
        this.held = h;
        // Taking over after a crash, the broker redelivers the old cursor and the newer one
        // together: a short pause lets the newer one replace it before a due tick fires.
        if (takeover)
            this.timer = setTimeout(() => this.arm(), SETTLE_MS);
        else
            this.arm();
    }
    drop() {
        this.clearTimer();
        this.held = undefined;
    }
    /** Fires a due tick now, or sets the timer for the next tick (or for the refresh). */
    arm() {
        const h = this.held;
        if (!h || this.cancelled || this.firing)
            return;
        const now = Date.now();
        const since = Math.max(h.cursor.last, this.published);
        const due = this.ticks.latest(since, now);
        if (due !== undefined) {
            this.firing = this.fire(h, due).finally(() => {
                this.firing = undefined;
                // Replaced while it fired (normally by the cursor it published): go on from there.
                if (this.held && this.held !== h)
                    this.arm();
            });
            return;
        }
        const next = this.ticks.after(since) ?? Infinity;
        const refresh = next - now > this.holdMs;
        this.timer = setTimeout(() => {
            this.timer = undefined;
            if (this.held !== h)
                return;
            if (refresh)
                void this.republish(h);
            else
                this.arm();
        }, refresh ? this.holdMs : next - now);
    }
    async fire(h, tick) {
        try {
            await this.deps.publishJob(tick);
            this.published = Math.max(this.published, tick);
            // Lost the channel meanwhile: the worker holding the cursor now publishes this tick.
            if (this.held !== h)
                return;
            await this.deps.publishCursor({ last: tick });
            // The new cursor is in the queue: the old one can go now rather than when the new
            // one arrives, so a worker that stops in between leaves only the new one behind.
            if (this.held === h) {
                this.held = undefined;
                safe(() => h.ch.ack(h.msg));
            }
        }
        catch (err) {
            this.emitError(`schedule '${this.queue.name}': tick ${new Date(tick).toISOString()}: ${asError(err).message}`);
            if (this.held === h && !this.cancelled)
                this.timer = setTimeout(() => this.arm(), RETRY_MS);
        }
    }
    /** Same cursor, new copy: the old delivery is acked when the copy arrives. */
    async republish(h) {
        try {
            await this.deps.publishCursor(h.cursor);
        }
        catch (err) {
            this.emitError(`schedule '${this.queue.name}': refreshing the cursor: ${asError(err).message}`);
            if (this.held === h && !this.cancelled)
                this.timer = setTimeout(() => this.arm(), RETRY_MS);
        }
    }
    /** Stops consuming; a tick being published finishes (see idle). */
    async cancel() {
        this.cancelled = true;
        this.clearTimer();
        const ch = this.ch;
        const tag = this.tag;
        this.tag = undefined;
        if (ch && tag)
            await ch.cancel(tag).catch(() => undefined);
    }
    /** Resolves true once no tick is being published (false after timeoutMs). */
    async idle(timeoutMs) {
        const firing = this.firing;
        if (!firing)
            return true;
        let timer;
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
        try {
            return await Promise.race([firing.then(() => true), late]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    abandon() {
        return 0;
    }
    /** Closes the channel: the broker requeues the held cursor for the next active consumer. */
    async stopChannel() {
        this.drop();
        const ch = this.ch;
        this.ch = undefined;
        if (ch)
            await closeChannel(ch);
    }
    clearTimer() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
    emitError(message) {
        this.deps.events.emit('error', new Error(message));
    }
}
/**
 * Whether a cursor that arrived replaces the one held: a real cursor beats a seed; of
 * two real ones the later tick wins, of two seeds the earlier; on a tie the new copy
 * wins (the held one is then acked, which is how a refresh retires the old copy).
 */
export function replaces(incoming, held) {
    if (!incoming.seed !== !held.seed)
        return !incoming.seed;
    return incoming.seed ? incoming.last <= held.last : incoming.last >= held.last;
}
function parseCursor(body) {
    try {
        const v = JSON.parse(body.toString('utf8'));
        if (typeof v !== 'object' || v === null)
            return undefined;
        const { last, seed } = v;
        if (typeof last !== 'number' || !Number.isFinite(last))
            return undefined;
        return seed === true ? { last, seed: true } : { last };
    }
    catch {
        return undefined;
    }
}
/** An ack on a channel that just closed throws; the broker has requeued that delivery anyway. */
function safe(fn) {
    try {
        fn();
    }
    catch {
        // see above
    }
}
//# sourceMappingURL=ticker.js.map