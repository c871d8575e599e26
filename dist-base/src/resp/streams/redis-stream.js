// A Redis stream as the RESP front sees one engine stream partition: the entries' IDs (entry-index.ts), which
// of them XDEL deleted, where XTRIM/MAXLEN/MINID cut, and what XSETID set. Everything else is the engine's:
// the records live in the stream queue's log (an AMQP stream consumer of the queue reads the same entries),
// and appends, syncs and committed reads go through the StreamPartition.
//
// Durable metadata (deletions, trim point, XSETID's values) is kept in the front's journal
// (stream-meta.ts) and written before the reply that reports it. The index is rebuilt from the log at first
// use after a start, and caught up whenever another front appended to the queue.
import { headPrefix } from '../../broker/index.js';
import { compareStreamIds, formatStreamId, MIN_ID, nextStreamId, parseStreamId, streamId, } from '../codec/index.js';
import { decodeEntry } from './entry-record.js';
import { EntryIndex } from './entry-index.js';
const AMQP_FORMAT = 0;
/**
 * How long after a trim the log start follows it. Moving it writes and fsyncs a file (store/stream-log.ts
 * invariant 6a), so a stream trimmed by every XADD MAXLEN moves it at most once per period, not per entry.
 */
const RELEASE_DELAY_MS = 1000;
/** fieldsOf reads across at most this many offsets between two wanted ones before it seeks instead. */
const SEEK_GAP = 256;
const FORMAT_MASK = 0x70;
const FORMAT_SHIFT = 4;
export class RedisStream {
    key;
    partition;
    format;
    meta;
    groups;
    index = new EntryIndex();
    /** the start of every entry's record head (routing key = the key), made once */
    headPrefix;
    /** log offsets of deleted entries still in the index */
    deleted = new Set();
    /** the next log offset not looked at yet */
    scanned;
    /** the top item's ID (what XADD must exceed), XSETID's when larger */
    lastId = MIN_ID;
    maxDeletedId = MIN_ID;
    /** entries counted by entries-added that are no longer in the index (trimmed) */
    dropped = 0;
    /** XSETID ENTRIESADDED: added to the count */
    addedAdjust = 0;
    /**
     * IDs of entries trimmed away while still pending in a consumer group, by log offset: Redis keeps a trimmed
     * entry's ID in its pending lists (XPENDING lists it, XREADGROUP with an ID answers [id, nil], XCLAIM and
     * XAUTOCLAIM drop it), and the index no longer has it. Kept in the front's notes until no group holds it.
     */
    retired = new Map();
    retiredByText = new Map();
    constructor(key, partition, format, meta, 
    /** the consumer groups of this stream (their pending-entry lists) */
    groups) {
        this.key = key;
        this.partition = partition;
        this.format = format;
        this.meta = meta;
        this.groups = groups;
        this.headPrefix = headPrefix('', key);
        this.scanned = partition.firstOffset;
        const m = meta.load(partition.vhost, key);
        this.applyMeta(m);
        const known = this.groups();
        for (const [offset, text] of meta.retired(partition.vhost, key)) {
            const id = parseId(text);
            if (pendingIn(known, offset))
                this.keepRetired(offset, id);
            else
                meta.forgetRetired(partition.vhost, key, offset);
        }
        this.catchUp();
        // XSETID may have set the top past the last entry
        if (m !== undefined) {
            const top = parseId(m.lastId);
            if (compareStreamIds(top, this.lastId) > 0)
                this.lastId = top;
        }
        this.applyDeletions();
    }
    trimOffset = 0;
    syncAsked = false;
    releaseTimer;
    /**
     * After a trim: the engine may free the log's segments that hold only trimmed entries (moving the log start
     * offset past them, as Kafka's DeleteRecords does; AMQP and Kafka readers of the stream then start there too).
     * Done once the front's notes that count the trimmed entries are on disk, so that after a crash the notes never
     * know less than the log; a failure leaves the disk to the next trim (the trim itself stands in the notes).
     */
    releaseTrimmed() {
        if (this.releaseTimer !== undefined)
            return;
        this.releaseTimer = setTimeout(() => {
            this.releaseTimer = undefined;
            const p = this.partition;
            if (p.deleted)
                return;
            const target = this.index.length > 0 ? this.index.offsetAt(0) : this.scanned;
            if (!(target > p.firstOffset))
                return;
            this.meta.sync((err) => {
                if (err || p.deleted)
                    return;
                try {
                    p.deleteRecordsBefore(target);
                }
                catch {
                    // the log is closing, or its start file could not be written: the next trim tries again
                }
            });
        }, RELEASE_DELAY_MS);
        this.releaseTimer.unref();
    }
    applyMeta(m) {
        if (m === undefined)
            return;
        this.trimOffset = m.trimOffset;
        this.dropped = m.dropped;
        this.addedAdjust = m.addedAdjust;
        this.maxDeletedId = parseId(m.maxDeletedId);
        if (this.scanned < m.trimOffset)
            this.scanned = Math.min(m.trimOffset, this.partition.nextOffset);
    }
    applyDeletions() {
        for (const [offset, id] of this.meta.deletions(this.partition.vhost, this.key)) {
            const pos = this.index.positionOfOffset(offset);
            // a deletion recorded for an earlier stream of the same name (deleted through another front) is stale
            if (pos >= 0 && formatStreamId(this.index.idAt(pos)) === id)
                this.deleted.add(offset);
        }
    }
    /** Still the stream of that name (not deleted and made again through another front). */
    get valid() {
        return !this.partition.deleted;
    }
    /** Indexes whatever was appended to the log since the last look (other fronts' messages). */
    catchUp() {
        const p = this.partition;
        // another front's appends that nobody synced yet (AMQP publishes without confirms): committed readers
        // would not see them until some sync, so ask for one
        if (p.highWatermark < p.nextOffset && !this.syncAsked) {
            this.syncAsked = true;
            p.sync(() => {
                this.syncAsked = false;
            });
        }
        if (this.scanned < p.firstOffset)
            this.scanned = p.firstOffset;
        if (this.scanned >= p.nextOffset)
            return;
        const reader = p.reader(this.scanned, false);
        try {
            for (let v = reader.next(); v !== undefined; v = reader.next()) {
                this.scanned = v.offset + (v.count ?? 1);
                if ((v.flags & FORMAT_MASK) >>> FORMAT_SHIFT !== AMQP_FORMAT)
                    continue;
                let entry;
                try {
                    entry = decodeEntry(this.format, v.flags, v.head, v.body);
                }
                catch {
                    continue; // not an entry we can show
                }
                this.indexRecord(v.offset, v.timestamp, entry.id);
            }
        }
        finally {
            reader.close();
        }
        // retention of the engine may have dropped the oldest entries
        let gone = 0;
        while (gone < this.index.length && this.index.offsetAt(gone) < p.firstOffset)
            gone++;
        if (gone > 0)
            this.dropFirst(gone);
    }
    indexRecord(offset, timestamp, idText) {
        let id;
        if (idText !== undefined) {
            const r = parseStreamId(Buffer.from(idText, 'latin1'), 'min', true);
            if (r.ok)
                id = r.id;
        }
        // an AMQP message: its arrival time, after the top item
        if (id === undefined || compareStreamIds(id, this.lastId) <= 0) {
            const t = streamId(Math.max(0, Math.floor(timestamp)), 0);
            id = compareStreamIds(t, this.lastId) > 0 ? t : (nextStreamId(this.lastId) ?? this.lastId);
        }
        this.index.push(offset, id);
        this.lastId = id;
    }
    /** An entry this front just appended at `offset`. */
    added(offset, id) {
        if (this.scanned === offset)
            this.scanned = offset + 1;
        this.index.push(offset, id);
        this.lastId = id;
    }
    /** The last live entry's ID (XREAD's `$`); 0-0 when empty. */
    get lastEntryId() {
        const i = this.prevLive(this.index.length - 1);
        return i >= 0 ? this.index.idAt(i) : MIN_ID;
    }
    /** Entries the stream has (XLEN). */
    get length() {
        return this.index.length - this.deleted.size;
    }
    /**
     * Entries other connections may be told about (XLEN, XINFO STREAM's length): the committed ones, as reads
     * show them. What a client's own pipelined writes added is committed by the time its next read runs.
     */
    get committedLength() {
        let n = this.length;
        for (let i = this.committedEnd; i < this.index.length; i++)
            if (!this.deleted.has(this.index.offsetAt(i)))
                n--;
        return n;
    }
    /** entries-added of XINFO: every entry ever added (trimmed and deleted ones too). */
    get entriesAdded() {
        return this.dropped + this.index.length + this.addedAdjust;
    }
    set entriesAddedTo(n) {
        this.addedAdjust = n - this.dropped - this.index.length;
    }
    /** Forgets the first n index positions (trim): deleted ones among them too. */
    dropFirst(n) {
        const groups = this.groups();
        if (n > 0 && groups.length > 0)
            this.noteGroupPositions(groups, n);
        for (let i = 0; i < n; i++) {
            const offset = this.index.offsetAt(i);
            // a deleted entry trimmed away needs its note no more
            if (this.deleted.delete(offset))
                this.meta.forgetDeletion(this.partition.vhost, this.key, offset);
            if (pendingIn(groups, offset)) {
                const id = this.index.idAt(i);
                this.keepRetired(offset, id);
                this.meta.retire(this.partition.vhost, this.key, offset, formatStreamId(id));
            }
        }
        this.dropped += n;
        this.index.dropFirst(n);
    }
    /**
     * A group's last-delivered-id is the ID of the entry at its last delivered offset: when that entry is
     * trimmed, its ID goes into the group's note (stream-meta.ts groupId), which lastId reads while the
     * group has delivered nothing since.
     */
    noteGroupPositions(groups, n) {
        const lastDropped = this.index.offsetAt(n - 1);
        for (const g of groups) {
            if (g.lastDelivered < this.index.offsetAt(0) || g.lastDelivered > lastDropped)
                continue;
            const pos = this.index.positionOfOffset(g.lastDelivered);
            if (pos < 0)
                continue;
            const noted = this.meta.groupId(this.partition.vhost, this.key, g.name);
            if (noted !== undefined && noted.offset === g.lastDelivered)
                continue; // CREATE/SETID's own ID stands
            this.meta.setGroupId(this.partition.vhost, this.key, g.name, g.lastDelivered, formatStreamId(this.index.idAt(pos)));
        }
    }
    keepRetired(offset, id) {
        this.retired.set(offset, id);
        this.retiredByText.set(formatStreamId(id), offset);
    }
    /** The ID of a trimmed entry some group still has pending, or undefined. */
    retiredId(offset) {
        return this.retired.get(offset);
    }
    /** The offset of a trimmed entry some group still has pending, by its ID, or undefined. */
    retiredOffset(id) {
        return this.retired.size === 0 ? undefined : this.retiredByText.get(formatStreamId(id));
    }
    /** Offsets of the trimmed entries still pending somewhere, in increasing order (IDs increase with them). */
    retiredOffsets() {
        return [...this.retired.keys()].sort((a, b) => a - b);
    }
    /** Forgets the trimmed entries no group has pending any more (after acks, claims, DELCONSUMER, DESTROY). */
    pruneRetired() {
        if (this.retired.size === 0)
            return;
        const groups = this.groups();
        for (const [offset, id] of this.retired) {
            if (pendingIn(groups, offset))
                continue;
            this.retired.delete(offset);
            this.retiredByText.delete(formatStreamId(id));
            this.meta.forgetRetired(this.partition.vhost, this.key, offset);
        }
    }
    get hasRetired() {
        return this.retired.size > 0;
    }
    /** The metadata to persist now. */
    snapshot() {
        return {
            trimOffset: this.index.length > 0 ? this.index.offsetAt(0) : this.scanned,
            dropped: this.dropped,
            addedAdjust: this.addedAdjust,
            lastId: formatStreamId(this.lastId),
            maxDeletedId: formatStreamId(this.maxDeletedId),
        };
    }
    /** Position of the first non-deleted entry at or after position i (length when none). */
    nextLive(i) {
        const n = this.index.length;
        if (this.deleted.size === 0)
            return i;
        while (i < n && this.deleted.has(this.index.offsetAt(i)))
            i++;
        return i;
    }
    prevLive(i) {
        if (this.deleted.size === 0)
            return i;
        while (i >= 0 && this.deleted.has(this.index.offsetAt(i)))
            i--;
        return i;
    }
    /** Positions below this are committed (synced): readable. */
    get committedEnd() {
        const hwm = this.partition.highWatermark;
        const n = this.index.length;
        if (n === 0 || this.index.offsetAt(n - 1) < hwm)
            return n;
        let lo = 0;
        let hi = n;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.index.offsetAt(mid) < hwm)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /**
     * The fields of the entries at index positions (increasing), read through one cursor with its read-ahead
     * instead of one file read per entry; null for a record that can no longer be read. A gap of more than
     * SEEK_GAP offsets to the next position opens a new cursor there rather than reading across it.
     */
    fieldsOf(positions) {
        const out = [];
        if (positions.length === 0)
            return out;
        if (positions.length > 1 && positions[0] > positions[1]) {
            // XREVRANGE's: read forward, answer in the order asked
            return this.fieldsOf([...positions].reverse()).reverse();
        }
        for (let k = 1; k < positions.length; k++) {
            if (positions[k] <= positions[k - 1])
                return positions.map((i) => this.fieldsAt(i));
        }
        let r = this.partition.reader(this.index.offsetAt(positions[0]), true);
        try {
            let v = r.next();
            for (const i of positions) {
                const offset = this.index.offsetAt(i);
                if (v !== undefined && offset - v.offset > SEEK_GAP) {
                    r.close();
                    r = this.partition.reader(offset, true);
                    v = r.next();
                }
                while (v !== undefined && v.offset < offset)
                    v = r.next();
                if (v === undefined || v.offset !== offset)
                    out.push(null);
                else
                    out.push(decodeEntry(this.format, v.flags, v.head, v.body).fields);
            }
        }
        finally {
            r.close();
        }
        return out;
    }
    /** The fields of the entry at index position i; null when its record can no longer be read. */
    fieldsAt(i) {
        const offset = this.index.offsetAt(i);
        const batch = this.partition.read(offset, 1)[0];
        if (batch === undefined || batch.offset !== offset)
            return null;
        return decodeEntry(this.format, batch.flags, batch.head, batch.body).fields;
    }
}
function pendingIn(groups, offset) {
    for (const g of groups)
        if (g.entry(offset) !== undefined)
            return true;
    return false;
}
function parseId(text) {
    const r = parseStreamId(Buffer.from(text, 'latin1'), 'min', true);
    return r.ok ? r.id : MIN_ID;
}
//# sourceMappingURL=redis-stream.js.map