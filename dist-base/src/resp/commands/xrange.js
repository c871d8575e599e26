// XRANGE, XREVRANGE, XLEN and XDEL (redis 7.0.15 t_stream.c xrangeGenericCommand, xlenCommand,
// xdelCommand). Reads show committed entries only (those a crash cannot take back).
import { compareStreamIds, formatStreamId, parseRangeBound, parseStreamId, } from '../codec/index.js';
import { ERR_SYNTAX, RespError } from '../errors.js';
import { parseLong, replyAfterSync, writeEntries } from './stream-common.js';
function range(c, args, w, rev) {
    const startArg = rev ? args[3] : args[2];
    const endArg = rev ? args[2] : args[3];
    const start = parseRangeBound(startArg, 'start');
    if (!start.ok)
        throw new RespError(start.error);
    const end = parseRangeBound(endArg, 'end');
    if (!end.ok)
        throw new RespError(end.error);
    let count = -1;
    for (let j = 4; j < args.length; j++) {
        if (args[j].toString('latin1').toUpperCase() === 'COUNT' && args.length - j - 1 >= 1) {
            count = parseLong(args[j + 1]);
            if (count < 0)
                count = 0;
            j++;
        }
        else
            throw new RespError(ERR_SYNTAX);
    }
    const key = args[1].toString();
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        return void w.array(0);
    c.access().check('read', 'queue', key);
    if (count === 0)
        return void w.nullArray();
    writeEntries(w, s, positions(s, start.id, end.id, count === -1 ? 0 : count, rev));
}
/** Index positions of live committed entries with start <= id <= end, at most count (0: all). */
export function positions(s, start, end, count, rev) {
    const out = [];
    if (compareStreamIds(start, end) > 0)
        return out;
    const from = s.index.lowerBound(start);
    const to = Math.min(s.index.upperBound(end), s.committedEnd); // exclusive
    if (!rev) {
        for (let i = s.nextLive(from); i < to; i = s.nextLive(i + 1)) {
            out.push(i);
            if (count > 0 && out.length >= count)
                break;
        }
    }
    else {
        for (let i = s.prevLive(to - 1); i >= from; i = s.prevLive(i - 1)) {
            out.push(i);
            if (count > 0 && out.length >= count)
                break;
        }
    }
    return out;
}
function xlen(c, args, w) {
    const s = c.ctx.keyspace.get(args[1].toString());
    w.integer(s === undefined ? 0 : s.committedLength);
}
function xdel(c, args, w) {
    const ids = [];
    for (let j = 2; j < args.length; j++) {
        const r = parseStreamId(args[j], 'min', true);
        if (!r.ok)
            throw new RespError(r.error);
        ids.push(r.id);
    }
    const key = args[1].toString();
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        return void w.integer(0);
    c.access().check('write', 'queue', key);
    let deleted = 0;
    const meta = c.ctx.keyspace.meta;
    for (const id of ids) {
        const i = s.index.lowerBound(id);
        if (i >= s.index.length || compareStreamIds(s.index.idAt(i), id) !== 0)
            continue;
        const offset = s.index.offsetAt(i);
        if (s.deleted.has(offset))
            continue;
        s.deleted.add(offset);
        meta.deleteEntry(s.partition.vhost, key, offset, formatStreamId(id));
        if (compareStreamIds(id, s.maxDeletedId) > 0)
            s.maxDeletedId = id;
        deleted++;
    }
    if (deleted === 0)
        return void w.integer(0);
    meta.save(s.partition.vhost, key, s.snapshot());
    replyAfterSync(c, s, true).integer(deleted);
}
export const XRANGE_COMMANDS = [
    ['xrange', { run: (c, a, w) => range(c, a, w, false) }],
    ['xrevrange', { run: (c, a, w) => range(c, a, w, true) }],
    ['xlen', { run: xlen }],
    ['xdel', { run: xdel, pipelined: true }],
];
//# sourceMappingURL=xrange.js.map