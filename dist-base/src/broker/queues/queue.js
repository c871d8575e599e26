// A queue: a Log (durable segments or memory) read in order from its cursor, plus
// the few positions that depart from that order: requeued ones (kept sorted, so a
// requeued message goes back to its original place, as RabbitMQ's classic queues do)
// and a count of unacked ones (the channels own the unacked positions themselves).
// Nothing on the message path costs more as the queue grows deeper or gains priority
// levels: the requeued positions are a chunked sorted list (sorted-positions.ts) and the
// highest level that may hold a ready message is tracked (readyTop).
import { LogRefusedError } from '../../store/index.js';
import { ConsumerRing } from './consumer-ring.js';
import { DedupCache } from './dedup-cache.js';
import { QueueStats } from './queue-stats.js';
import { ExpiryHeap } from './expiry-heap.js';
import { FLAG_PERSISTENT } from '../messages/message.js';
import { queueSettings } from '../topology/policies.js';
import { encodeHead, FLAG_TTL, headFlags, headTtl } from '../messages/record.js';
import { PullReader } from '../leases/pull-reader.js';
import { SortedPositions } from './sorted-positions.js';
// Deliveries per dispatch run before yielding to I/O, so one busy queue cannot starve
// sockets and timers.
const DISPATCH_BUDGET = 4096;
// A message that a consumer can take right away is delivered even with TTL 0, as
// RabbitMQ does; dispatch runs a microtask after the publish, which under load can
// cross a millisecond or two, hence the grace at delivery (timers expire exactly).
const DELIVERY_GRACE_MS = 10;
export class Queue {
    vhost;
    name;
    options;
    logs;
    hooks;
    kind = 'queue';
    /** picks the consumer for each delivery (consumer-ring.ts) */
    ring;
    /** the consumers, highest priority first (the ring's list) */
    consumers;
    stats = new QueueStats();
    unacked = 0;
    /**
     * dead-lettered messages still stored: their copies await the sync of a durable
     * target (or failed it, and then stay until a restart brings them back)
     */
    leaving = 0;
    keptWarned = false;
    /** the last publish refused was refused by the store (no space, no descriptor), not by x-overflow */
    refusedByStore = false;
    deleted = false;
    /** the policy in effect (the vhost matches it; applyPolicy changes it) */
    policy;
    // Settings from the x- arguments combined with the policy (policies.ts), recomputed
    // only when the policy changes, so the message path reads plain fields.
    /** dead-letter exchange, when set */
    deadLetterExchange;
    /** dead-letter routing key, when set */
    deadLetterRoutingKey;
    /** queue message TTL in ms, when set */
    messageTtl;
    /**
     * x-dead-letter-on-expiry false (a Wharf argument): expired messages are dropped, not
     * dead-lettered; other reasons still are (SQS: retention deletes, redrive dead-letters)
     */
    deadLetterOnExpiry = true;
    expiresMs;
    /** max-length / max-length-bytes (body bytes of ready messages, as RabbitMQ counts) */
    maxLength;
    maxLengthBytes;
    overflow = 'drop-head';
    deliveryLimit;
    /**
     * body bytes of ready messages. Exact from an empty queue on; a requeue while no
     * max-length-bytes applies skips reading the record, and a restart cannot know it
     * without reading every record: then it is estimated (see estimateReadyBytes).
     */
    readyBytes = 0;
    readyBytesExact = true;
    /** x-queue-type quorum: deliveries carry x-delivery-count, x-delivery-limit applies */
    quorum;
    /**
     * Delivery states (count, first delivery, lease deadline) by position key, shared with the
     * pull reader and journaled for a durable queue: a quorum queue's return counts (its
     * x-delivery-count and x-delivery-limit) survive a restart as pull reads' counts do.
     */
    states;
    /** x-message-deduplication: recently seen keys; duplicates are accepted and dropped */
    dedup;
    dedupHeader;
    hadConsumer = false;
    /** requeued positions per priority level, each sorted */
    requeued;
    /** highest priority level (0 without x-max-priority) */
    top;
    /**
     * No level above this one holds a ready message (-1: none does). Raised when a message
     * becomes ready (publish, requeue), lowered by next() as it finds levels empty, so a
     * delivery looks at one level, not at all of them, and an empty queue is seen in O(1).
     */
    readyTop;
    /** every level at or below this one may hold stored messages (the count getter sums these) */
    storedTop;
    scheduled = false;
    // Dispatch and expiry run from microtasks and timers: an error there (a read the store could not do, e.g.
    // out of file descriptors) would be an uncaught exception, so it is logged and retried a little later.
    runDispatch = () => {
        try {
            this.dispatch();
        }
        catch (err) {
            this.retryLater('delivery', err, () => this.schedule());
        }
    };
    ttlHeaps;
    expiryTimer;
    expiryAt = Number.POSITIVE_INFINITY;
    runExpiry = () => {
        this.expiryTimer = undefined;
        this.expiryAt = Number.POSITIVE_INFINITY;
        try {
            this.expireNow();
        }
        catch (err) {
            this.retryLater('expiry', err, () => this.armExpiry(Date.now()));
        }
    };
    retryTimer;
    idleTimer;
    constructor(vhost, name, options, 
    /** one log per priority level (index = priority), a single one without x-max-priority */
    logs, hooks, policy) {
        this.vhost = vhost;
        this.name = name;
        this.options = options;
        this.logs = logs;
        this.hooks = hooks;
        this.top = logs.length - 1;
        this.requeued = logs.map(() => new SortedPositions());
        // recovered messages may sit at any level
        this.readyTop = this.top;
        this.storedTop = this.top;
        this.ttlHeaps = logs.map(() => new ExpiryHeap());
        const args = options.arguments;
        this.ring = new ConsumerRing(args['x-single-active-consumer'] === true);
        this.consumers = this.ring.list;
        this.quorum = args['x-queue-type'] === 'quorum';
        this.policy = policy;
        this.configure(queueSettings(args, policy?.definition));
        if (args['x-message-deduplication'] === true) {
            this.dedup = new DedupCache(numberArg(args['x-cache-size']), numberArg(args['x-cache-ttl']));
            const h = args['x-deduplication-header'];
            this.dedupHeader = typeof h === 'string' ? h : undefined;
        }
        // after a restart the body bytes of recovered messages are estimated
        if (this.count > 0)
            this.estimateReadyBytes();
        this.touch();
        // recovered messages of a queue with a TTL expire on schedule too
        if (this.messageTtl !== undefined && this.count > 0)
            this.armExpiry(Date.now());
    }
    /** messages stored and not acked (ready + unacked) */
    get count() {
        if (this.top === 0)
            return this.logs[0].count;
        // levels above storedTop hold nothing: a queue that uses a few of its priorities sums a few
        let n = 0;
        let top = -1;
        for (let level = 0; level <= this.storedTop; level++) {
            const c = this.logs[level].count;
            if (c > 0)
                top = level;
            n += c;
        }
        this.storedTop = top;
        return n;
    }
    /** Requeue-structure work so far, all levels (comparisons and moves, see SortedPositions). */
    get requeueWork() {
        let n = 0;
        for (const rq of this.requeued)
            n += rq.moves;
        return n;
    }
    /** head + body bytes stored */
    get bytes() {
        let n = 0;
        for (const l of this.logs)
            n += l.bytes;
        return n;
    }
    get ready() {
        return this.count - this.unacked - this.leaving;
    }
    /**
     * How far the attached consumers are behind: the ready messages while any consumer is
     * attached (0 without consumers: that backlog is the queue's depth, not a lag). A
     * stream overrides it with offsets behind.
     */
    consumerLag() {
        return this.consumers.length === 0 ? 0 : this.ready;
    }
    get durable() {
        return this.logs[0].durable;
    }
    configure(s) {
        this.deadLetterExchange = s.deadLetterExchange;
        this.deadLetterRoutingKey = s.deadLetterRoutingKey;
        this.messageTtl = s.messageTtl;
        this.expiresMs = s.expiresMs;
        this.maxLength = s.maxLength;
        this.maxLengthBytes = s.maxLengthBytes;
        this.overflow = s.overflow;
        this.deliveryLimit = this.quorum ? s.deliveryLimit : undefined;
        this.deadLetterOnExpiry = this.options.arguments['x-dead-letter-on-expiry'] !== false;
    }
    /**
     * Ready body bytes when they are not known exactly: the stored head + body bytes, less
     * the unacked share. A slight overcount (heads), corrected as messages leave.
     */
    estimateReadyBytes() {
        const count = this.count;
        const ready = this.ready;
        this.readyBytes = count > 0 && ready > 0 ? Math.round((this.bytes * ready) / count) : 0;
        this.readyBytesExact = ready <= 0;
    }
    /**
     * A policy starts, changes or stops applying: the settings are recomputed and take
     * effect at once, as in RabbitMQ: the expiry timer restarts with the new x-expires,
     * a lower max-length with drop-head drops (and dead-letters) the oldest messages now,
     * and messages older than a new message TTL expire now.
     */
    applyPolicy(policy) {
        this.policy = policy;
        if (this.deleted)
            return;
        const hadByteLimit = this.maxLengthBytes !== undefined;
        this.configure(queueSettings(this.options.arguments, policy?.definition));
        if (this.ready <= 0) {
            this.readyBytes = 0;
            this.readyBytesExact = true;
        }
        else if (!hadByteLimit && this.maxLengthBytes !== undefined && !this.readyBytesExact) {
            this.estimateReadyBytes();
        }
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = undefined;
        this.touch();
        if (this.overflow === 'drop-head' &&
            (this.maxLength !== undefined || this.maxLengthBytes !== undefined)) {
            this.dropHeadWhileOver();
        }
        if (this.expiryTimer)
            clearTimeout(this.expiryTimer);
        this.expiryTimer = undefined;
        this.expiryAt = Number.POSITIVE_INFINITY;
        this.expireNow();
        this.schedule();
    }
    /** Arrival time (ms) of the oldest ready message, for its age in metrics and alerts. */
    oldestReadyAt() {
        let oldest;
        for (let level = 0; level <= this.top; level++) {
            const rq = this.requeued[level];
            const log = this.logs[level];
            const t1 = rq.size > 0 ? log.read(rq.peek()).timestamp : undefined;
            const t2 = log.peek()?.timestamp;
            for (const t of [t1, t2])
                if (t !== undefined && (oldest === undefined || t < oldest))
                    oldest = t;
        }
        return oldest;
    }
    /** Group commit over the queue's logs (see Log.sync). */
    sync(cb) {
        if (this.top === 0)
            return this.logs[0].sync(cb);
        let pending = this.logs.length;
        let failed;
        for (const l of this.logs) {
            l.sync((err) => {
                failed ??= err;
                if (--pending === 0)
                    cb(failed);
            });
        }
    }
    /** The broker stops: the queue's timers end first, so no lease or TTL expiry fires into a closed log. */
    close() {
        if (this.expiryTimer)
            clearTimeout(this.expiryTimer);
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.expiryTimer = this.idleTimer = undefined;
        this.puller?.close();
        return Promise.all(this.logs.map((l) => l.close())).then(() => undefined);
    }
    levelOf(msg) {
        const p = msg.priority ?? 0;
        return p > this.top ? this.top : p;
    }
    /**
     * Stores the message; false when the queue refuses it (full, with x-overflow
     * reject-publish or reject-publish-dlx), in which case the publisher gets a nack.
     */
    publish(msg, head = encodeHead(msg)) {
        const flags = (msg.persistent ? FLAG_PERSISTENT : 0) | headFlags(msg);
        let dedupKey;
        if (this.dedup) {
            dedupKey = this.hooks.dedupKey(msg, this.dedupHeader);
            // a duplicate is accepted (the publisher gets its ack) and not stored
            if (dedupKey !== undefined && this.dedup.checkAndAdd(dedupKey, msg.timestamp))
                return true;
        }
        if (this.overflow !== 'drop-head' && this.isFullFor(msg.body.length)) {
            this.refusedByStore = false;
            if (dedupKey !== undefined)
                this.dedup.forget(dedupKey);
            if (this.overflow === 'reject-publish-dlx' && this.deadLetterExchange !== undefined) {
                this.hooks.deadLetter(this, { flags, timestamp: msg.timestamp, head, body: msg.body }, 'maxlen');
            }
            return false;
        }
        const level = this.top === 0 ? 0 : this.levelOf(msg);
        let pos;
        try {
            pos = this.logs[level].append(flags, msg.timestamp, head, msg.body);
        }
        catch (err) {
            // no space or no file descriptor for the queue's files: refused, the publisher gets a nack
            if (!(err instanceof LogRefusedError))
                throw err;
            this.refusedByStore = true;
            if (dedupKey !== undefined)
                this.dedup.forget(dedupKey);
            return false;
        }
        this.stats.publish++;
        this.readyBytes += msg.body.length;
        if (level > this.readyTop)
            this.readyTop = level;
        if (level > this.storedTop)
            this.storedTop = level;
        if (msg.ttl !== undefined) {
            const at = msg.timestamp + msg.ttl;
            if (this.messageTtl === undefined || msg.ttl < this.messageTtl)
                this.ttlHeaps[level].push(at, pos);
            this.armExpiry(at);
        }
        else if (this.messageTtl !== undefined)
            this.armExpiry(msg.timestamp + this.messageTtl);
        if (this.overflow === 'drop-head' &&
            (this.maxLength !== undefined || this.maxLengthBytes !== undefined)) {
            this.dropHeadWhileOver();
        }
        if (this.consumers.length > 0)
            this.schedule();
        return true;
    }
    isFullFor(bodySize) {
        return ((this.maxLength !== undefined && this.ready >= this.maxLength) ||
            (this.maxLengthBytes !== undefined && this.readyBytes + bodySize > this.maxLengthBytes));
    }
    isOver() {
        return ((this.maxLength !== undefined && this.ready > this.maxLength) ||
            (this.maxLengthBytes !== undefined && this.readyBytes > this.maxLengthBytes));
    }
    /** x-overflow drop-head: the oldest ready messages make room, dead-lettered as maxlen. */
    dropHeadWhileOver() {
        while (this.ready > 0 && this.isOver()) {
            if (!this.next())
                return;
            const rec = this.cur;
            this.readyBytes = Math.max(0, this.readyBytes - rec.body.length);
            this.remove(this.curLevel, this.curPos, rec, 'maxlen');
        }
    }
    schedule() {
        if (this.scheduled || this.deleted || this.consumers.length === 0)
            return;
        this.scheduled = true;
        queueMicrotask(this.runDispatch);
    }
    dispatch() {
        this.scheduled = false;
        if (this.deleted)
            return;
        for (let budget = DISPATCH_BUDGET; budget > 0; budget--) {
            if (this.readyTop < 0)
                return;
            const c = this.ring.next();
            if (!c)
                return;
            if (!this.take(c.noAck, c, undefined))
                return;
            // the round-robin moves on only once the consumer got a message
            this.ring.advance();
        }
        this.scheduled = true;
        setImmediate(this.runDispatch);
    }
    /** After a failed dispatch or expiry run: logged, and `again` runs in a second. */
    retryLater(what, err, again) {
        this.scheduled = false;
        this.hooks.warn(this, `${what} failed, retrying in 1 s: ${err?.message ?? String(err)}`);
        if (this.retryTimer !== undefined || this.deleted)
            return;
        this.retryTimer = setTimeout(() => {
            this.retryTimer = undefined;
            if (!this.deleted)
                again();
        }, 1000);
        this.retryTimer.unref();
    }
    /** When the record expires (ms since epoch), Infinity when never. */
    expiresAt(rec) {
        let at = this.messageTtl === undefined ? Number.POSITIVE_INFINITY : rec.timestamp + this.messageTtl;
        if (rec.flags & FLAG_TTL)
            at = Math.min(at, rec.timestamp + headTtl(rec.head, rec.flags));
        return at;
    }
    /**
     * Takes the next live message and hands it to `c` or copies it into `out`; expired
     * messages met on the way are dead-lettered. Returns false when none is left.
     */
    // The message next() found, in fields rather than a returned object: no allocation.
    cur;
    curPos = 0;
    curLevel = 0;
    curRedelivered = false;
    /** per level, requeued positions put back by inspect(): not flagged redelivered when taken */
    untouched = [];
    /**
     * Moves the next message in delivery order out of the ready set: highest priority
     * level first; within a level, requeued messages (in original order) before new ones.
     */
    next() {
        for (let level = this.readyTop; level >= 0; level--) {
            const rq = this.requeued[level];
            const log = this.logs[level];
            if (rq.size > 0) {
                this.curPos = rq.shift();
                this.cur = log.read(this.curPos);
                const u = this.untouched[level];
                this.curRedelivered = u !== undefined && u.delete(this.curPos) ? log.isDelivered(this.curPos) : true;
            }
            else {
                const rec = log.shift();
                if (!rec) {
                    this.readyTop = level - 1;
                    continue;
                }
                this.cur = rec;
                this.curPos = log.lastPosition;
                this.curRedelivered = log.isDelivered(this.curPos);
            }
            this.curLevel = level;
            return true;
        }
        return false;
    }
    /**
     * Takes the next live message and hands it to `c` or copies it into `out`; expired
     * messages met on the way are dead-lettered. Returns false when none is left.
     */
    take(noAck, c, out) {
        const queueTtl = this.messageTtl !== undefined;
        let now = 0;
        while (this.next()) {
            const rec = this.cur;
            const pos = this.curPos;
            const level = this.curLevel;
            if (queueTtl || rec.flags & FLAG_TTL) {
                now ||= Date.now();
                if (this.expiresAt(rec) + DELIVERY_GRACE_MS < now) {
                    this.expireReady(level, pos, rec);
                    continue;
                }
            }
            this.readyBytes -= rec.body.length;
            let head = rec.head;
            if (this.quorum) {
                const key = pos * 256 + level;
                head = this.hooks.withDeliveryCount(head, rec.flags, this.pullStates().get(key)?.count ?? 0);
                if (noAck)
                    this.pullStates().delete(key);
            }
            if (noAck)
                this.logs[level].ack(pos);
            else
                this.unacked++;
            if (c)
                this.stats.deliver++;
            else
                this.stats.get++;
            if (this.curRedelivered)
                this.stats.redeliver++;
            if (c)
                c.deliver(this, pos, level, head, rec.flags, rec.body, this.curRedelivered);
            if (out) {
                out.position = pos;
                out.level = level;
                out.flags = rec.flags;
                out.head = head;
                out.body = rec.body;
                out.redelivered = this.curRedelivered;
                out.timestamp = rec.timestamp;
            }
            return true;
        }
        return false;
    }
    /** A ready message expires: dead-lettered (when configured) and removed. */
    expireReady(level, pos, rec) {
        this.readyBytes -= rec.body.length;
        this.remove(level, pos, rec, 'expired');
    }
    /**
     * Removes a message that left for `reason`, dead-lettering it when the queue has a
     * dead-letter exchange. A persistent message of a durable queue is removed only once
     * every durable target has synced its copy: removing it first would lose it to a crash
     * in between (the ack could reach the disk before the copy). Meanwhile it counts as
     * `leaving`, neither ready nor unacked.
     */
    remove(level, pos, rec, reason) {
        const log = this.logs[level];
        if (this.deadLetterExchange === undefined || (reason === 'expired' && !this.deadLetterOnExpiry))
            return log.ack(pos);
        if (!log.durable || (rec.flags & FLAG_PERSISTENT) === 0) {
            this.hooks.deadLetter(this, rec, reason);
            return log.ack(pos);
        }
        this.leaving++;
        this.hooks.deadLetter(this, rec, reason, (err) => this.removeDeadLettered(level, pos, err));
    }
    removeDeadLettered(level, pos, err) {
        if (err) {
            // not removed: the copy may be gone, so the original comes back at the next start
            // (dead-lettered again then: at-least-once rather than lost); said once per episode
            if (!this.keptWarned)
                this.hooks.warn(this, `dead-lettered messages stay stored until restart: a target could not sync their copies (${err.message})`);
            this.keptWarned = true;
            return;
        }
        this.keptWarned = false;
        this.leaving--;
        if (!this.deleted)
            this.logs[level].ack(pos);
    }
    armExpiry(at) {
        if (at >= this.expiryAt || this.deleted)
            return;
        if (this.expiryTimer)
            clearTimeout(this.expiryTimer);
        this.expiryAt = at;
        this.expiryTimer = setTimeout(this.runExpiry, Math.max(0, at - Date.now() + 1));
        this.expiryTimer.unref();
    }
    /** Expires what is due: at the head (queue TTL) and anywhere (per-message TTL heaps). */
    expireNow() {
        if (this.deleted)
            return;
        const now = Date.now();
        for (let level = 0; level <= this.top; level++) {
            const rq = this.requeued[level];
            const log = this.logs[level];
            while (rq.size > 0) {
                const rec = log.read(rq.peek());
                if (this.expiresAt(rec) >= now)
                    break;
                this.expireReady(level, rq.shift(), rec);
            }
            for (;;) {
                const head = log.peek();
                if (!head)
                    break;
                const at = this.expiresAt(head);
                if (at >= now) {
                    if (at !== Number.POSITIVE_INFINITY)
                        this.armExpiry(at);
                    break;
                }
                log.shift();
                this.expireReady(level, log.lastPosition, head);
            }
            const heap = this.ttlHeaps[level];
            while (heap.size > 0 && heap.peekTime() < now)
                this.expireAnywhere(level, heap.pop());
            if (heap.size > 0)
                this.armExpiry(heap.peekTime());
        }
    }
    /**
     * Expires a message that may sit behind the head. Only ready messages expire: one
     * not yet read is acked in place (the cursor skips it), a requeued one leaves the
     * requeue list; a delivered one is left alone (it expires if it comes back).
     */
    expireAnywhere(level, pos) {
        const log = this.logs[level];
        if (pos > log.lastPosition) {
            let rec;
            try {
                rec = log.read(pos);
            }
            catch {
                return; // already gone (acked, purged)
            }
            this.expireReady(level, pos, rec);
            return;
        }
        if (this.requeued[level].delete(pos))
            this.expireReady(level, pos, log.read(pos));
    }
    get(noAck) {
        this.touch();
        if (this.ready <= 0)
            return undefined;
        const out = {
            position: 0,
            level: 0,
            flags: 0,
            head: EMPTY,
            body: EMPTY,
            redelivered: false,
            timestamp: 0,
        };
        return this.take(noAck, undefined, out) ? out : undefined;
    }
    ack(position, level) {
        this.stats.ack++;
        this.forget(position, level);
    }
    /** An unacked message leaves: acked, or dead-lettered for `reason` (see remove). */
    forget(position, level, reason) {
        this.unacked--;
        if (this.quorum)
            this.pullStates().delete(position * 256 + level);
        if (reason === undefined || this.deadLetterExchange === undefined)
            this.logs[level].ack(position);
        else
            this.remove(level, position, this.logs[level].read(position), reason);
    }
    /**
     * Acks a message that is ready again because its lease ended, before anyone took it
     * again (a delete with the latest receipt of a pull read). False when it is not waiting
     * among the requeued messages.
     */
    ackRequeued(position, level) {
        if (this.deleted || !this.requeued[level]?.delete(position))
            return false;
        this.untouched[level]?.delete(position);
        this.readyBytes -= this.logs[level].read(position).body.length;
        if (this.quorum)
            this.pullStates().delete(position * 256 + level);
        this.stats.ack++;
        this.logs[level].ack(position);
        return true;
    }
    /** requeue=false dead-letters the message (when the queue has a dead-letter exchange) */
    reject(position, level, requeue) {
        const log = this.logs[level];
        if (!requeue || this.deleted) {
            this.forget(position, level, this.deleted ? undefined : 'rejected');
            return;
        }
        if (this.quorum) {
            const key = position * 256 + level;
            const was = this.pullStates().get(key);
            const n = (was?.count ?? 0) + 1;
            if (this.deliveryLimit !== undefined && n > this.deliveryLimit) {
                // a poison message: dead-lettered (or dropped) instead of coming back forever
                this.forget(position, level, 'delivery_limit');
                return;
            }
            this.pullStates().set(key, { count: n, firstAt: was?.firstAt ?? Date.now(), deadline: 0 });
        }
        this.unacked--;
        if (this.maxLengthBytes !== undefined)
            this.readyBytes += log.read(position).body.length;
        else
            this.readyBytesExact = false; // not worth a read of the record while no byte limit applies
        this.requeued[level].add(position);
        if (level > this.readyTop)
            this.readyTop = level;
        this.schedule();
    }
    // ---- pull reads (leases, see pull-reader.ts) ---------------------------------
    puller;
    /** The queue's pull reader (receive, lease ack/extend/release), made on first use. */
    get pull() {
        return (this.puller ??= new PullReader(this));
    }
    /** Takes up to `max` ready messages as leases, waiting up to opts.waitMs for the first. */
    receive(max, opts) {
        this.touch();
        return this.pull.receive(max, opts);
    }
    /** An unacked message leaves for the dead-letter exchange (dropped without one). */
    deadLetterTaken(position, level, reason) {
        // removed once the dead-letter copy is synced, as every dead-lettering (see remove)
        this.forget(position, level, this.deleted ? undefined : reason);
    }
    timestampOf(position, level) {
        return this.logs[level].read(position).timestamp;
    }
    pullStates() {
        return (this.states ??= this.hooks.pullStates(this));
    }
    addConsumer(c) {
        this.ring.add(c, this.name, this.vhost);
        this.hadConsumer = true;
        this.touch();
        this.schedule();
    }
    removeConsumer(c) {
        if (!this.ring.remove(c))
            return;
        if (this.consumers.length === 0 && this.options.autoDelete && this.hadConsumer && !this.deleted) {
            this.hooks.autoDelete(this);
            return;
        }
        this.touch();
    }
    /**
     * x-expires: the queue is deleted after this long without consumers, basic.get or
     * redeclaration (RabbitMQ's definition of unused).
     */
    touch() {
        if (this.expiresMs === undefined || this.deleted)
            return;
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = undefined;
        if (this.consumers.length > 0)
            return;
        this.idleTimer = setTimeout(() => this.hooks.autoDelete(this), this.expiresMs);
        this.idleTimer.unref();
    }
    /** Removes ready messages (unacked ones stay with their channels), returns how many. */
    /**
     * Shows up to `limit` ready messages, in delivery order, to `fn` (synchronously: the
     * view's buffers are reused) and leaves them as they were: still ready, in the same
     * order, not flagged redelivered, no counter changed. For management reads (e.g. a
     * dead-letter queue's depth by reason), never on the message path. Returns how many it showed.
     */
    inspect(limit, fn) {
        const seen = [];
        try {
            while (seen.length / 3 < limit && this.next()) {
                seen.push(this.curPos, this.curLevel, this.curRedelivered ? 1 : 0);
                fn(this.cur.head, this.cur.flags, this.cur.body);
            }
        }
        finally {
            for (let i = 0; i < seen.length; i += 3) {
                const level = seen[i + 1];
                this.requeued[level].add(seen[i]);
                if (level > this.readyTop)
                    this.readyTop = level;
                if (seen[i + 2] === 0)
                    (this.untouched[level] ??= new Set()).add(seen[i]);
            }
        }
        return seen.length / 3;
    }
    purge() {
        const n = this.ready;
        this.readyBytes = 0;
        this.readyBytesExact = true;
        for (let level = 0; level <= this.top; level++) {
            const log = this.logs[level];
            const rq = this.requeued[level];
            this.ttlHeaps[level].clear();
            // acking everything at once would also drop the dead-lettered ones still leaving
            if (this.unacked === 0 && this.leaving === 0)
                log.purge();
            else {
                rq.forEach((pos) => log.ack(pos));
                while (log.shift())
                    log.ack(log.lastPosition);
            }
            rq.clear();
            this.untouched[level]?.clear();
        }
        // states of purged messages go (a pull reader keeps those of its live leases)
        if (this.puller)
            this.puller.purged();
        else
            this.states?.clear();
        this.readyTop = -1;
        return n;
    }
    /** Marks the queue deleted and tells its consumers; the vhost destroys the log. */
    markDeleted() {
        this.deleted = true;
        if (this.expiryTimer)
            clearTimeout(this.expiryTimer);
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        const cs = this.consumers.splice(0);
        for (const c of cs)
            c.cancelledByServer(this);
        this.puller?.close();
        this.hooks.dropQueueState(this);
        return cs;
    }
}
const EMPTY = Buffer.alloc(0);
function numberArg(v) {
    return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined;
}
//# sourceMappingURL=queue.js.map