import { RespError, ERR_WRONGTYPE } from '../errors.js';
import { EntryEncoder } from './entry-record.js';
import { RedisStream } from './redis-stream.js';
import { StreamMetaStore } from './stream-meta.js';
export class Keyspace {
    broker;
    vhost;
    journal;
    states = new Map();
    waiters = new Map();
    meta;
    /** XADD's entry encoder (one at a time: commands run one after the other) */
    encoder;
    constructor(broker, vhost, journal) {
        this.broker = broker;
        this.vhost = vhost;
        this.journal = journal;
        this.meta = new StreamMetaStore(journal);
        this.encoder = new EntryEncoder(broker.config.format);
        for (const [key, at] of [...this.meta.expiries(vhost)])
            this.armExpiry(key, at);
    }
    timers = new Map();
    /** EXPIRE's deadline of `key` (ms since the epoch), or undefined. */
    expiryOf(key) {
        return this.meta.expiry(this.vhost, key);
    }
    /** Keys with a deadline (INFO's `expires=`). */
    get expiring() {
        return this.timers.size;
    }
    /** The stream at `key` goes at `at` (ms since the epoch); recorded durably (sync the journal). */
    setExpiry(key, at, access) {
        if (at <= BigInt(Date.now())) {
            this.delete(key, access);
            return;
        }
        this.meta.setExpiry(this.vhost, key, at);
        this.armExpiry(key, at);
    }
    clearExpiry(key) {
        this.meta.setExpiry(this.vhost, key, undefined);
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
    }
    armExpiry(key, at) {
        clearTimeout(this.timers.get(key));
        // a deadline further than a timer reaches (about 24 days) is looked at again then
        const wait = at - BigInt(Date.now());
        const timer = setTimeout(() => {
            this.timers.delete(key);
            const due = this.meta.expiry(this.vhost, key);
            if (due === undefined)
                return;
            if (due > BigInt(Date.now()))
                return this.armExpiry(key, due);
            try {
                if (this.get(key) !== undefined) {
                    this.states.delete(key);
                    this.registry().delete(key);
                }
            }
            catch {
                // the name now holds something else: only the note goes
            }
            this.meta.forget(this.vhost, key);
        }, wait <= 0n ? 0 : wait >= 2000000000n ? 2_000_000_000 : Number(wait));
        timer.unref();
        this.timers.set(key, timer);
    }
    registry() {
        return this.broker.streams(this.vhost);
    }
    /** The partition of stream `key`, undefined when there is no such key; WRONGTYPE for another kind. */
    partitionOf(key) {
        const v = this.broker.vhost(this.vhost);
        if (v === undefined)
            return undefined;
        const s = this.registry().get(key);
        if (s === undefined) {
            if (v.queues.has(key))
                throw new RespError(ERR_WRONGTYPE);
            return undefined;
        }
        if (s.superStream)
            throw new RespError(ERR_WRONGTYPE);
        return s.partition(0);
    }
    /** True when `key` names something (a stream, or a queue of another kind). */
    exists(key) {
        const v = this.broker.vhost(this.vhost);
        return v !== undefined && (v.queues.has(key) || this.registry().get(key) !== undefined);
    }
    /** The Redis type of a key: 'stream', 'none', or for a queue that is not a stream, 'none' too. */
    typeOf(key) {
        try {
            return this.partitionOf(key) === undefined ? 'none' : 'stream';
        }
        catch {
            return 'none';
        }
    }
    /** The stream at `key`, or undefined; WRONGTYPE when the key holds something else. */
    get(key) {
        const p = this.partitionOf(key);
        if (p === undefined)
            return undefined;
        let s = this.states.get(key);
        if (s === undefined || s.partition !== p || !s.valid) {
            s = new RedisStream(key, p, this.broker.config.format, this.meta, () => this.broker.streamGroups.list(this.vhost, key, 0));
            this.states.set(key, s);
        }
        else
            s.catchUp();
        return s;
    }
    /** The stream at `key`, made when missing (configure permission checked by the engine through access). */
    getOrCreate(key, access) {
        const existing = this.get(key);
        if (existing !== undefined)
            return existing;
        access.check('configure', 'queue', key);
        // a name left over by an earlier stream must not bring its notes back
        this.meta.forget(this.vhost, key);
        this.registry().create(key, {}, access);
        return this.get(key);
    }
    /** Deletes the stream at `key`; false when there was none. */
    delete(key, access) {
        if (this.get(key) === undefined)
            return false;
        access.check('configure', 'queue', key);
        this.states.delete(key);
        this.meta.forget(this.vhost, key);
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
        return this.registry().delete(key);
    }
    /** Names of the keys (single-partition streams), sorted. */
    keys() {
        if (this.broker.vhost(this.vhost) === undefined)
            return [];
        return this.registry()
            .list()
            .filter((s) => !s.superStream)
            .map((s) => s.name);
    }
    /** Calls `wake` at the next write to `key`; returns the function that stops waiting. */
    onWrite(key, wake) {
        let set = this.waiters.get(key);
        if (set === undefined) {
            set = new Set();
            this.waiters.set(key, set);
        }
        set.add(wake);
        return () => {
            const s = this.waiters.get(key);
            if (s === undefined)
                return;
            s.delete(wake);
            if (s.size === 0)
                this.waiters.delete(key);
        };
    }
    /** A write to `key` is durable: blocked readers look again. */
    written(key) {
        const set = this.waiters.get(key);
        if (set === undefined)
            return;
        this.waiters.delete(key);
        for (const wake of set)
            wake();
    }
    close() {
        for (const t of this.timers.values())
            clearTimeout(t);
        this.timers.clear();
        return this.journal.close();
    }
}
//# sourceMappingURL=keyspace.js.map