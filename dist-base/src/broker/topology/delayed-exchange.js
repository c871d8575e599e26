import { ExpiryHeap } from '../queues/expiry-heap.js';
import { Exchange } from '../exchanges/exchange.js';
import { FLAG_PERSISTENT } from '../messages/message.js';
import { encodeHead, headFlags } from '../messages/record.js';
/** Record flag bit 2 (held messages only): the message itself is persistent. */
export const FLAG_MESSAGE_PERSISTENT = 4;
const MAX_DELAY = 4294967295;
/** First retry of a failed release after this long; each further failure doubles it. */
export const RETRY_FIRST_MS = 1000;
/** Retries of a failed release are never further apart than this. */
export const RETRY_MAX_MS = 60_000;
export class DelayedExchange extends Exchange {
    inner;
    store;
    host;
    heap = new ExpiryHeap();
    timer;
    timerAt = Number.POSITIVE_INFINITY;
    stopped = false;
    /** the log is closed or destroyed: nothing more is written to it */
    detached = false;
    /** failed releases so far, per held position; only positions that failed are here */
    attempts = new Map();
    fire = () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.releaseDue();
    };
    constructor(vhost, name, options, inner, 
    /** held messages; also the confirm target (durable/sync) of a held publish */
    store, host) {
        super(vhost, name, 'x-delayed-message', options);
        this.inner = inner;
        this.store = store;
        this.host = host;
        for (let r = store.shift(); r; r = store.shift())
            this.heap.push(r.timestamp, store.lastPosition);
        this.arm();
    }
    get held() {
        return this.heap.size;
    }
    route(routingKey, headers, out) {
        this.inner.route(routingKey, headers, out);
    }
    added(b) {
        this.inner.bind(b);
    }
    removed(b) {
        this.inner.unbind(b.destination, b.id);
    }
    /** The delay to apply, or 0 to route now. */
    static delayOf(headers) {
        const v = headers?.['x-delay'];
        let n;
        if (typeof v === 'number')
            n = Math.trunc(v);
        else if (typeof v === 'bigint')
            n = Number(v);
        else if (typeof v === 'string' && /^-?\d+$/.test(v))
            n = Number(v);
        else
            return 0;
        return n > 0 && n <= MAX_DELAY ? n : 0;
    }
    hold(msg, delay) {
        const dueAt = msg.timestamp + delay;
        // held messages survive a restart, as in the plugin
        let flags = FLAG_PERSISTENT | headFlags(msg);
        if (msg.persistent)
            flags |= FLAG_MESSAGE_PERSISTENT;
        const pos = this.store.append(flags, dueAt, encodeHead(msg), msg.body);
        this.heap.push(dueAt, pos);
        this.arm();
    }
    arm() {
        if (this.stopped)
            return;
        const at = this.heap.peekTime();
        if (at >= this.timerAt)
            return;
        if (this.timer)
            clearTimeout(this.timer);
        this.timerAt = at;
        if (at === Number.POSITIVE_INFINITY)
            return;
        this.timer = setTimeout(this.fire, Math.max(0, at - Date.now()));
        this.timer.unref();
    }
    /**
     * Releases what is due. The held copies are removed only after the queues that got
     * the messages have synced them, so a crash never loses a released message; a crash
     * inside that window releases it again (at-least-once).
     */
    releaseDue() {
        if (this.stopped)
            return;
        const now = Date.now();
        const batch = [];
        const failed = [];
        let cause;
        while (this.heap.size > 0 && this.heap.peekTime() <= now) {
            const pos = this.heap.pop();
            let rec;
            try {
                rec = this.store.read(pos);
            }
            catch (err) {
                if (err instanceof RangeError) {
                    // the store has no such record (it drops a corrupt one itself): nothing to retry
                    this.host.onError(err);
                    this.forget(pos);
                }
                else {
                    cause ??= err; // a read that failed (I/O): the record is still there
                    failed.push(pos);
                }
                continue;
            }
            const stored = [];
            try {
                this.host.release(this, rec.head, rec.flags, rec.body, stored);
            }
            catch (err) {
                cause ??= err;
                failed.push(pos);
                continue;
            }
            batch.push({ pos, stored });
        }
        if (failed.length > 0)
            this.retryLater(failed, cause);
        this.arm();
        if (batch.length > 0)
            this.settle(batch);
    }
    /** Waits for every queue the batch reached to sync, then drops the held copies it covers. */
    settle(batch) {
        const outcome = new Map();
        for (const r of batch)
            for (const s of r.stored)
                outcome.set(s, undefined);
        let pending = outcome.size;
        const done = () => {
            const failed = [];
            let cause;
            for (const r of batch) {
                const err = r.stored.map((s) => outcome.get(s)).find((e) => e !== undefined);
                if (err === undefined)
                    this.forget(r.pos);
                else {
                    cause ??= err;
                    failed.push(r.pos);
                }
            }
            if (failed.length > 0)
                this.retryLater(failed, cause);
            if (!this.detached)
                this.flushAcks();
        };
        if (pending === 0)
            return done();
        for (const s of outcome.keys()) {
            s.sync((err) => {
                if (err)
                    outcome.set(s, err);
                if (--pending === 0)
                    done();
            });
        }
    }
    /** The release of pos is durable in its queues: the held copy goes (durably at the next commit). */
    forget(pos) {
        this.attempts.delete(pos);
        // once the log is closed the held copy stays and comes back once (at-least-once)
        if (!this.detached)
            this.store.ack(pos);
    }
    /** Pushes the acks out now rather than on the log's background timer. */
    flushAcks() {
        this.store.sync((err) => {
            // the held copies then come back after a restart and are released again: duplicates, not loss
            if (err)
                this.host.onError(new Error(`delayed exchange '${this.name}': held copies not removed: ${err.message}`));
        });
    }
    /** Keeps the held copies of failed releases and tries them again later, backing off. */
    retryLater(positions, cause) {
        if (this.stopped)
            return;
        let attempt = 0;
        for (const pos of positions) {
            const n = (this.attempts.get(pos) ?? 0) + 1;
            this.attempts.set(pos, n);
            attempt = Math.max(attempt, n);
        }
        const base = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(attempt - 1, 16));
        // jitter, so many failing exchanges do not retry in step
        const wait = Math.round(base * (0.75 + Math.random() * 0.25));
        const at = Date.now() + wait;
        for (const pos of positions)
            this.heap.push(at, pos);
        this.host.onError(new Error(`delayed exchange '${this.name}' in vhost '${this.vhost}': ${positions.length} message(s) ` +
            `could not be released (${cause.message}); kept, retrying in ${wait} ms (attempt ${attempt})`));
        this.arm();
    }
    /** Messages whose release failed and waits for a retry (for tests and metrics). */
    get retrying() {
        return this.attempts.size;
    }
    /**
     * Stops releasing: the broker is closing. Releases still waiting for their queues'
     * syncs drop their held copies when those complete (the queues close first), or keep
     * them when they fail. Held messages stay in the log for the next start.
     */
    stopReleasing() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
    }
    /** Stops everything: the exchange is deleted and its log goes with it. */
    stop() {
        this.stopReleasing();
        this.detached = true;
    }
    /** Stops and closes the log (flushing acks of finished releases): after the queues closed. */
    close() {
        this.stop();
        return this.store.close();
    }
}
//# sourceMappingURL=delayed-exchange.js.map