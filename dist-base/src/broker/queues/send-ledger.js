/** One queue's ledger. */
export class SendLedger {
    journal;
    prefix;
    /** @internal loaded from the journal at open */
    seenKeys = new Map();
    /** @internal */
    last = 0n;
    constructor(journal, prefix) {
        this.journal = journal;
        this.prefix = prefix;
    }
    /** The answer of an earlier send of `key` less than `windowMs` ago, if any. */
    seen(key, now, windowMs) {
        this.trim(now, windowMs);
        const s = this.seenKeys.get(key);
        return s !== undefined && now - s.at < windowMs ? s.answer : undefined;
    }
    remember(key, answer, now) {
        const a = Buffer.from(answer);
        this.seenKeys.delete(key); // re-added at the end: insertion order stays time order
        this.seenKeys.set(key, { at: now, answer: a });
        const v = Buffer.allocUnsafe(8 + a.length);
        v.writeDoubleLE(now, 0);
        a.copy(v, 8);
        this.journal.set(`${this.prefix}d${key}`, v);
    }
    /** The send of `key` was refused after all: a retry must not count as a duplicate. */
    forget(key) {
        if (this.seenKeys.delete(key))
            this.journal.delete(`${this.prefix}d${key}`);
    }
    /** The next sequence number: above every one given before, and at least `floor`. */
    nextSequence(floor) {
        this.last = floor > this.last ? floor : this.last + 1n;
        this.journal.set(`${this.prefix}s`, Buffer.from(this.last.toString()));
        return this.last;
    }
    /** cb runs once every change so far is on disk. */
    sync(cb) {
        this.journal.sync(cb);
    }
    trim(now, windowMs) {
        for (const [k, s] of this.seenKeys) {
            if (now - s.at < windowMs)
                break;
            this.seenKeys.delete(k);
            this.journal.delete(`${this.prefix}d${k}`);
        }
    }
    /** @internal every journal entry of this ledger goes */
    drop() {
        for (const k of this.seenKeys.keys())
            this.journal.delete(`${this.prefix}d${k}`);
        this.seenKeys.clear();
        this.journal.delete(`${this.prefix}s`);
    }
}
/** Every queue's ledger, in one journal. */
export class SendLedgers {
    journal;
    ledgers = new Map();
    constructor(journal) {
        this.journal = journal;
        const found = [];
        for (const [k, v] of journal.entries()) {
            const a = k.indexOf('\u0000');
            const b = a < 0 ? -1 : k.indexOf('\u0000', a + 1);
            const kind = k[b + 1];
            if (b < 0 || (kind !== 'd' && kind !== 's') || (kind === 'd' && v.length < 8)) {
                journal.delete(k); // damaged: dropping it costs a dedup entry, never a message
                continue;
            }
            const ledger = this.ledger(k.slice(0, b + 1));
            if (kind === 's') {
                try {
                    ledger.last = BigInt(v.toString());
                }
                catch {
                    journal.delete(k);
                }
            }
            else {
                found.push([ledger, k.slice(b + 2), { at: v.readDoubleLE(0), answer: Buffer.from(v.subarray(8)) }]);
            }
        }
        // the window is trimmed from its oldest end: time order
        found.sort((x, y) => x[2].at - y[2].at);
        for (const [ledger, key, seen] of found)
            ledger.seenKeys.set(key, seen);
    }
    forQueue(vhost, queue) {
        return this.ledger(`${vhost}\u0000${queue}\u0000`);
    }
    /** The queue was deleted: what it remembered goes. */
    dropQueue(vhost, queue) {
        const prefix = `${vhost}\u0000${queue}\u0000`;
        const l = this.ledgers.get(prefix);
        if (!l)
            return;
        this.ledgers.delete(prefix);
        l.drop();
        this.journal.sync(() => { });
    }
    /** Ledgers of queues that no longer exist go, at start. */
    retain(exists) {
        for (const prefix of [...this.ledgers.keys()]) {
            const [vhost, queue] = prefix.split('\u0000');
            if (!exists(vhost, queue))
                this.dropQueue(vhost, queue);
        }
    }
    close() {
        return this.journal.close();
    }
    ledger(prefix) {
        let l = this.ledgers.get(prefix);
        if (!l)
            this.ledgers.set(prefix, (l = new SendLedger(this.journal, prefix)));
        return l;
    }
}
//# sourceMappingURL=send-ledger.js.map