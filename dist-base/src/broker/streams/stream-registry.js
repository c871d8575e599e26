import { BrokerError } from '../errors.js';
import { StreamQueue } from './stream-queue.js';
import { StreamPartition } from './partition.js';
/** A stream and its partitions, in partition order. */
export class Stream {
    vhost;
    name;
    partitions;
    exchange;
    constructor(vhost, name, partitions, 
    /** the super stream's exchange; undefined for a one-partition stream */
    exchange) {
        this.vhost = vhost;
        this.name = name;
        this.partitions = partitions;
        this.exchange = exchange;
    }
    get superStream() {
        return this.exchange !== undefined;
    }
    /** Partition i, or undefined (Kafka: UNKNOWN_TOPIC_OR_PARTITION). */
    partition(i) {
        return this.partitions[i];
    }
    /** Still what the vhost's topology says (no partition deleted or added through another path). */
    valid(v) {
        const ex = this.exchange;
        if (ex === undefined) {
            const p = this.partitions[0];
            return (!p.queue.deleted && v.queues.get(this.name) === p.queue && !isSuperStream(v.exchanges.get(this.name)));
        }
        if (ex.deleted || v.exchanges.get(this.name) !== ex || ex.bindingCount !== this.partitions.length)
            return false;
        for (const p of this.partitions)
            if (p.queue.deleted)
                return false;
        return true;
    }
}
/** x-super-stream: true on a direct exchange (RabbitMQ's marker). */
export function isSuperStream(ex) {
    return (ex !== undefined && !ex.deleted && ex.type === 'direct' && ex.options.arguments['x-super-stream'] === true);
}
const MAX_PARTITIONS = 10_000;
export class StreamRegistry {
    v;
    onDeleted;
    cache = new Map();
    constructor(v, 
    /** told after delete() removed a stream (the broker drops its group offsets) */
    onDeleted) {
        this.v = v;
        this.onDeleted = onDeleted;
    }
    /** The stream, or undefined when there is none (a queue of that name that is not a stream is none). */
    get(name) {
        const cached = this.cache.get(name);
        if (cached !== undefined && cached.valid(this.v))
            return cached;
        this.cache.delete(name);
        const s = this.build(name);
        if (s !== undefined)
            this.cache.set(name, s);
        return s;
    }
    /** Every stream of the vhost: super streams, then the stream queues that are not one of their partitions. */
    list() {
        const out = [];
        const members = new Set();
        for (const ex of this.v.exchanges.values()) {
            if (!isSuperStream(ex))
                continue;
            const s = this.get(ex.name);
            if (s === undefined)
                continue;
            out.push(s);
            for (const p of s.partitions)
                members.add(p.queue);
        }
        for (const q of this.v.queues.values()) {
            if (!(q instanceof StreamQueue) || members.has(q) || isSuperStream(this.v.exchanges.get(q.name)))
                continue;
            const s = this.get(q.name);
            if (s !== undefined)
                out.push(s);
        }
        return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /**
     * Creates the stream (its queues, and for N > 1 the super stream's exchange and bindings), recorded in the
     * definitions log like any declare. PRECONDITION_FAILED when a stream, queue or exchange of a name it needs
     * already exists (check get() first for "create if missing").
     */
    create(name, spec = {}, access) {
        const n = spec.partitions ?? 1;
        if (!(Number.isInteger(n) && n >= 1 && n <= MAX_PARTITIONS))
            throw new BrokerError('PRECONDITION_FAILED', `invalid partition count ${String(spec.partitions)}`);
        if (name === '' || name.startsWith('amq.'))
            throw new BrokerError('ACCESS_REFUSED', `stream name '${name}' is reserved`);
        if (this.get(name) !== undefined)
            throw this.exists(name);
        const queues = n === 1 ? [name] : Array.from({ length: n }, (_, i) => `${name}-${i}`);
        for (const q of queues)
            if (this.v.queues.has(q))
                throw this.taken('queue', q);
        if (n > 1 && this.v.exchanges.has(name))
            throw this.taken('exchange', name);
        const args = queueArguments(spec);
        if (n > 1)
            this.declareSuperExchange(name, access);
        for (let i = 0; i < n; i++) {
            this.declareMember(queues[i], args, access);
            if (n > 1)
                this.v.bindQueue(queues[i], name, String(i), { 'x-stream-partition-order': i });
        }
        return this.must(name);
    }
    /**
     * Grows the stream to `total` partitions (Kafka CreatePartitions). A one-partition stream becomes a super
     * stream whose partition 0 is its queue. New partitions get the retention of partition 0's arguments.
     */
    addPartitions(name, total, access) {
        const s = this.get(name);
        if (s === undefined)
            throw new BrokerError('NOT_FOUND', `no stream '${name}' in vhost '${this.v.name}'`);
        const have = s.partitions.length;
        if (!(Number.isInteger(total) && total > have && total <= MAX_PARTITIONS)) {
            throw new BrokerError('PRECONDITION_FAILED', `stream '${name}' has ${have} partitions; cannot change that to ${total}`);
        }
        const added = Array.from({ length: total - have }, (_, k) => `${name}-${have + k}`);
        for (const q of added)
            if (this.v.queues.has(q))
                throw this.taken('queue', q);
        if (!s.superStream && this.v.exchanges.has(name))
            throw this.taken('exchange', name);
        const args = memberArguments(s.partitions[0].queue.options.arguments);
        if (!s.superStream) {
            this.declareSuperExchange(name, access);
            this.v.bindQueue(name, name, '0', { 'x-stream-partition-order': 0 });
        }
        for (let k = 0; k < added.length; k++) {
            this.declareMember(added[k], args, access);
            this.v.bindQueue(added[k], name, String(have + k), { 'x-stream-partition-order': have + k });
        }
        this.cache.delete(name);
        return this.must(name);
    }
    /**
     * Changes the retention, segment size or a front's settings of every partition (Kafka's AlterConfigs),
     * recorded in the definitions log (VHost.setStreamArguments). NOT_FOUND when there is no such stream;
     * PRECONDITION_FAILED for an invalid value (nothing changed).
     */
    configure(name, change, access) {
        const s = this.get(name);
        if (s === undefined)
            throw new BrokerError('NOT_FOUND', `no stream '${name}' in vhost '${this.v.name}'`);
        const next = s.partitions.map((p) => {
            const args = { ...p.queue.options.arguments };
            const put = (key, value) => {
                if (value === null)
                    delete args[key];
                else if (value !== undefined)
                    args[key] = value;
            };
            if (change.maxAgeMs !== undefined) {
                const ms = change.maxAgeMs;
                if (ms !== null && !(ms > 0))
                    throw new BrokerError('PRECONDITION_FAILED', `invalid maxAgeMs ${ms}`);
                put('x-max-age', ms === null ? null : `${Math.max(1, Math.ceil(ms / 1000))}s`);
            }
            if (change.maxBytes !== undefined) {
                const n = change.maxBytes;
                if (n !== null && !(n > 0))
                    throw new BrokerError('PRECONDITION_FAILED', `invalid maxBytes ${n}`);
                put('x-max-length-bytes', n);
            }
            put('x-stream-max-segment-size-bytes', change.segmentSize);
            for (const [k, v] of Object.entries(change.arguments ?? {}))
                put(k, v);
            return args;
        });
        s.partitions.forEach((p, i) => this.v.setStreamArguments(p.name, next[i], access));
        return s;
    }
    /**
     * Deletes the stream's queues (and the super stream's exchange) with their data, and the group offsets
     * committed for it; false when there was none.
     */
    delete(name) {
        const s = this.get(name);
        if (s === undefined)
            return false;
        this.cache.delete(name);
        for (const p of s.partitions)
            this.v.deleteQueue(p.name, false, false);
        if (s.exchange !== undefined)
            this.v.deleteExchange(name, false);
        this.onDeleted?.(name);
        return true;
    }
    build(name) {
        const ex = this.v.exchanges.get(name);
        if (isSuperStream(ex)) {
            const members = [];
            for (const b of ex.bindings) {
                const q = b.destination;
                if (!(q instanceof StreamQueue) || q.deleted)
                    continue;
                const o = Number(b.arguments['x-stream-partition-order'] ?? b.routingKey);
                members.push({ order: Number.isFinite(o) ? o : Number.MAX_SAFE_INTEGER, queue: q });
            }
            if (members.length === 0)
                return undefined;
            members.sort((a, b) => a.order - b.order);
            const parts = members.map((m, i) => new StreamPartition(name, i, m.queue));
            return new Stream(this.v.name, name, parts, ex);
        }
        const q = this.v.queues.get(name);
        if (!(q instanceof StreamQueue) || q.deleted)
            return undefined;
        return new Stream(this.v.name, name, [new StreamPartition(name, 0, q)], undefined);
    }
    declareSuperExchange(name, access) {
        this.v.declareExchange(name, 'direct', { durable: true, autoDelete: false, internal: false, arguments: { 'x-super-stream': true } }, false, access);
    }
    declareMember(queue, args, access) {
        this.v.declareQueue(queue, {
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: { ...args },
            passive: false,
            access,
        });
    }
    must(name) {
        const s = this.get(name);
        if (s === undefined)
            throw new BrokerError('INTERNAL_ERROR', `stream '${name}' vanished while created`);
        return s;
    }
    exists(name) {
        return new BrokerError('PRECONDITION_FAILED', `stream '${name}' in vhost '${this.v.name}' already exists`);
    }
    taken(what, name) {
        return new BrokerError('PRECONDITION_FAILED', `cannot create the stream: ${what} '${name}' already exists in vhost '${this.v.name}'`);
    }
}
/** A stream queue's declare arguments for the spec (RabbitMQ's names and grammar). */
function queueArguments(spec) {
    const args = { ...spec.arguments, 'x-queue-type': 'stream' };
    if (spec.maxAgeMs !== undefined) {
        if (!(spec.maxAgeMs > 0))
            throw new BrokerError('PRECONDITION_FAILED', `invalid maxAgeMs ${spec.maxAgeMs}`);
        args['x-max-age'] = `${Math.max(1, Math.ceil(spec.maxAgeMs / 1000))}s`;
    }
    if (spec.maxBytes !== undefined) {
        if (!(spec.maxBytes > 0))
            throw new BrokerError('PRECONDITION_FAILED', `invalid maxBytes ${spec.maxBytes}`);
        args['x-max-length-bytes'] = spec.maxBytes;
    }
    if (spec.segmentSize !== undefined)
        args['x-stream-max-segment-size-bytes'] = spec.segmentSize;
    return args;
}
/** The retention arguments of an existing partition, for new partitions. */
function memberArguments(args) {
    const out = { 'x-queue-type': 'stream' };
    // every argument of a stream queue is the stream's (retention, segment size, a front's settings)
    for (const [k, v] of Object.entries(args))
        if (k !== 'x-queue-type')
            out[k] = v;
    return out;
}
//# sourceMappingURL=stream-registry.js.map