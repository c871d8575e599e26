import { ExpiryHeap } from '../queues/expiry-heap.js';
import { LeaseTable } from './leases.js';
/** a pull state's deadline when the message was deleted through a receipt from before a restart */
const DELETED = -1;
export class PullReader {
    queue;
    leases = new LeaseTable();
    deadlines = new ExpiryHeap();
    timer;
    timerAt = Number.POSITIVE_INFINITY;
    /** delivery count, first delivery and deadline of messages received and not acked, by position key */
    states;
    /** leases restored from before a restart (see toLease), by position key: found again by key and count */
    heldIds = new Map();
    waiters = [];
    portAttached = false;
    port;
    constructor(queue) {
        this.queue = queue;
        this.states = queue.pullStates();
        const tag = `pull:${queue.name}`;
        this.port = {
            tag,
            noAck: false,
            exclusive: false,
            priority: 0,
            prefetch: 0,
            canAccept: () => this.waiters.length > 0,
            deliver: (_q, position, level, head, flags, body, redelivered) => this.deliverToWaiter({ position, level, head, flags, body, redelivered }),
            cancelledByServer: () => this.close(),
        };
    }
    /** live leases (in flight) */
    get inFlight() {
        return this.leases.size;
    }
    /** readers waiting for a message */
    get waiting() {
        return this.waiters.length;
    }
    receive(max, opts) {
        // leases whose deadline passed end now, not when their timer gets its turn: a receive
        // right after a zero visibility timeout sees the message again (and dead-letters it
        // when over maxReceiveCount), however busy the event loop is
        if (this.deadlines.size > 0 && this.deadlines.peekTime() <= Date.now()) {
            if (this.timer)
                clearTimeout(this.timer);
            this.expire();
        }
        const got = [];
        this.fill(got, max, opts);
        const waitMs = opts.waitMs ?? 0;
        if (got.length > 0 || waitMs <= 0 || this.queue.deleted || opts.signal?.aborted) {
            return new Promise((resolve) => this.answer(got, resolve));
        }
        return new Promise((resolve) => {
            const w = { max, opts, got, resolve, timer: undefined, onAbort: undefined };
            w.timer = setTimeout(() => this.finish(w), waitMs);
            if (opts.signal) {
                w.onAbort = () => this.finish(w);
                opts.signal.addEventListener('abort', w.onAbort, { once: true });
            }
            this.waiters.push(w);
            this.attachPort();
        });
    }
    /** Ends a lease with an ack (the message is gone). False when the id names no live lease. */
    ack(id) {
        const slot = this.leases.slotOf(id);
        if (slot < 0)
            return false;
        const pos = this.leases.positionOf(slot);
        const level = this.leases.levelOf(slot);
        this.leases.free(slot);
        this.states.delete(pos * 256 + level);
        this.queue.ack(pos, level);
        return true;
    }
    /**
     * Acks the delivery named by its message's position key and delivery count, when that
     * delivery's lease was taken before a restart and runs on (its id is from the earlier run):
     * a client that received the message then may still delete it. A message the reader has
     * not reached since the restart is marked, and acked when reached. False when that
     * delivery is not in flight.
     */
    ackDelivery(key, count) {
        const id = this.heldIds.get(key);
        if (id !== undefined && this.leases.slotOf(id) >= 0)
            return this.leases.countOf(this.leases.slotOf(id)) === count && this.ack(id);
        const s = this.states.get(key);
        if (!s || s.count !== count || s.deadline === DELETED)
            return false;
        if (s.deadline > Date.now()) {
            this.states.set(key, { ...s, deadline: DELETED });
            return true;
        }
        // The lease ended and no one took the message since (its count would have grown): the
        // most recent delivery may still delete it, as SQS deletes with the latest receipt handle
        // after the visibility timeout.
        if (!this.queue.ackRequeued(Math.floor(key / 256), key % 256))
            return false;
        this.states.delete(key);
        return true;
    }
    /** extend() for a delivery named as ackDelivery names it. */
    extendDelivery(key, count, ms) {
        const id = this.heldIds.get(key);
        if (id !== undefined && this.leases.slotOf(id) >= 0)
            return this.leases.countOf(this.leases.slotOf(id)) === count && this.extend(id, ms);
        const s = this.states.get(key);
        if (!s || s.count !== count || s.deadline <= Date.now())
            return false;
        this.states.set(key, { ...s, deadline: ms <= 0 ? 0 : Date.now() + ms });
        return true;
    }
    /**
     * Moves a lease's deadline to `ms` from now; 0 releases the message now (ready again,
     * its delivery count kept). False when the id names no live lease.
     */
    extend(id, ms) {
        const slot = this.leases.slotOf(id);
        if (slot < 0)
            return false;
        if (ms <= 0) {
            this.releaseSlot(slot);
            return true;
        }
        const at = Date.now() + ms;
        this.leases.setDeadline(slot, at);
        this.setState(slot, at);
        this.deadlines.push(at, id);
        this.arm(at);
        return true;
    }
    /** Releases a lease now (SQS ChangeMessageVisibility 0, AMQP-style requeue). */
    release(id) {
        return this.extend(id, 0);
    }
    /**
     * Gives a lease back as if it had never been taken: ready again in its place, its
     * delivery count as before (a reader that must skip a message, e.g. of a FIFO message
     * group that is held). False when the id names no live lease.
     */
    putBack(id) {
        const slot = this.leases.slotOf(id);
        if (slot < 0)
            return false;
        const pos = this.leases.positionOf(slot);
        const level = this.leases.levelOf(slot);
        const before = this.leases.countOf(slot) - 1;
        // kept even at 0: the queue flags a requeued message redelivered, which would count as 1
        this.states.set(pos * 256 + level, { count: before, firstAt: this.leases.firstAtOf(slot), deadline: 0 });
        this.leases.free(slot);
        this.queue.reject(pos, level, true);
        return true;
    }
    /** The live lease named by id: its message's position key (position * 256 + level), delivery count and deadline. */
    lease(id) {
        const slot = this.leases.slotOf(id);
        if (slot < 0)
            return undefined;
        return {
            key: this.leases.positionOf(slot) * 256 + this.leases.levelOf(slot),
            deliveryCount: this.leases.countOf(slot),
            deadline: this.leases.deadlineOf(slot),
            owner: this.leases.ownerOf(slot),
        };
    }
    /** Releases every lease `owner` holds (its connection went away). Returns how many. */
    releaseOwner(owner) {
        let n = 0;
        for (const slot of [...this.leases.live()]) {
            if (this.leases.ownerOf(slot) === owner) {
                this.releaseSlot(slot);
                n++;
            }
        }
        return n;
    }
    /** The queue was deleted: waiting readers get nothing, timers stop. */
    close() {
        for (const w of this.waiters.splice(0))
            this.settle(w);
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.portAttached = false;
    }
    /** Ready messages were purged: states kept for them are forgotten (those of live leases stay). */
    purged() {
        const leased = new Set();
        for (const slot of this.leases.live())
            leased.add(this.leases.positionOf(slot) * 256 + this.leases.levelOf(slot));
        this.states.clear((key) => leased.has(key));
    }
    /** Takes ready messages as leases into `got` until it holds `max` or none is ready. */
    fill(got, max, opts) {
        while (got.length < max && !this.queue.deleted) {
            const rec = this.queue.get(false);
            if (!rec)
                return;
            const lease = this.toLease(rec, opts);
            if (lease)
                got.push(lease);
        }
    }
    /**
     * A taken record becomes a lease, or is dead-lettered when over its delivery limit, or is
     * held (leased to no one, undefined returned) when its lease from before a restart runs on.
     */
    toLease(rec, opts) {
        const key = rec.position * 256 + rec.level;
        const prior = this.states.get(key);
        if (prior?.deadline === DELETED) {
            // deleted through a receipt from before the restart (ackDelivery)
            this.states.delete(key);
            this.queue.ack(rec.position, rec.level);
            return undefined;
        }
        const now = Date.now();
        // a live lease's message is never ready: a deadline ahead is one that a restart interrupted
        const held = prior !== undefined && prior.deadline > now;
        const before = held ? prior.count - 1 : (prior?.count ?? (rec.redelivered ? 1 : 0));
        if (!held && opts.maxDeliveries !== undefined && before >= opts.maxDeliveries) {
            this.states.delete(key);
            this.queue.deadLetterTaken(rec.position, rec.level, 'delivery_limit');
            return undefined;
        }
        const firstAt = prior?.firstAt ?? now;
        const count = before + 1;
        const deadline = held ? prior.deadline : now + Math.max(0, opts.leaseMs);
        const owner = held ? undefined : opts.owner;
        // copied: the store reuses its read buffers, and the caller answers on a later tick
        const head = Buffer.from(rec.head);
        const body = Buffer.from(rec.body);
        const timestamp = rec.timestamp ?? this.queue.timestampOf(rec.position, rec.level);
        const id = this.leases.take(rec.position, rec.level, count, firstAt, deadline, owner);
        this.deadlines.push(deadline, id);
        this.arm(deadline);
        if (!held)
            this.states.set(key, { count, firstAt, deadline });
        const lease = {
            id,
            position: rec.position,
            level: rec.level,
            deliveryCount: count,
            firstDeliveredAt: firstAt,
            timestamp,
            deadline,
            owner,
            flags: rec.flags,
            head,
            body,
            redelivered: rec.redelivered,
        };
        if (!held) {
            this.heldIds.delete(key);
            return lease;
        }
        this.heldIds.set(key, id);
        opts.onHeld?.(lease);
        return undefined;
    }
    /** The queue dispatched a message to the port: the longest-waiting reader gets it. */
    deliverToWaiter(rec) {
        const w = this.waiters[0];
        if (!w) {
            // no one waits any more (cannot happen: canAccept is false then): back it goes
            this.queue.reject(rec.position, rec.level, true);
            return;
        }
        const lease = this.toLease(rec, w.opts);
        if (!lease)
            return; // dead-lettered or held; the reader keeps waiting
        w.got.push(lease);
        this.fill(w.got, w.max, w.opts);
        this.waiters.shift();
        this.settle(w);
        if (this.waiters.length === 0)
            this.detachPort();
    }
    finish(w) {
        const i = this.waiters.indexOf(w);
        if (i < 0)
            return;
        this.waiters.splice(i, 1);
        this.settle(w);
        if (this.waiters.length === 0)
            this.detachPort();
    }
    settle(w) {
        if (w.timer)
            clearTimeout(w.timer);
        if (w.onAbort)
            w.opts.signal?.removeEventListener('abort', w.onAbort);
        this.answer(w.got, w.resolve);
    }
    /**
     * Hands leases to their reader once their states are on disk (a durable queue's journal
     * sync, shared by every receive meanwhile): a count a client was told survives a crash.
     * A failed sync still answers: the messages are safe in the log, only the counts may be
     * lower after a crash.
     */
    answer(got, resolve) {
        if (got.length === 0 || !this.states.durable)
            return resolve(got);
        this.states.sync(() => resolve(got));
    }
    /** The state of a live lease, as it now stands. */
    setState(slot, deadline) {
        this.states.set(this.leases.positionOf(slot) * 256 + this.leases.levelOf(slot), {
            count: this.leases.countOf(slot),
            firstAt: this.leases.firstAtOf(slot),
            deadline,
        });
    }
    attachPort() {
        if (this.portAttached)
            return;
        this.portAttached = true;
        try {
            this.queue.addConsumer(this.port);
        }
        catch (err) {
            // an exclusive consumer holds the queue: the readers wait on their timers alone
            this.portAttached = false;
            void err;
        }
    }
    detachPort() {
        if (!this.portAttached)
            return;
        this.portAttached = false;
        // after the dispatch run that called us, so the queue's consumer list is not changed under it
        queueMicrotask(() => {
            if (!this.portAttached && !this.queue.deleted)
                this.queue.removeConsumer(this.port);
        });
    }
    releaseSlot(slot) {
        const pos = this.leases.positionOf(slot);
        const level = this.leases.levelOf(slot);
        this.setState(slot, 0);
        this.leases.free(slot);
        this.queue.reject(pos, level, true);
    }
    arm(at) {
        if (at >= this.timerAt)
            return;
        if (this.timer)
            clearTimeout(this.timer);
        this.timerAt = at;
        this.timer = setTimeout(this.expire, Math.max(0, at - Date.now() + 1));
        this.timer.unref();
    }
    /** Deadlines that passed: those leases end, their messages ready again. */
    expire = () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        if (this.queue.deleted)
            return;
        const now = Date.now();
        const heap = this.deadlines;
        while (heap.size > 0 && heap.peekTime() <= now) {
            const at = heap.peekTime();
            const id = heap.pop();
            const slot = this.leases.slotOf(id);
            // entries of finished leases, or deadlines since moved, are stale: skipped
            if (slot >= 0 && this.leases.deadlineOf(slot) === at)
                this.releaseSlot(slot);
        }
        if (heap.size > 0)
            this.arm(heap.peekTime());
    };
}
//# sourceMappingURL=pull-reader.js.map