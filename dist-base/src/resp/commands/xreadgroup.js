// XREADGROUP GROUP g c [COUNT n] [BLOCK ms] [NOACK] STREAMS key... id... (redis 7.0.15 t_stream.c
// xreadCommand with a group). `>` delivers entries after the group's last-delivered-id, each recorded as
// pending for the consumer (unless NOACK); any other ID replays the consumer's own pending entries from there,
// each one more delivery. The reply goes out once those deliveries are on disk, so a pending entry a client
// was told about survives a crash.
import { readNew as engineReadNew, readPending } from '../../broker/index.js';
import { compareStreamIds, nextStreamId, parseReadId, } from '../codec/index.js';
import { RespError } from '../errors.js';
import { readCounterAfter } from '../streams/groups.js';
import { writeEntry } from './stream-common.js';
import { blockOn, parseReadOptions } from './xread.js';
import { replyAfterGroupSync } from './xgroup.js';
function xreadgroup(c, args, w) {
    const o = parseReadOptions(args, true);
    const group = o.group.name.toString();
    const consumer = o.group.consumer.toString();
    const ks = c.ctx.keyspace;
    const targets = [];
    for (let i = 0; i < o.streams; i++) {
        const key = args[o.streamsAt + i].toString();
        const s = ks.get(key);
        if (s === undefined || c.ctx.groups.get(s, group) === undefined) {
            throw new RespError(`NOGROUP No such key '${key}' or consumer group '${group}' in XREADGROUP with GROUP option`);
        }
        const r = parseReadId(args[o.streamsAt + o.streams + i], true);
        if (!r.ok)
            throw new RespError(r.error);
        c.access().check('read', 'queue', key);
        targets.push({ key, from: r.kind === 'id' ? r.id : undefined });
    }
    const found = serve(c, targets, group, consumer, o.count, o.noAck);
    if (found !== null) {
        replyAfterGroupSync(c, (out) => writeFound(out, found));
        return;
    }
    if (o.block < 0)
        return void w.nullArray();
    blockOn(c, targets.map((t) => t.key), o.block, (out) => {
        const later = serve(c, targets, group, consumer, o.count, o.noAck);
        if (later === null)
            return false;
        writeFound(out, later);
        return true;
    }, (out) => out.nullArray(), (done) => c.ctx.groups.sync(done));
}
/** Reads for each target; null when nothing at all is to be answered (only `>` targets with nothing new). */
function serve(c, targets, group, consumer, count, noAck) {
    const out = [];
    const now = Date.now();
    for (const t of targets) {
        const s = c.ctx.keyspace.get(t.key);
        const g = s === undefined ? undefined : c.ctx.groups.get(s, group);
        if (s === undefined || g === undefined)
            continue; // deleted while blocked
        g.createConsumer(consumer, now);
        if (t.from === undefined) {
            const rows = readNew(c, s, group, consumer, count, noAck, now);
            if (rows.length > 0)
                out.push([t.key, rows]);
        }
        else
            out.push([t.key, readHistory(c, s, group, consumer, t.from, count, now)]);
    }
    return out.length === 0 ? null : out;
}
function readNew(c, s, group, consumer, count, noAck, now) {
    const groups = c.ctx.groups;
    const g = groups.get(s, group);
    const last = groups.lastId(s, g);
    // this front's entries only (not other fronts' batches, not XDELed ones), after the group's
    // last-delivered-id: XGROUP CREATE/SETID may have named an ID past the entry at its offset
    const shown = (offset) => {
        const pos = s.index.positionOfOffset(offset);
        return pos >= 0 && !s.deleted.has(offset) && compareStreamIds(s.index.idAt(pos), last) > 0;
    };
    const entriesRead = g.entriesRead;
    const limit = count > 0 ? count : Number.POSITIVE_INFINITY;
    const records = engineReadNew(s.partition, g, consumer, limit, noAck, now, shown);
    const rows = records.map((r) => [
        s.index.idAt(s.index.positionOfOffset(r.offset)),
        groups.fields(r),
    ]);
    // entries-read as Redis 7.0 counts it (an estimate where XDEL left tombstones), not one per record
    let read = entriesRead;
    for (const [id] of rows)
        read = readCounterAfter(s, read, id);
    g.entriesRead = read;
    return rows;
}
function readHistory(c, s, group, consumer, from, count, now) {
    const groups = c.ctx.groups;
    const g = groups.get(s, group);
    // entries after the ID, as Redis (which increments the ID first)
    const after = nextStreamId(from);
    if (after === null)
        return [];
    const fromOffset = groups.offsetAtOrAfter(s, after);
    const limit = count > 0 ? count : Number.POSITIVE_INFINITY;
    // an entry no longer in the stream comes back as [id, nil] (the engine counts it no delivery)
    const read = readPending(s.partition, g, consumer, fromOffset, limit, now, groups.existence(s));
    const rows = [];
    for (const { entry, record } of read) {
        const id = groups.idOf(s, entry.offset);
        if (id !== undefined && compareStreamIds(id, after) >= 0)
            rows.push([id, groups.fields(record)]);
    }
    return rows;
}
function writeFound(w, found) {
    if (w.protocol === 2)
        w.array(found.length);
    else
        w.map(found.length);
    for (const [key, rows] of found) {
        if (w.protocol === 2)
            w.array(2);
        w.bulk(key);
        w.array(rows.length);
        for (const [id, fields] of rows)
            writeEntry(w, id, fields);
    }
}
export const XREADGROUP_COMMANDS = [['xreadgroup', { run: xreadgroup }]];
//# sourceMappingURL=xreadgroup.js.map