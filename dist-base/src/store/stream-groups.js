// StreamGroups: durable consumer groups with pending-entry lists, Redis Streams style (XREADGROUP, XACK,
// XPENDING, XCLAIM, XAUTOCLAIM, XGROUP): per (namespace, stream, partition, group) the last delivered offset,
// a read counter, the consumers, and the pending entries: delivered and not yet acknowledged, each with its
// consumer, delivery count and last delivery time. Entries are named by the offset of their record; the store
// knows nothing of Redis IDs (a front maps its IDs to offsets) nor of the stream's records.
//
// Contract and invariants
// 1. Read-your-writes: every operation is visible to the next at once, before any sync.
// 2. Durability: when a sync(cb) callback runs without error, every change made before that sync() call
//    survives a crash (a KeyJournal: journal.ts invariant 2). A change not yet synced may be lost: an entry
//    delivered then comes back as never delivered (deliverable again), an ack as pending (delivered again):
//    at-least-once, never a lost entry. A front that must not lose an ack syncs before replying.
// 3. Offsets only grow through delivered(): a group's last delivered offset moves forward with each delivery
//    (setLastDelivered may move it anywhere, XGROUP SETID).
// 4. Cost: one Map entry and one journal entry per pending entry; delivered/ack/claim are O(1) amortised
//    (entries are kept in delivery order in an array with lazy deletion, compacted when half dead). Ranges,
//    summaries and per-consumer listings walk the pending entries of the group (Redis keeps radix trees; our
//    lists are bounded by what is unacknowledged).
//
// Journal keys: ns \0 stream \0 partition \0 group \0 then 'g' (state: f64 lastDelivered | f64 entriesRead |
// f64 created), 'p' \0 offset (entry: f64 deliveries | f64 lastDelivery | consumer UTF-8), 'c' \0 consumer
// (f64 seen | f64 active).
const SEP = '\u0000';
export class StreamGroup {
    journal;
    prefix;
    name;
    onDirty;
    /** offset of the last record delivered to the group (-1: none yet, start from the beginning) */
    lastDelivered;
    /** records read by the group (Redis's entries-read; -1 when unknown) */
    entriesRead;
    created;
    entries = new Map();
    /** entries in increasing offset order, dead ones left until compaction */
    order = [];
    dead = 0;
    members = new Map();
    destroyed = false;
    // The group's state and its consumers' times change with every read: they are written to the journal once
    // per sync (StreamGroups.sync), not per entry. Pending entries are written as they change.
    stateDirty = false;
    dirtyConsumers = new Set();
    /** @internal */
    constructor(journal, 
    /** journal key prefix of this group (ends in \0) */
    prefix, name, lastDelivered, entriesRead, created, 
    /** told the first time the group has unwritten state since the last flush */
    onDirty) {
        this.journal = journal;
        this.prefix = prefix;
        this.name = name;
        this.onDirty = onDirty;
        this.lastDelivered = lastDelivered;
        this.entriesRead = entriesRead;
        this.created = created;
    }
    /** Pending entries. */
    get pendingCount() {
        return this.entries.size;
    }
    /** Consumers the group knows. */
    get consumerCount() {
        return this.members.size;
    }
    /** Moves the last delivered offset (XGROUP SETID); entriesRead -1 when unknown. */
    setLastDelivered(offset, entriesRead = -1) {
        this.assertLive();
        this.lastDelivered = offset;
        this.entriesRead = entriesRead;
        this.saveState();
    }
    /**
     * Records the delivery of a new record (XREADGROUP >) that covers `count` offsets from `offset`: the last
     * delivered offset becomes its last one, the read counter goes up, and unless noAck the entry is pending
     * for the consumer (created if new) with 1 delivery.
     */
    delivered(consumer, offset, now, noAck = false, count = 1) {
        this.assertLive();
        const c = this.touch(consumer, now);
        c.active = now;
        const last = offset + count - 1;
        if (last > this.lastDelivered)
            this.lastDelivered = last;
        if (this.entriesRead >= 0)
            this.entriesRead += count;
        this.saveState();
        if (noAck)
            return;
        const old = this.entries.get(offset);
        if (old !== undefined) {
            // delivered again as new (SETID moved back): the entry is the consumer's now, as in Redis
            this.move(old, c);
            old.deliveries = 1;
            old.lastDelivery = now;
            this.saveEntry(old);
            return;
        }
        const e = { offset, consumer: c.name, deliveries: 1, lastDelivery: now, alive: true };
        this.insert(e);
        c.pending++;
        this.saveEntry(e);
    }
    /** The consumer read its own pending entries again (XREADGROUP with an ID): one more delivery, now. */
    redelivered(offset, now) {
        this.assertLive();
        const e = this.entries.get(offset);
        if (e === undefined)
            return undefined;
        e.deliveries++;
        e.lastDelivery = now;
        const c = this.members.get(e.consumer);
        if (c !== undefined) {
            c.seen = c.active = now;
            this.saveConsumer(c);
        }
        this.saveEntry(e);
        return e;
    }
    /** Acknowledges an entry (XACK); false when it was not pending. */
    ack(offset) {
        this.assertLive();
        const e = this.entries.get(offset);
        if (e === undefined)
            return false;
        this.remove(e);
        return true;
    }
    /** The pending entry at offset, or undefined. */
    entry(offset) {
        return this.entries.get(offset);
    }
    /**
     * Gives the entry to `consumer` (XCLAIM) if it has been idle at least minIdleMs (or force makes a missing one
     * pending); the delivery count goes up unless justId; returns the entry, or undefined when not claimed.
     */
    claim(offset, consumer, minIdleMs, now, opts = {}) {
        this.assertLive();
        const c = this.touch(consumer, now);
        let e = this.entries.get(offset);
        if (e === undefined) {
            if (!opts.force)
                return undefined;
            // Redis's streamCreateNACK: one delivery, then the claim's own counts (unless justId)
            e = { offset, consumer: c.name, deliveries: 1, lastDelivery: now, alive: true };
            this.insert(e);
            c.pending++;
        }
        else {
            if (now - e.lastDelivery < minIdleMs)
                return undefined;
            this.move(e, c);
        }
        if (opts.retryCount !== undefined)
            e.deliveries = opts.retryCount;
        else if (!opts.justId)
            e.deliveries++;
        e.lastDelivery = opts.time ?? (opts.idleMs !== undefined ? now - opts.idleMs : now);
        if (!opts.justId)
            c.active = now;
        this.saveConsumer(c);
        this.saveEntry(e);
        return e;
    }
    /**
     * Pending entries with offset in [start, end], in order, that pass `filter`, at most count; `next` is the
     * offset of the first entry not examined (XAUTOCLAIM's cursor), or undefined when the scan reached the end.
     * The entries are the group's own objects: read them before the next change.
     */
    scan(start, count, filter = () => true, examineAtMost = Number.POSITIVE_INFINITY, end = Number.POSITIVE_INFINITY) {
        const out = [];
        const order = this.order;
        let i = this.firstIndexAtOrAfter(start);
        let examined = 0;
        for (; i < order.length; i++) {
            const e = order[i];
            if (!e.alive)
                continue;
            if (e.offset > end)
                break;
            if (out.length >= count || examined >= examineAtMost)
                return { entries: out, next: e.offset };
            examined++;
            if (filter(e))
                out.push(e);
        }
        return { entries: out, next: undefined };
    }
    /** XPENDING's extended form: entries in [start, end], at most count, optionally one consumer's and idle >= minIdleMs. */
    pendingRange(start, end, count, now, consumer, minIdleMs = 0) {
        return this.scan(start, count, (e) => (consumer === undefined || e.consumer === consumer) && now - e.lastDelivery >= minIdleMs, Number.POSITIVE_INFINITY, end).entries;
    }
    /** The consumer's pending entries with offset >= from, in order, at most count (XREADGROUP with an ID). */
    pendingOf(consumer, from, count) {
        return this.scan(from, count, (e) => e.consumer === consumer).entries;
    }
    /** XPENDING's summary form. */
    summary() {
        let min;
        let max;
        for (const e of this.order) {
            if (!e.alive)
                continue;
            if (min === undefined)
                min = e.offset;
            max = e.offset;
        }
        const consumers = [];
        for (const c of this.members.values())
            if (c.pending > 0)
                consumers.push([c.name, c.pending]);
        consumers.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        return { count: this.entries.size, min, max, consumers };
    }
    /** Consumers, by name (XINFO CONSUMERS). */
    consumers() {
        return [...this.members.values()]
            .map((c) => ({ name: c.name, pending: c.pending, seen: c.seen, active: c.active }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /** Creates the consumer (XGROUP CREATECONSUMER); false when it existed. */
    createConsumer(name, now) {
        this.assertLive();
        if (this.members.has(name))
            return false;
        this.touch(name, now);
        return true;
    }
    /** Deletes the consumer and its pending entries (XGROUP DELCONSUMER); returns how many it had, -1 if none. */
    deleteConsumer(name) {
        this.assertLive();
        const c = this.members.get(name);
        if (c === undefined)
            return -1;
        const had = c.pending;
        if (had > 0)
            for (const e of [...this.order])
                if (e.alive && e.consumer === name)
                    this.remove(e);
        this.members.delete(name);
        this.journal.delete(this.prefix + 'c' + SEP + name);
        return had;
    }
    // ---- internals ----
    /** @internal Loads a pending entry at open (any order: sorted by finishLoad). */
    loadEntry(offset, consumer, deliveries, lastDelivery) {
        const e = { offset, consumer, deliveries, lastDelivery, alive: true };
        this.entries.set(offset, e);
        this.order.push(e);
        let c = this.members.get(consumer);
        if (c === undefined) {
            // an entry whose consumer record was lost to damage: the consumer comes back
            c = { name: consumer, pending: 0, seen: lastDelivery, active: lastDelivery };
            this.members.set(consumer, c);
        }
        c.pending++;
    }
    /** @internal */
    loadConsumer(name, seen, active) {
        const c = this.members.get(name);
        if (c === undefined)
            this.members.set(name, { name, pending: 0, seen, active });
        else {
            c.seen = seen;
            c.active = active;
        }
    }
    /** @internal */
    finishLoad() {
        this.order.sort((a, b) => a.offset - b.offset);
    }
    /** @internal Writes the state and consumer times changed since the last flush. */
    flush() {
        if (this.destroyed)
            return;
        if (this.stateDirty) {
            const v = Buffer.allocUnsafe(24);
            v.writeDoubleLE(this.lastDelivered, 0);
            v.writeDoubleLE(this.entriesRead, 8);
            v.writeDoubleLE(this.created, 16);
            this.journal.set(this.prefix + 'g', v);
            this.stateDirty = false;
        }
        for (const c of this.dirtyConsumers) {
            if (this.members.get(c.name) !== c)
                continue;
            const v = Buffer.allocUnsafe(16);
            v.writeDoubleLE(c.seen, 0);
            v.writeDoubleLE(c.active, 8);
            this.journal.set(this.prefix + 'c' + SEP + c.name, v);
        }
        this.dirtyConsumers.clear();
    }
    /** @internal The group was destroyed: its journal entries go. */
    drop() {
        this.destroyed = true;
        this.dirtyConsumers.clear();
        for (const e of this.entries.values())
            this.journal.delete(this.prefix + 'p' + SEP + e.offset);
        for (const c of this.members.keys())
            this.journal.delete(this.prefix + 'c' + SEP + c);
        this.journal.delete(this.prefix + 'g');
        this.entries.clear();
        this.order = [];
        this.members.clear();
    }
    assertLive() {
        if (this.destroyed)
            throw new Error(`consumer group '${this.name}' was destroyed`);
    }
    touch(name, now) {
        let c = this.members.get(name);
        if (c === undefined) {
            if (name.includes(SEP))
                throw new RangeError('a consumer name contains NUL');
            c = { name, pending: 0, seen: now, active: 0 };
            this.members.set(name, c);
        }
        else
            c.seen = now;
        this.saveConsumer(c);
        return c;
    }
    move(e, to) {
        if (e.consumer === to.name)
            return;
        const from = this.members.get(e.consumer);
        if (from !== undefined)
            from.pending--;
        e.consumer = to.name;
        to.pending++;
    }
    insert(e) {
        this.entries.set(e.offset, e);
        const order = this.order;
        // deliveries come in offset order: appending is the rule, a forced claim or a SETID back the exception
        if (order.length === 0 || order[order.length - 1].offset < e.offset)
            order.push(e);
        else
            order.splice(this.firstIndexAtOrAfter(e.offset), 0, e);
    }
    remove(e) {
        e.alive = false;
        this.entries.delete(e.offset);
        const c = this.members.get(e.consumer);
        if (c !== undefined)
            c.pending--;
        this.journal.delete(this.prefix + 'p' + SEP + e.offset);
        if (++this.dead > 64 && this.dead * 2 > this.order.length) {
            this.order = this.order.filter((x) => x.alive);
            this.dead = 0;
        }
    }
    /** Index of the first entry (alive or not) with offset >= o. */
    firstIndexAtOrAfter(o) {
        const order = this.order;
        let lo = 0;
        let hi = order.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (order[mid].offset < o)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    saveState() {
        if (this.stateDirty)
            return;
        this.stateDirty = true;
        if (this.dirtyConsumers.size === 0)
            this.onDirty(this);
    }
    saveEntry(e) {
        const name = Buffer.from(e.consumer, 'utf8');
        const v = Buffer.allocUnsafe(16 + name.length);
        v.writeDoubleLE(e.deliveries, 0);
        v.writeDoubleLE(e.lastDelivery, 8);
        name.copy(v, 16);
        this.journal.set(this.prefix + 'p' + SEP + e.offset, v);
    }
    saveConsumer(c) {
        if (!this.stateDirty && this.dirtyConsumers.size === 0)
            this.onDirty(this);
        this.dirtyConsumers.add(c);
    }
}
/** Every group of every stream partition, loaded from the journal at construction. */
export class StreamGroups {
    journal;
    groups = new Map();
    dirty = new Set();
    noteDirty = (g) => void this.dirty.add(g);
    constructor(journal) {
        this.journal = journal;
        this.load();
    }
    /** The group, or undefined (Redis: NOGROUP). */
    get(ns, stream, partition, name) {
        return this.groups.get(groupKey(ns, stream, partition, name));
    }
    /**
     * Creates a group whose last delivered offset is lastDelivered (-1: deliver from the start; the stream's
     * last offset: only new records). Throws when it exists (Redis: BUSYGROUP); names must not contain \0.
     */
    create(ns, stream, partition, name, lastDelivered, entriesRead = -1, now = Date.now()) {
        for (const s of [ns, stream, name])
            if (s.includes(SEP))
                throw new RangeError('a name contains NUL');
        const k = groupKey(ns, stream, partition, name);
        if (this.groups.has(k))
            throw new Error(`consumer group '${name}' already exists`);
        const g = new StreamGroup(this.journal, k, name, lastDelivered, entriesRead, now, this.noteDirty);
        this.groups.set(k, g);
        g.setLastDelivered(lastDelivered, entriesRead);
        g.flush(); // a new group is on the journal at once: its entries need it to be loaded back
        return g;
    }
    /** Destroys the group and its pending entries (XGROUP DESTROY); false when there was none. */
    destroy(ns, stream, partition, name) {
        const k = groupKey(ns, stream, partition, name);
        const g = this.groups.get(k);
        if (g === undefined)
            return false;
        this.groups.delete(k);
        this.dirty.delete(g);
        g.drop();
        return true;
    }
    /** The groups of a stream partition, by name (XINFO GROUPS). */
    list(ns, stream, partition) {
        const prefix = ns + SEP + stream + SEP + partition + SEP;
        const out = [];
        for (const [k, g] of this.groups)
            if (k.startsWith(prefix))
                out.push(g);
        return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /** Every group in the namespace, with its stream and partition (management). */
    all(ns) {
        const out = [];
        for (const [k, g] of this.groups) {
            const [n, stream, partition] = k.split(SEP);
            if (n === ns)
                out.push({ stream, partition: Number(partition), group: g });
        }
        return out;
    }
    /** Destroys every group of a stream (it was deleted); how many. */
    deleteStream(ns, stream) {
        return this.destroyWhere((n, s) => n === ns && s === stream);
    }
    /** Destroys every group in the namespace (its vhost was deleted). */
    deleteNamespace(ns) {
        return this.destroyWhere((n) => n === ns);
    }
    /** Group commit (invariant 2). */
    sync(cb) {
        this.flush();
        this.journal.sync(cb);
    }
    syncPromise() {
        return new Promise((resolve, reject) => this.sync((err) => (err ? reject(err) : resolve())));
    }
    close() {
        this.flush();
        return this.journal.close();
    }
    flush() {
        for (const g of this.dirty)
            g.flush();
        this.dirty.clear();
    }
    destroyWhere(match) {
        let n = 0;
        for (const [k, g] of [...this.groups]) {
            const [ns, stream] = k.split(SEP);
            if (!match(ns, stream))
                continue;
            this.groups.delete(k);
            this.dirty.delete(g);
            g.drop();
            n++;
        }
        return n;
    }
    load() {
        const entries = [];
        for (const [k, v] of this.journal.entries()) {
            // ns \0 stream \0 partition \0 group \0 kind ...
            const parts = k.split(SEP);
            if (parts.length < 5)
                continue;
            const prefix = parts.slice(0, 4).join(SEP) + SEP;
            if (parts[4] === 'g' && v.length >= 24) {
                const g = new StreamGroup(this.journal, prefix, parts[3], v.readDoubleLE(0), v.readDoubleLE(8), v.readDoubleLE(16), this.noteDirty);
                this.groups.set(prefix, g);
            }
            else
                entries.push([k, v]);
        }
        for (const [k, v] of entries) {
            const parts = k.split(SEP);
            const g = this.groups.get(parts.slice(0, 4).join(SEP) + SEP);
            if (g === undefined || v.length < 16) {
                this.journal.delete(k); // left by a group whose state record is gone: nothing can reach it
                continue;
            }
            if (parts[4] === 'p')
                g.loadEntry(Number(parts[5]), v.toString('utf8', 16), v.readDoubleLE(0), v.readDoubleLE(8));
            else if (parts[4] === 'c')
                g.loadConsumer(parts.slice(5).join(SEP), v.readDoubleLE(0), v.readDoubleLE(8));
        }
        for (const g of this.groups.values())
            g.finishLoad();
    }
}
function groupKey(ns, stream, partition, name) {
    return ns + SEP + stream + SEP + partition + SEP + name + SEP;
}
//# sourceMappingURL=stream-groups.js.map