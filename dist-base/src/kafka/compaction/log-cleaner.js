// cleanup.policy=compact: Kafka's log cleaner for the topics that ask for it. A pass over a partition
// reads its sealed segments below the last stable offset once to find each key's latest offset,
// then has the store rewrite those segments (StreamLog.compact, store/stream-compaction.ts) keeping,
// in every Kafka batch, only the records that are their key's latest, and dropping tombstones (a
// null value) once delete.retention.ms has passed since their timestamp. Offsets never move: a
// consumer sees gaps, as after Kafka's cleaner. The active segment is never cleaned (Kafka's rule),
// nor transactional or control batches, nor records that came through another protocol.
//
// When: after a Produce that sealed a segment of a compacted topic (soon, off the request path), and
// every log.cleaner.backoff.ms (15 s, Kafka's default) for partitions whose tombstones are due. A
// pass is synchronous: it blocks the event loop for the time it takes to read and write the
// segments (bounded by segment.bytes), as Kafka's cleaner thread takes a core.
import { formatOf, StreamFormat } from '../../broker/index.js';
import { BatchView, batchRecords, filterBatch } from '../codec/index.js';
import { cleanupPolicies, deleteRetentionMs } from '../topic-configs.js';
/** Kafka's log.cleaner.backoff.ms */
const BACKOFF_MS = 15_000;
/** a pass soon after a segment rolled: appends of the same moment come first */
const AFTER_ROLL_MS = 50;
export class LogCleaner {
    topics;
    txns;
    log;
    state = new WeakMap();
    soon = new Map();
    soonTimer;
    timer;
    closed = false;
    constructor(topics, txns, log) {
        this.topics = topics;
        this.txns = txns;
        this.log = log;
    }
    start() {
        if (this.timer !== undefined || this.closed)
            return;
        this.timer = setInterval(() => this.sweep(), BACKOFF_MS);
        this.timer.unref();
    }
    close() {
        this.closed = true;
        clearInterval(this.timer);
        clearTimeout(this.soonTimer);
    }
    /** After an append to p (cheap: one lookup unless a segment was sealed since the last pass). */
    noteAppend(topic, p) {
        const s = this.state.get(p.queue);
        const active = p.log.activeSegmentBase;
        if (s !== undefined && s.cleanedActiveBase === active)
            return;
        if (s === undefined) {
            this.state.set(p.queue, { cleanedActiveBase: active, tombstoneDue: Infinity });
            if (active === 0)
                return; // nothing sealed yet
        }
        if (!cleanupPolicies(p.queue.options.arguments).includes('compact')) {
            this.state.get(p.queue).cleanedActiveBase = active;
            return;
        }
        this.soon.set(p.queue, { topic, p });
        if (this.soonTimer === undefined && !this.closed) {
            this.soonTimer = setTimeout(() => {
                this.soonTimer = undefined;
                for (const { topic: t, p: part } of [...this.soon.values()])
                    this.cleanQuietly(t, part);
                this.soon.clear();
            }, AFTER_ROLL_MS);
            this.soonTimer.unref();
        }
    }
    sweep() {
        const now = Date.now();
        for (const t of this.topics.list()) {
            const stream = this.topics.stream(t.name);
            if (stream === undefined)
                continue;
            for (const p of stream.partitions) {
                if (p.deleted || !cleanupPolicies(p.queue.options.arguments).includes('compact'))
                    continue;
                const s = this.state.get(p.queue);
                if (s === undefined || s.cleanedActiveBase !== p.log.activeSegmentBase || now >= s.tombstoneDue)
                    this.cleanQuietly(t.name, p);
            }
        }
    }
    cleanQuietly(topic, p) {
        if (this.closed || p.deleted)
            return;
        try {
            const r = this.clean(topic, p);
            if (r.segments > 0)
                this.log.info({ topic, partition: p.index, segments: r.segments, bytesFreed: r.bytesFreed }, 'Kafka log cleaner compacted a partition');
        }
        catch (err) {
            this.log.warn({ topic, partition: p.index, err }, 'Kafka log cleaner: pass failed');
        }
    }
    /** One cleaning pass over the partition (also what tests and tools call). */
    clean(topic, p, now = Date.now()) {
        const args = p.queue.options.arguments;
        const active = p.log.activeSegmentBase;
        const state = { cleanedActiveBase: active, tombstoneDue: Infinity };
        this.state.set(p.queue, state);
        if (!cleanupPolicies(args).includes('compact'))
            return { segments: 0, bytesFreed: 0 };
        const upTo = Math.min(active, this.txns.lastStable(topic, p.index, p.highWatermark));
        if (upTo <= p.firstOffset)
            return { segments: 0, bytesFreed: 0 };
        const latest = new Map();
        const reader = p.reader(p.firstOffset, true);
        try {
            for (let v = reader.next(); v !== undefined && v.offset < upTo; v = reader.next()) {
                const batch = cleanable(v.flags, v.body);
                if (batch === undefined)
                    continue;
                const it = batchRecords(batch);
                const base = batch.baseOffset;
                while (it.next()) {
                    const key = it.key;
                    if (key !== null)
                        latest.set(key.toString('latin1'), base + it.offsetDelta);
                }
            }
        }
        finally {
            reader.close();
        }
        const retention = deleteRetentionMs(args);
        const horizon = now - retention;
        return p.log.compact(upTo, (v) => {
            const batch = cleanable(v.flags, v.body);
            if (batch === undefined)
                return undefined;
            return filterBatch(batch, (it, offset, timestamp) => {
                const key = it.key;
                if (key === null)
                    return true;
                const last = latest.get(key.toString('latin1'));
                if (last !== undefined && offset < last)
                    return false;
                if (it.value !== null)
                    return true;
                if (timestamp < horizon)
                    return false; // a tombstone past delete.retention.ms
                state.tombstoneDue = Math.min(state.tombstoneDue, timestamp + retention);
                return true;
            });
        });
    }
}
/** The batch of a stored record when the cleaner may rewrite it: a Kafka batch, neither control nor transactional. */
function cleanable(flags, body) {
    if (formatOf(flags) !== StreamFormat.kafka)
        return undefined;
    const batch = new BatchView(body, 0, body.length);
    return batch.isControl || batch.isTransactional ? undefined : batch;
}
//# sourceMappingURL=log-cleaner.js.map