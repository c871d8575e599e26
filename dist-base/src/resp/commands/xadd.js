// XADD and XTRIM (redis 7.0.15 t_stream.c: streamParseAddOrTrimArgsOrReply, xaddCommand, xtrimCommand,
// streamTrim). The entry is appended to the stream queue's log at once (so the next command sees it) and
// the reply waits for the sync that covers it: a pipeline of XADDs shares one fsync (group commit).
//
// Trimming: `=` is exact. `~` removes whole groups of 100 entries (Redis's stream-node-max-entries), the
// way Redis removes whole listpack nodes, up to LIMIT entries (default 10 000). Trimmed entries stop
// counting at once; their disk space returns as the engine drops whole segments: a second after a trim the log
// start offset follows it (redis-stream.ts releaseTrimmed), freeing every segment below it.
import { ERR_INVALID_STREAM_ID, ERR_STREAM_EXHAUSTED, ERR_XADD_ID_ZERO, isMaxId, parseAddId, parseStreamId, resolveAddId, compareStreamIds, writeStreamId, } from '../codec/index.js';
import { RespError, ERR_SYNTAX } from '../errors.js';
import { parseLong, replyAfterSync } from './stream-common.js';
/** Redis's stream-node-max-entries: the unit `~` trims by. */
const NODE_ENTRIES = 100;
function parseAddOrTrim(args, xadd) {
    const a = {
        strategy: 'none',
        approx: false,
        maxlen: 0,
        minid: undefined,
        limit: 0,
        noMkStream: false,
        idIndex: -1,
        idZero: false,
    };
    let limitGiven = false;
    let i = 2;
    for (; i < args.length; i++) {
        const more = args.length - 1 - i;
        const opt = args[i];
        if (xadd && opt.length === 1 && opt[0] === 0x2a) {
            a.idIndex = i;
            break;
        }
        const name = opt.toString('latin1').toLowerCase();
        if ((name === 'maxlen' || name === 'minid') && more > 0) {
            if (a.strategy !== 'none')
                throw new RespError('ERR syntax error, MAXLEN and MINID options at the same time are not compatible');
            a.approx = false;
            const next = args[i + 1];
            if (more >= 2 && next.length === 1 && (next[0] === 0x7e || next[0] === 0x3d)) {
                a.approx = next[0] === 0x7e;
                i++;
            }
            if (name === 'maxlen') {
                a.maxlen = parseLong(args[i + 1]);
                if (a.maxlen < 0)
                    throw new RespError('ERR The MAXLEN argument must be >= 0.');
                a.strategy = 'maxlen';
            }
            else {
                const r = parseStreamId(args[i + 1], 'min', true);
                if (!r.ok)
                    throw new RespError(r.error);
                a.minid = r.id;
                a.strategy = 'minid';
            }
            i++;
        }
        else if (name === 'limit' && more > 0) {
            a.limit = parseLong(args[i + 1]);
            if (a.limit < 0)
                throw new RespError('ERR The LIMIT argument must be >= 0.');
            limitGiven = true;
            i++;
        }
        else if (xadd && name === 'nomkstream') {
            a.noMkStream = true;
        }
        else if (xadd) {
            const r = parseAddId(opt);
            if (!r.ok) {
                if (r.error !== ERR_XADD_ID_ZERO)
                    throw new RespError(r.error);
                a.idZero = true;
            }
            a.idIndex = i;
            break;
        }
        else
            throw new RespError(ERR_SYNTAX);
    }
    if (a.limit && a.strategy === 'none')
        throw new RespError('ERR syntax error, LIMIT cannot be used without specifying a trimming strategy');
    if (!xadd && a.strategy === 'none')
        throw new RespError('ERR syntax error, XTRIM must be called with a trimming strategy');
    if (limitGiven) {
        if (!a.approx)
            throw new RespError('ERR syntax error, LIMIT cannot be used without the special ~ option');
    }
    else
        a.limit = a.approx ? 100 * NODE_ENTRIES : 0;
    if (xadd && a.idIndex < 0)
        a.idIndex = args.length;
    return a;
}
/**
 * Removes entries from the head as the trim arguments say; returns how many live entries went and how many
 * index positions (deleted entries too: their notes change even when no live entry goes).
 */
