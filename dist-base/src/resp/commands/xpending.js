// XACK, XPENDING, XCLAIM and XAUTOCLAIM (redis 7.0.15 t_stream.c) on the engine's pending-entry lists.
// The lease rules (idle times, FORCE, gone entries leaving the list, XAUTOCLAIM's attempts and cursor) are
// the engine's claim and autoClaim (broker/streams/group-reads.ts); this file parses the arguments, maps IDs
// to offsets and back (an XDELed or trimmed entry is gone for the engine: groups.existence), and writes the
// replies. Changes are answered once on disk.
import { autoClaim, claim } from '../../broker/index.js';
import { compareStreamIds, MIN_ID, parseRangeBound, parseStreamId, } from '../codec/index.js';
import { ERR_SYNTAX, RespError } from '../errors.js';
import { parseLong, upper, writeEntry } from './stream-common.js';
import { replyAfterGroupSync } from './xgroup.js';
function noGroup(key, group) {
    return new RespError(`NOGROUP No such key '${key}' or consumer group '${group}'`);
}
function lookup(c, args) {
    const s = c.ctx.keyspace.get(args[1].toString());
    if (s === undefined)
        return undefined;
    const g = c.ctx.groups.get(s, args[2].toString());
    return g === undefined ? undefined : { s, g };
}
function xack(c, args, w) {
    const found = lookup(c, args);
    if (found === undefined)
        return void w.integer(0);
    const ids = [];
    for (let j = 3; j < args.length; j++) {
        const r = parseStreamId(args[j], 'min', true);
        if (!r.ok)
            throw new RespError(r.error);
        ids.push(r.id);
    }
    const { s, g } = found;
    c.access().check('read', 'queue', s.key);
    let acked = 0;
    for (const id of ids) {
        const offset = c.ctx.groups.offsetOf(s, id);
        if (offset !== undefined && g.ack(offset))
            acked++;
    }
    if (acked === 0)
        return void w.integer(0);
    s.pruneRetired();
    replyAfterGroupSync(c, (out) => out.integer(acked));
}
/** Offsets for IDs start..end: [first offset >= start, last offset <= end]; empty when lo > hi. */
function offsetRange(c, s, start, end) {
    if (compareStreamIds(start, end) > 0)
        return [1, 0];
    return [c.ctx.groups.offsetAtOrAfter(s, start), c.ctx.groups.offsetAtOrBefore(s, end)];
}
function xpending(c, args, w) {
    const n = args.length;
    if (n !== 3 && (n < 6 || n > 9))
        throw new RespError(ERR_SYNTAX);
    let minIdle = 0;
    let start = MIN_ID;
    let end = MIN_ID;
    let count = 0;
    let consumer;
    if (n >= 6) {
        let at = 3;
        if (upper(args[3]) === 'IDLE') {
            minIdle = parseLong(args[4]);
            if (n < 8)
                throw new RespError(ERR_SYNTAX);
            at += 2;
        }
        count = Math.max(0, parseLong(args[at + 2]));
        const a = parseRangeBound(args[at], 'start');
        if (!a.ok)
            throw new RespError(a.error);
        const b = parseRangeBound(args[at + 1], 'end');
        if (!b.ok)
            throw new RespError(b.error);
        start = a.id;
        end = b.id;
        if (at + 3 < n)
            consumer = args[at + 3].toString();
    }
    const found = lookup(c, args);
    if (found === undefined)
        throw noGroup(args[1].toString(), args[2].toString());
    const { s, g } = found;
    c.access().check('read', 'queue', s.key);
    const groups = c.ctx.groups;
    if (n === 3) {
        const sum = g.summary();
        w.array(4);
        w.integer(sum.count);
        if (sum.count === 0) {
            w.null();
            w.null();
            w.nullArray();
            return;
        }
        w.bulkStreamId(groups.idOf(s, sum.min) ?? MIN_ID);
        w.bulkStreamId(groups.idOf(s, sum.max) ?? MIN_ID);
        w.array(sum.consumers.length);
        for (const [name, pending] of sum.consumers)
            w.array(2).bulk(name).bulk(String(pending));
        return;
    }
    if (consumer !== undefined && !g.consumers().some((x) => x.name === consumer))
        return void w.array(0);
    const [lo, hi] = offsetRange(c, s, start, end);
    const now = Date.now();
    const rows = count === 0 || lo > hi ? [] : g.pendingRange(lo, hi, count, now, consumer, minIdle);
    const out = [];
    for (const e of rows) {
        const id = groups.idOf(s, e.offset);
        if (id !== undefined)
            out.push([id, e.consumer, Math.max(0, now - e.lastDelivery), e.deliveries]);
    }
    w.array(out.length);
    for (const [id, name, idle, deliveries] of out) {
        w.array(4).bulkStreamId(id).bulk(name).integer(idle).integer(deliveries);
    }
}
function xclaim(c, args) {
    const found = lookup(c, args);
    if (found === undefined)
        throw noGroup(args[1].toString(), args[2].toString());
    const { s, g } = found;
    const minIdle = Math.max(0, parseLong(args[4], 'ERR Invalid min-idle-time argument for XCLAIM'));
    const ids = [];
    let j = 5;
    for (; j < args.length; j++) {
        const r = parseStreamId(args[j], 'min', true);
        if (!r.ok)
            break;
        ids.push(r.id);
    }
    const now = Date.now();
    const opts = {};
    let lastId = MIN_ID;
    for (; j < args.length; j++) {
        const more = args.length - 1 - j;
        const opt = upper(args[j]);
        if (opt === 'FORCE')
            opts.force = true;
        else if (opt === 'JUSTID')
            opts.justId = true;
        else if (opt === 'IDLE' && more > 0) {
            opts.time = now - parseLong(args[++j], 'ERR Invalid IDLE option argument for XCLAIM');
        }
        else if (opt === 'TIME' && more > 0) {
            opts.time = parseLong(args[++j], 'ERR Invalid TIME option argument for XCLAIM');
        }
        else if (opt === 'RETRYCOUNT' && more > 0) {
            const n = parseLong(args[++j], 'ERR Invalid RETRYCOUNT option argument for XCLAIM');
            if (n >= 0)
                opts.retryCount = n;
        }
        else if (opt === 'LASTID' && more > 0) {
            const r = parseStreamId(args[++j], 'min', true);
            if (!r.ok)
                throw new RespError(r.error);
            lastId = r.id;
        }
        else
            throw new RespError(`ERR Unrecognized XCLAIM option '${args[j].toString('latin1')}'`);
    }
    c.access().check('read', 'queue', s.key);
    const groups = c.ctx.groups;
    if (compareStreamIds(lastId, groups.lastId(s, g)) > 0)
        groups.setId(s, g, lastId, g.entriesRead);
    // an ID the stream never had (nor has pending) names no offset: nothing to claim or drop
    const offsets = [];
    for (const id of ids) {
        const offset = groups.offsetOf(s, id);
        if (offset !== undefined)
            offsets.push(offset);
    }
    const justId = opts.justId === true;
    const claimed = claim(s.partition, g, args[3].toString(), minIdle, offsets, opts, now, groups.existence(s));
    const rows = claimedRows(s, groups, claimed, justId);
    s.pruneRetired();
    replyAfterGroupSync(c, (out) => writeClaimed(out, rows, justId));
}
function xautoclaim(c, args) {
    const s0 = c.ctx.keyspace.get(args[1].toString());
    const g0 = s0 === undefined ? undefined : c.ctx.groups.get(s0, args[2].toString());
    const minIdle = Math.max(0, parseLong(args[4], 'ERR Invalid min-idle-time argument for XAUTOCLAIM'));
    const st = parseRangeBound(args[5], 'start');
    if (!st.ok)
        throw new RespError(st.error);
    let count = 100;
    let justId = false;
    for (let j = 6; j < args.length; j++) {
        const more = args.length - 1 - j;
        const opt = upper(args[j]);
        if (opt === 'COUNT' && more > 0) {
            count = parseLong(args[j + 1], 'ERR COUNT must be > 0');
            if (count < 1 || count > Math.floor(Number.MAX_SAFE_INTEGER / 16))
                throw new RespError('ERR COUNT must be > 0');
            j++;
        }
        else if (opt === 'JUSTID')
            justId = true;
        else
            throw new RespError(ERR_SYNTAX);
    }
    if (s0 === undefined || g0 === undefined)
        throw noGroup(args[1].toString(), args[2].toString());
    const s = s0;
    c.access().check('read', 'queue', s.key);
    const groups = c.ctx.groups;
    const start = groups.offsetAtOrAfter(s, st.id);
    const r = autoClaim(s.partition, g0, args[3].toString(), minIdle, start, count, { justId }, Date.now(), groups.existence(s));
    // IDs now, before pruneRetired forgets those of trimmed entries that left the pending list
    const rows = claimedRows(s, groups, r.claimed, justId);
    const next = r.next === undefined ? MIN_ID : (groups.idOf(s, r.next) ?? MIN_ID);
    const deleted = [];
    for (const offset of r.deleted) {
        const id = groups.idOf(s, offset);
        if (id !== undefined)
            deleted.push(id);
    }
    s.pruneRetired();
    replyAfterGroupSync(c, (out) => {
        out.array(3);
        out.bulkStreamId(next);
        writeClaimed(out, rows, justId);
        out.array(deleted.length);
        for (const id of deleted)
            out.bulkStreamId(id);
    });
}
/** The claimed entries' IDs and fields, taken now: the reply goes out after a sync, when trims may have run. */
function claimedRows(s, groups, claimed, justId) {
    return claimed.map(({ entry, record }) => [
        groups.idOf(s, entry.offset) ?? MIN_ID,
        justId ? null : groups.fields(record),
    ]);
}
/** XCLAIM's reply and XAUTOCLAIM's second element: the entries, or their IDs with JUSTID. */
function writeClaimed(w, rows, justId) {
    w.array(rows.length);
    for (const [id, fields] of rows) {
        if (justId)
            w.bulkStreamId(id);
        else if (fields === null)
            w.null();
        else
            writeEntry(w, id, fields);
    }
}
export const XPENDING_COMMANDS = [
    ['xack', { run: xack, pipelined: true }],
    ['xpending', { run: xpending }],
    ['xclaim', { run: xclaim }],
    ['xautoclaim', { run: xautoclaim }],
];
//# sourceMappingURL=xpending.js.map