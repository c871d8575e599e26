import { compareStreamIds, formatStreamId, MIN_ID, parseStreamId } from '../codec/index.js';
import { decodeEntry } from './entry-record.js';
/** Redis's SCG_INVALID_ENTRIES_READ. */
export const INVALID = -1;
export class Groups {
    broker;
    meta;
    constructor(broker, meta) {
        this.broker = broker;
        this.meta = meta;
    }
    get store() {
        return this.broker.streamGroups;
    }
    get(s, name) {
        return this.store.get(s.partition.vhost, s.key, 0, name);
    }
    list(s) {
        return this.store.list(s.partition.vhost, s.key, 0);
    }
    /** The offset standing for an ID as a last-delivered position: the last entry at or below it, or -1. */
    offsetFor(s, id) {
        const pos = s.index.upperBound(id) - 1;
        return pos >= 0 ? s.index.offsetAt(pos) : -1;
    }
    /** Creates the group at `id`; false when it exists (BUSYGROUP). */
    create(s, name, id, entriesRead) {
        if (this.get(s, name) !== undefined)
            return false;
        const offset = this.offsetFor(s, id);
        this.store.create(s.partition.vhost, s.key, 0, name, offset, entriesRead);
        this.meta.setGroupId(s.partition.vhost, s.key, name, offset, formatStreamId(id));
        return true;
    }
    setId(s, g, id, entriesRead) {
        const offset = this.offsetFor(s, id);
        g.setLastDelivered(offset, entriesRead);
        this.meta.setGroupId(s.partition.vhost, s.key, g.name, offset, formatStreamId(id));
    }
    destroy(s, name) {
        this.meta.setGroupId(s.partition.vhost, s.key, name, 0, undefined);
        const done = this.store.destroy(s.partition.vhost, s.key, 0, name);
        s.pruneRetired();
        return done;
    }
    /** The group's last-delivered-id. */
    lastId(s, g) {
        const noted = this.meta.groupId(s.partition.vhost, s.key, g.name);
        if (noted !== undefined && noted.offset === g.lastDelivered) {
            const r = parseStreamId(Buffer.from(noted.id, 'latin1'), 'min', true);
            if (r.ok)
                return r.id;
        }
        return this.idOf(s, g.lastDelivered) ?? MIN_ID;
    }
    /**
     * The ID of the entry at a log offset (one in the index, or a trimmed one still pending somewhere),
     * undefined when neither.
     */
    idOf(s, offset) {
        const pos = s.index.positionOfOffset(offset);
        return pos >= 0 ? s.index.idAt(pos) : s.retiredId(offset);
    }
    /** The log offset of the entry with this ID (indexed or trimmed-but-pending), undefined when there is none. */
    offsetOf(s, id) {
        const pos = s.index.lowerBound(id);
        if (pos >= s.index.length || compareStreamIds(s.index.idAt(pos), id) !== 0)
            return s.retiredOffset(id);
        return s.index.offsetAt(pos);
    }
    /**
     * The first offset whose entry's ID is >= id, counting trimmed entries still pending (their offsets are
     * below the index's); +Infinity when none. Pending entries are scanned from here.
     */
    offsetAtOrAfter(s, id) {
        if (s.hasRetired) {
            for (const o of s.retiredOffsets())
                if (compareStreamIds(s.retiredId(o), id) >= 0)
                    return o;
        }
        const pos = s.index.lowerBound(id);
        return pos < s.index.length ? s.index.offsetAt(pos) : Number.POSITIVE_INFINITY;
    }
    /** The last offset whose entry's ID is <= id, counting trimmed entries still pending; -1 when none. */
    offsetAtOrBefore(s, id) {
        const pos = s.index.upperBound(id) - 1;
        if (pos >= 0)
            return s.index.offsetAt(pos);
        let found = -1;
        if (s.hasRetired) {
            for (const o of s.retiredOffsets())
                if (compareStreamIds(s.retiredId(o), id) <= 0)
                    found = o;
        }
        return found;
    }
    /** The entry exists (not deleted, not trimmed) and is committed. */
    exists(s, offset) {
        const pos = s.index.positionOfOffset(offset);
        return pos >= 0 && !s.deleted.has(offset) && pos < s.committedEnd;
    }
    /** exists() for the engine's group reads and claims: an XDELed or trimmed entry is gone though its record stays. */
    existence(s) {
        return (offset) => this.exists(s, offset);
    }
    /** An entry's fields from the record an engine group read returned; null when it returned none. */
    fields(record) {
        if (record === undefined)
            return null;
        return decodeEntry(this.broker.config.format, record.flags, record.head, record.body).fields;
    }
    sync(cb) {
        let waiting = 2;
        let failed;
        const done = (err) => {
            if (err)
                failed ??= err;
            if (--waiting === 0)
                cb(failed);
        };
        this.store.sync(done);
        this.meta.sync(done);
    }
}
/** The stream's first entry ID (Redis's s->first_id), 0-0 when empty. */
export function firstId(s) {
    const i = s.nextLive(0);
    return i < s.index.length ? s.index.idAt(i) : MIN_ID;
}
function rangeHasTombstones(s, start) {
    if (s.length === 0 || compareStreamIds(s.maxDeletedId, MIN_ID) === 0)
        return false;
    return compareStreamIds(start, s.maxDeletedId) <= 0;
}
export function estimateDistance(s, id) {
    const added = s.entriesAdded;
    if (added === 0)
        return 0;
    if (s.length === 0 && compareStreamIds(id, s.lastId) < 1)
        return added;
    const cmpLast = compareStreamIds(id, s.lastId);
    if (cmpLast === 0)
        return added;
    if (cmpLast > 0)
        return INVALID;
    const first = firstId(s);
    const cmpFirst = compareStreamIds(id, first);
    const noFragmentation = compareStreamIds(s.maxDeletedId, MIN_ID) === 0 || compareStreamIds(s.maxDeletedId, first) < 0;
    if (noFragmentation) {
        if (cmpFirst < 0)
            return added - s.length;
        if (cmpFirst === 0)
            return added - s.length + 1;
    }
    return INVALID;
}
/** entries-read after delivering `id` to a group whose counter is `entriesRead`. */
export function readCounterAfter(s, entriesRead, id) {
    if (entriesRead !== INVALID && !rangeHasTombstones(s, id))
        return entriesRead + 1;
    if (s.entriesAdded > 0)
        return estimateDistance(s, id);
    return entriesRead;
}
/** XINFO GROUPS's lag, or undefined (nil). */
export function lagOf(s, entriesRead, lastId) {
    if (s.entriesAdded === 0)
        return 0;
    if (entriesRead !== INVALID && !rangeHasTombstones(s, lastId))
        return s.entriesAdded - entriesRead;
    const est = estimateDistance(s, lastId);
    return est === INVALID ? undefined : s.entriesAdded - est;
}
//# sourceMappingURL=groups.js.map