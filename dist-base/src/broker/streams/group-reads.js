/**
 * XREADGROUP `>`: up to `count` committed records after the group's last delivered offset, each recorded as
 * delivered to `consumer` (pending, unless noAck). [] when there is nothing new: wait with
 * partition.waitFor(group.lastDelivered + 1, ...) and call again. Records `exists` says no to are passed
 * over, not delivered (a Redis front's: records that are not its entries, XDELed ones).
 */
export function readNew(p, g, consumer, count, noAck = false, now = Date.now(), exists) {
    const out = [];
    if (count <= 0)
        return out;
    const r = p.reader(Math.max(g.lastDelivered + 1, p.firstOffset));
    try {
        for (let v = r.next(); v !== undefined && out.length < count; v = r.next()) {
            if (v.offset + v.count - 1 <= g.lastDelivered)
                continue; // the batch the last delivery ended inside
            if (exists !== undefined && !exists(v.offset))
                continue;
            out.push({
                offset: v.offset,
                count: v.count,
                flags: v.flags,
                timestamp: v.timestamp,
                head: v.head,
                body: v.body,
            });
            g.delivered(consumer, v.offset, now, noAck, v.count);
        }
    }
    finally {
        r.close();
    }
    return out;
}
/**
 * XREADGROUP with an ID: the consumer's own pending entries from offset `from`, at most count, each counted
 * as one more delivery (its idle time restarts). An entry whose record is gone comes back with record
 * undefined and, as in Redis, counts no delivery (Redis answers [id, nil]).
 */
export function readPending(p, g, consumer, from, count, now = Date.now(), exists) {
    const offsets = g.pendingOf(consumer, from, count).map((e) => e.offset);
    return offsets.map((offset) => {
        const record = gone(p, offset, exists) ? undefined : recordAt(p, offset);
        const e = record === undefined ? g.entry(offset) : g.redelivered(offset, now);
        return { entry: copy(e), record };
    });
}
/**
 * XCLAIM: each offset idle at least minIdleMs goes to `consumer` (FORCE: one not pending becomes pending with
 * one delivery, as Redis creates it, then counts the claim's). opts.time or opts.idleMs set the new last
 * delivery time; one before 0 or in the future is taken as now (Redis: a client's clock may be ahead).
 * An entry whose record is gone leaves the pending list whatever its idle time, and is not returned (Redis 7).
 * A returned record is undefined with justId when `exists` was given (nothing read).
 */
export function claim(p, g, consumer, minIdleMs, offsets, opts = {}, now = Date.now(), exists) {
    const at = opts.time ?? (opts.idleMs !== undefined ? now - opts.idleMs : now);
    const time = at < 0 || at > now ? now : at;
    const o = { ...opts, time };
    const out = [];
    for (const offset of offsets) {
        if (gone(p, offset, exists)) {
            g.ack(offset);
            continue;
        }
        const e = g.claim(offset, consumer, minIdleMs, now, o);
        if (e !== undefined)
            out.push({ entry: copy(e), record: readFor(p, offset, opts.justId, exists) });
    }
    return out;
}
/**
 * XAUTOCLAIM: from offset `start`, the pending entries idle at least minIdleMs, at most count, go to
 * `consumer`, examining at most count × 10 entries (Redis's attempts). Entries whose record is gone are
 * removed whatever their idle time, count against `count`, and are listed in `deleted`. `next` is the
 * first pending entry after the examined ones (the cursor for the next call), undefined when there is none
 * (Redis's 0-0).
 */
export function autoClaim(p, g, consumer, minIdleMs, start, count, opts = {}, now = Date.now(), exists) {
    let attempts = count * 10;
    let left = count;
    // one more than can be examined: the first one left over is the cursor
    const offsets = g.scan(start, attempts + 1).entries.map((e) => e.offset);
    const claimed = [];
    const deleted = [];
    let i = 0;
    for (; i < offsets.length && attempts > 0 && left > 0; i++) {
        attempts--;
        const offset = offsets[i];
        if (gone(p, offset, exists)) {
            g.ack(offset);
            deleted.push(offset);
            left--;
            continue;
        }
        const pending = g.entry(offset);
        if (pending === undefined || now - pending.lastDelivery < minIdleMs)
            continue;
        const e = g.claim(offset, consumer, minIdleMs, now, { justId: opts.justId });
        if (e !== undefined)
            claimed.push({ entry: copy(e), record: readFor(p, offset, opts.justId, exists) });
        left--;
    }
    let next;
    for (; i < offsets.length && next === undefined; i++)
        if (g.entry(offsets[i]) !== undefined)
            next = offsets[i];
    return { claimed, deleted, next };
}
function gone(p, offset, exists) {
    return exists !== undefined ? !exists(offset) : recordAt(p, offset) === undefined;
}
/** A claimed entry's record: not read for a JUSTID claim when the front vouched for its existence. */
function readFor(p, offset, justId, exists) {
    return justId === true && exists !== undefined ? undefined : recordAt(p, offset);
}
/** The committed record whose first offset is `offset`, or undefined. */
function recordAt(p, offset) {
    if (offset < p.firstOffset || offset >= p.highWatermark)
        return undefined;
    const [r] = p.read(offset, 1);
    return r !== undefined && r.offset === offset ? r : undefined;
}
function copy(e) {
    return { offset: e.offset, consumer: e.consumer, deliveries: e.deliveries, lastDelivery: e.lastDelivery };
}
//# sourceMappingURL=group-reads.js.map