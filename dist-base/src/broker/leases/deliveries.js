// The unacked push deliveries of one session (an AMQP channel): each gets a delivery tag
// (1, 2, ... per session) naming its queue position until it is settled — acked, rejected
// or requeued, one at a time or every tag up to one — plus the credit that gates further
// deliveries (a consumer's own prefetch and the session's shared one) and the delivery
// acknowledgement timeout (x-consumer-timeout). A front maps its wire's settle calls onto
// these; settling is O(1) per delivery and nothing is allocated beyond the entry itself.
import { BrokerError } from '../errors.js';
/** x-consumer-timeout of the consumer, else of the queue, else the server's default (ms). */
export function consumerTimeout(q, consumerArg, serverDefault) {
    const n = (v) => (typeof v === 'number' && v > 0 ? v : undefined);
    return n(consumerArg) ?? n(q.options.arguments['x-consumer-timeout']) ?? serverDefault;
}
const unknownTag = (tag) => new BrokerError('PRECONDITION_FAILED', `unknown delivery tag ${tag}`);
export class Deliveries {
    timedOut;
    /** unacked deliveries by tag, in delivery (tag) order */
    unacked = new Map();
    nextTag = 1;
    /** deliveries shared by every consumer of the session before it waits for acks (0: no limit) */
    sessionPrefetch = 0;
    /** unacked deliveries of consumers, counted against sessionPrefetch */
    consumerUnacked = 0;
    /**
     * Queues whose dispatch found a consumer of this session out of session credit: told to
     * deliver again when credit comes back, so an ack schedules these and the settled
     * delivery's own queue, never every consumer of the session.
     */
    starved = new Set();
    timer;
    constructor(
    /** a delivery was held past its timeout (ms): the session must end, its deliveries go back */
    timedOut) {
        this.timedOut = timedOut;
    }
    get size() {
        return this.unacked.size;
    }
    /** The tag of a delivery that needs no settling (no-ack, direct reply-to). */
    untracked() {
        return this.nextTag++;
    }
    /** Tracks a delivery until it is settled; returns its tag. */
    track(queue, position, level, consumer, timeout) {
        const tag = this.nextTag++;
        this.unacked.set(tag, { queue, position, level, consumer, at: Date.now(), timeout });
        this.armTimeout();
        if (consumer) {
            consumer.unacked++;
            this.consumerUnacked++;
        }
        return tag;
    }
    /** True when `c` may take one more delivery under the session's prefetch; else its queue waits for an ack. */
    hasCredit(c) {
        if (this.sessionPrefetch === 0 || this.consumerUnacked < this.sessionPrefetch)
            return true;
        if (c.queue)
            this.starved.add(c.queue);
        return false;
    }
    /** Throws PRECONDITION_FAILED unless `tag` (or, with `multiple`, some tag up to it; 0 = all) is unacked. */
    check(tag, multiple) {
        if (multiple && tag === 0)
            return;
        if (!this.unacked.has(tag) && !(multiple && this.hasTagBelow(tag)))
            throw unknownTag(tag);
    }
    hasTagBelow(tag) {
        for (const t of this.unacked.keys())
            if (t <= tag)
                return true;
        return false;
    }
    /**
     * Acks (`ack`), requeues (`requeue`) or rejects (dead-letters) the delivery `tag`, or with
     * `multiple` every one up to it (0: all, AMQP 1.8.3.13). PRECONDITION_FAILED for an unknown tag.
     */
    settle(tag, multiple, ack, requeue) {
        if (multiple) {
            const upTo = tag === 0 ? Number.POSITIVE_INFINITY : tag;
            if (tag !== 0 && !this.unacked.has(tag))
                throw unknownTag(tag);
            for (const [t, u] of this.unacked) {
                if (t > upTo)
                    break;
                this.settleOne(t, u, ack, requeue);
            }
            return;
        }
        const u = this.unacked.get(tag);
        if (!u)
            throw unknownTag(tag);
        this.settleOne(tag, u, ack, requeue);
    }
    /** Every unacked delivery goes back to its queue, in order, flagged redelivered. */
    requeueAll() {
        for (const [t, u] of this.unacked)
            this.settleOne(t, u, false, true);
    }
    /** The session ends: the timer stops and every unacked delivery goes back to its queue. */
    release() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        this.requeueAll();
    }
    /** The session can send again: every consumer's queue is scheduled by the front, the starved list is moot. */
    resumed() {
        this.starved.clear();
    }
    /**
     * Settles one delivery and gives its credit back: the consumer's queue may deliver
     * again, and so may the queues that waited for session credit. O(1) per delivery.
     */
    settleOne(tag, u, ack, requeue) {
        this.unacked.delete(tag);
        if (ack)
            u.queue.ack(u.position, u.level);
        else
            u.queue.reject(u.position, u.level, requeue);
        const c = u.consumer;
        if (!c)
            return; // a pull: no consumer credit involved
        c.unacked--;
        this.consumerUnacked--;
        c.queue?.schedule();
        if (this.starved.size > 0 && this.hasCredit(c)) {
            for (const q of this.starved)
                q.schedule();
            this.starved.clear();
        }
    }
    armTimeout() {
        if (this.timer || this.unacked.size === 0)
            return;
        let due = Number.POSITIVE_INFINITY;
        for (const u of this.unacked.values())
            due = Math.min(due, u.at + u.timeout);
        this.timer = setTimeout(this.checkTimeout, Math.max(0, due - Date.now()) + 5);
        this.timer.unref();
    }
    /** A delivery held past its timeout ends the session (RabbitMQ: channel error 406). */
    checkTimeout = () => {
        this.timer = undefined;
        const now = Date.now();
        for (const u of this.unacked.values()) {
            if (now >= u.at + u.timeout) {
                this.timedOut(u.timeout);
                return;
            }
        }
        this.armTimeout();
    };
}
//# sourceMappingURL=deliveries.js.map