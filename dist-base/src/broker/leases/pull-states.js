const VALUE_BYTES = 20;
function encode(s) {
    const b = Buffer.allocUnsafe(VALUE_BYTES);
    b.writeUInt32LE(s.count, 0);
    b.writeDoubleLE(s.firstAt, 4);
    b.writeDoubleLE(s.deadline, 12);
    return b;
}
function decode(b) {
    if (b.length !== VALUE_BYTES)
        return undefined;
    return { count: b.readUInt32LE(0), firstAt: b.readDoubleLE(4), deadline: b.readDoubleLE(12) };
}
/** One queue's states; written through to the journal when the queue is durable. */
export class QueuePullStates {
    journal;
    prefix;
    map;
    constructor(journal, prefix, map = new Map()) {
        this.journal = journal;
        this.prefix = prefix;
        this.map = map;
    }
    get size() {
        return this.map.size;
    }
    get(key) {
        return this.map.get(key);
    }
    set(key, s) {
        this.map.set(key, s);
        this.journal?.set(this.prefix + key, encode(s));
    }
    delete(key) {
        if (this.map.delete(key))
            this.journal?.delete(this.prefix + key);
    }
    /** Forgets every entry for which `keep` is false (every one without it). */
    clear(keep) {
        for (const [k, s] of this.map)
            if (!keep?.(k, s))
                this.delete(k);
    }
    /** cb runs once every change made so far is on disk (at once for a queue that is not durable). */
    sync(cb) {
        if (this.journal)
            this.journal.sync(cb);
        else
            queueMicrotask(cb);
    }
    get durable() {
        return this.journal !== undefined;
    }
}
/** Every durable queue's pull states, in one journal. */
export class PullStates {
    journal;
    /** states read at open, by queue prefix, until their queue's reader asks for them */
    loaded = new Map();
    live = new Map();
    constructor(journal) {
        this.journal = journal;
        for (const [k, v] of journal.entries()) {
            const cut = k.lastIndexOf('\u0000');
            const key = Number(k.slice(cut + 1));
            const s = decode(v);
            if (cut < 0 || !Number.isSafeInteger(key) || !s) {
                journal.delete(k); // not one of ours (damaged): dropping it costs a count, never a message
                continue;
            }
            const prefix = k.slice(0, cut + 1);
            let m = this.loaded.get(prefix);
            if (!m)
                this.loaded.set(prefix, (m = new Map()));
            m.set(key, s);
        }
    }
    /** The states of one queue (an empty, memory-only set for a queue that is not durable). */
    forQueue(vhost, queue, durable) {
        if (!durable)
            return new QueuePullStates(undefined, '');
        const prefix = `${vhost}\u0000${queue}\u0000`;
        let s = this.live.get(prefix);
        if (!s) {
            s = new QueuePullStates(this.journal, prefix, this.loaded.get(prefix));
            this.loaded.delete(prefix);
            this.live.set(prefix, s);
        }
        return s;
    }
    /** The queue was deleted: its states go (a queue made later with its name starts afresh). */
    dropQueue(vhost, queue) {
        const prefix = `${vhost}\u0000${queue}\u0000`;
        const s = this.live.get(prefix);
        this.live.delete(prefix);
        s?.clear();
        const m = this.loaded.get(prefix);
        this.loaded.delete(prefix);
        if (m)
            for (const k of m.keys())
                this.journal.delete(prefix + k);
        if (s || m)
            this.journal.sync(() => { });
    }
    /** States of queues that no longer exist (deleted while a removal was not yet synced) go, at start. */
    retain(exists) {
        for (const prefix of [...this.loaded.keys()]) {
            const [vhost, queue] = prefix.split('\u0000');
            if (!exists(vhost, queue)) {
                for (const k of this.loaded.get(prefix).keys())
                    this.journal.delete(prefix + k);
                this.loaded.delete(prefix);
            }
        }
    }
    sync(cb) {
        this.journal.sync(cb);
    }
    close() {
        return this.journal.close();
    }
}
//# sourceMappingURL=pull-states.js.map