function trim(s, t) {
    const index = s.index;
    const n = index.length;
    let cut = 0; // positions to drop
    let removed = 0;
    const live = (i) => !s.deleted.has(index.offsetAt(i));
    if (t.strategy === 'maxlen') {
        let length = s.length;
        while (cut < n && length > t.maxlen) {
            if (live(cut)) {
                length--;
                removed++;
            }
            cut++;
        }
    }
    else if (t.strategy === 'minid') {
        while (cut < n && compareStreamIds(index.idAt(cut), t.minid) < 0) {
            if (live(cut))
                removed++;
            cut++;
        }
    }
    if (t.approx && cut > 0) {
        // whole nodes only, counted from the first entry ever added, and no more than LIMIT entries
        const before = s.entriesAdded - s.index.length; // entries-added of position 0
        const nodeStart = (p) => Math.floor((before + p) / NODE_ENTRIES) * NODE_ENTRIES - before;
        let whole = nodeStart(cut);
        if (cut === n && (before + n) % NODE_ENTRIES === 0)
            whole = cut;
        if (t.limit > 0)
            while (whole > t.limit)
                whole -= NODE_ENTRIES;
        if (whole <= 0)
            return [0, 0];
        cut = whole;
        removed = 0;
        for (let i = 0; i < cut; i++)
            if (live(i))
                removed++;
    }
    if (cut === 0)
        return [0, 0];
    s.dropFirst(cut);
    s.releaseTrimmed();
    return [removed, cut];
}
function xadd(c, args, w) {
    const a = parseAddOrTrim(args, true);
    const fieldsAt = a.idIndex + 1;
    const nFields = args.length - fieldsAt;
    if (nFields < 2 || nFields % 2 !== 0)
        throw new RespError("ERR wrong number of arguments for 'xadd' command");
    if (a.idZero)
        throw new RespError(ERR_XADD_ID_ZERO);
    const key = args[1].toString();
    const access = c.access();
    access.check('write', 'queue', key);
    const ks = c.ctx.keyspace;
    const s = a.noMkStream ? ks.get(key) : ks.getOrCreate(key, access);
    if (s === undefined)
        return void w.null();
    if (isMaxId(s.lastId))
        throw new RespError(ERR_STREAM_EXHAUSTED);
    const now = Date.now();
    const parsed = parseAddId(args[a.idIndex] ?? Buffer.from('*'));
    const r = resolveAddId(parsed, s.lastId, now);
    if (!r.ok)
        throw new RespError(r.error === ERR_INVALID_STREAM_ID ? ERR_INVALID_STREAM_ID : r.error);
    const id = r.id;
    // the ID's text goes into the entry and into the reply
    const encoder = ks.encoder;
    const idText = encoder.idText.subarray(0, writeStreamId(id, encoder.idText, 0));
    const e = encoder.encode(key, idText, args, fieldsAt, now, s.headPrefix);
    const offset = s.partition.append(0, now, e.head, e.body, e.flags);
    s.added(offset, id);
    let trimmed = false;
    if (a.strategy !== 'none')
        trimmed = trim(s, a)[1] > 0;
    if (trimmed)
        ks.meta.save(s.partition.vhost, key, s.snapshot());
    replyAfterSync(c, s, trimmed).bulk(idText);
}
function xtrim(c, args, w) {
    const a = parseAddOrTrim(args, false);
    const key = args[1].toString();
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        return void w.integer(0);
    c.access().check('write', 'queue', key);
    const [removed, cut] = trim(s, a);
    if (cut === 0)
        return void w.integer(0);
    c.ctx.keyspace.meta.save(s.partition.vhost, key, s.snapshot());
    replyAfterSync(c, s, true).integer(removed);
}
export const XADD_COMMANDS = [
    ['xadd', { run: xadd, pipelined: true, grows: true }],
    ['xtrim', { run: xtrim, pipelined: true }],
];
//# sourceMappingURL=xadd.js.map