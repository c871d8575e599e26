// GroupOffsets: durable committed offsets of consumer groups (a Kafka consumer group's OffsetCommit, a
// RabbitMQ stream's stored offset): per (namespace, group, stream, partition) an offset, a metadata string
// (returned as given: Kafka clients round-trip it) and when it was committed. Kept in a KeyJournal
// (journal.ts), so it shares the journal's group commit and crash guarantees; the store knows nothing of
// what a namespace (the broker's vhost), a group or a stream is.
//
// Contract and invariants
// 1. Read-your-writes: commit() and the deletes are visible to fetch() and the listings at once.
// 2. Durability: when a sync(cb) callback runs without error, every commit and delete made before that sync()
//    call survives a crash (journal.ts invariant 2). A front acknowledges a commit only after that.
// 3. The last commit wins, whatever its offset (Kafka lets a group move backwards).
// 4. Cost: one journal entry per (group, stream, partition); commit and fetch are one map operation; the
//    listings scan the entries of the namespace (management, not the message path).
//
// Key: namespace \0 group \0 stream \0 partition. Value: f64 offset | f64 time (ms) | i32 leader epoch |
// metadata (UTF-8).
const SEP = '\u0000';
export class GroupOffsets {
    journal;
    constructor(journal) {
        this.journal = journal;
    }
    /** Records the group's offset for the partition (invariant 3). Names must not contain \0. */
    commit(ns, group, stream, partition, offset, metadata = '', time = Date.now(), leaderEpoch = -1) {
        if (group.includes(SEP) || stream.includes(SEP) || ns.includes(SEP))
            throw new RangeError('a group or stream name contains NUL');
        if (!Number.isSafeInteger(offset))
            throw new RangeError(`bad offset ${offset}`);
        const meta = Buffer.from(metadata, 'utf8');
        const v = Buffer.allocUnsafe(20 + meta.length);
        v.writeDoubleLE(offset, 0);
        v.writeDoubleLE(time, 8);
        v.writeInt32LE(leaderEpoch | 0, 16);
        meta.copy(v, 20);
        this.journal.set(key(ns, group, stream, partition), v);
    }
    /** The group's committed offset for the partition, or undefined (Kafka: -1). */
    fetch(ns, group, stream, partition) {
        const v = this.journal.get(key(ns, group, stream, partition));
        return v === undefined ? undefined : decode(v);
    }
    /** Removes one committed offset (Kafka OffsetDelete); whether there was one. */
    deleteOffset(ns, group, stream, partition) {
        return this.journal.delete(key(ns, group, stream, partition));
    }
    /** Every committed offset of the group (Kafka OffsetFetch with no topics, DescribeGroups). */
    offsetsOf(ns, group) {
        const out = [];
        for (const [k, v] of this.journal.entries(ns + SEP + group + SEP))
            out.push(entry(k, v));
        return out;
    }
    /** Every committed offset in the namespace. */
    all(ns) {
        const out = [];
        for (const [k, v] of this.journal.entries(ns + SEP))
            out.push(entry(k, v));
        return out;
    }
    /** Groups with at least one committed offset in the namespace, sorted. */
    groups(ns) {
        const seen = new Set();
        for (const [k] of this.journal.entries(ns + SEP))
            seen.add(k.split(SEP)[1]);
        return [...seen].sort();
    }
    /** Removes every offset of the group (Kafka DeleteGroups); how many there were. */
    deleteGroup(ns, group) {
        return this.deleteWhere(ns + SEP + group + SEP, () => true);
    }
    /** Removes every offset for a stream (it was deleted); how many there were. */
    deleteStream(ns, stream) {
        return this.deleteWhere(ns + SEP, (k) => k.split(SEP)[2] === stream);
    }
    /** Removes everything in the namespace (its vhost was deleted). */
    deleteNamespace(ns) {
        return this.deleteWhere(ns + SEP, () => true);
    }
    /** Group commit (invariant 2). */
    sync(cb) {
        this.journal.sync(cb);
    }
    syncPromise() {
        return new Promise((resolve, reject) => this.journal.sync((err) => (err ? reject(err) : resolve())));
    }
    close() {
        return this.journal.close();
    }
    deleteWhere(prefix, match) {
        const doomed = [];
        for (const [k] of this.journal.entries(prefix))
            if (match(k))
                doomed.push(k);
        for (const k of doomed)
            this.journal.delete(k);
        return doomed.length;
    }
}
function key(ns, group, stream, partition) {
    return ns + SEP + group + SEP + stream + SEP + partition;
}
function decode(v) {
    return {
        offset: v.readDoubleLE(0),
        time: v.readDoubleLE(8),
        leaderEpoch: v.readInt32LE(16),
        metadata: v.toString('utf8', 20),
    };
}
function entry(k, v) {
    const [, group, stream, partition] = k.split(SEP);
    return { group, stream, partition: Number(partition), ...decode(v) };
}
//# sourceMappingURL=group-offsets.js.map