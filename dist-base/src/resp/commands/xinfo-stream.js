// XINFO STREAM [FULL [COUNT n]] and XSETID (redis 7.0.15 t_stream.c xinfoReplyWithStreamInfo,
// xsetidCommand). radix-tree-keys and radix-tree-nodes describe Redis's memory layout, which Wharf does not
// have: they are what Redis would show for entries packed 100 to a node.
import { compareStreamIds, MIN_ID, parseStreamId } from '../codec/index.js';
import { ERR_SYNTAX, RespError } from '../errors.js';
import { parseLong, replyAfterSync, upper, writeEntry } from './stream-common.js';
function nodes(s) {
    if (s.length === 0)
        return [0, 1];
    const keys = Math.ceil(s.index.length / 100);
    return [keys, keys + 1];
}
function firstLive(s) {
    const i = s.nextLive(0);
    return i < s.committedEnd ? i : -1;
}
export function xinfoStream(c, args, w, groupCount, fullGroups) {
    // as xinfoCommand: the key first, then the options [FULL [COUNT n]], any other shape the subcommand error
    const key = args[2].toString();
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        throw new RespError('ERR no such key');
    let full = false;
    let count = 10;
    const optc = args.length - 3;
    if (optc > 0) {
        if ((optc !== 1 && optc !== 3) || upper(args[3]) !== 'FULL' || (optc === 3 && upper(args[4]) !== 'COUNT'))
            throw subcommandSyntax(args[1]);
        full = true;
        if (optc === 3) {
            count = parseLong(args[5]);
            if (count < 0)
                count = 10;
        }
    }
    c.access().check('read', 'queue', key);
    const [keys, radix] = nodes(s);
    const first = firstLive(s);
    w.map(full ? 9 : 10);
    w.bulk('length').integer(s.committedLength);
    w.bulk('radix-tree-keys').integer(keys);
    w.bulk('radix-tree-nodes').integer(radix);
    w.bulk('last-generated-id').bulkStreamId(s.lastId);
    w.bulk('max-deleted-entry-id').bulkStreamId(s.maxDeletedId);
    w.bulk('entries-added').integer(s.entriesAdded);
    w.bulk('recorded-first-entry-id').bulkStreamId(first >= 0 ? s.index.idAt(first) : MIN_ID);
    if (!full) {
        w.bulk('groups').integer(groupCount(c, s));
        w.bulk('first-entry');
        writeOne(w, s, first);
        w.bulk('last-entry');
        const last = s.prevLive(s.committedEnd - 1);
        writeOne(w, s, last);
        return;
    }
    w.bulk('entries');
    const rows = [];
    for (let i = s.nextLive(0); i < s.committedEnd && (count === 0 || rows.length < count); i = s.nextLive(i + 1))
        rows.push(i);
    const out = [];
    for (const i of rows) {
        const f = s.fieldsAt(i);
        if (f !== null)
            out.push([i, f]);
    }
    w.array(out.length);
    for (const [i, f] of out)
        writeEntry(w, s.index.idAt(i), f);
    w.bulk('groups');
    fullGroups(c, s, count, w);
}
/** addReplySubcommandSyntaxError: the subcommand as the client typed it. */
function subcommandSyntax(sub) {
    return new RespError(`ERR unknown subcommand or wrong number of arguments for '${sub.toString('latin1').slice(0, 128)}'. Try XINFO HELP.`);
}
function writeOne(w, s, i) {
    const fields = i >= 0 ? s.fieldsAt(i) : null;
    if (fields === null)
        w.null();
    else
        writeEntry(w, s.index.idAt(i), fields);
}
function xsetid(c, args) {
    const r = parseStreamId(args[2], 'min', true);
    if (!r.ok)
        throw new RespError(r.error);
    const id = r.id;
    let entriesAdded = -1;
    let maxDeleted = MIN_ID;
    for (let i = 3; i < args.length;) {
        const more = args.length - 1 - i;
        const opt = upper(args[i]);
        if (opt === 'ENTRIESADDED' && more > 0) {
            entriesAdded = parseLong(args[i + 1]);
            if (entriesAdded < 0)
                throw new RespError('ERR entries_added must be positive');
            i += 2;
        }
        else if (opt === 'MAXDELETEDID' && more > 0) {
            const m = parseStreamId(args[i + 1], 'min', true);
            if (!m.ok)
                throw new RespError(m.error);
            if (compareStreamIds(id, m.id) < 0)
                throw new RespError('ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id');
            maxDeleted = m.id;
            i += 2;
        }
        else
            throw new RespError(ERR_SYNTAX);
    }
    const key = args[1].toString();
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        throw new RespError('ERR no such key');
    c.access().check('write', 'queue', key);
    if (s.length > 0) {
        if (compareStreamIds(id, s.lastEntryId) < 0)
            throw new RespError('ERR The ID specified in XSETID is smaller than the target stream top item');
        if (entriesAdded !== -1 && s.length > entriesAdded)
            throw new RespError('ERR The entries_added specified in XSETID is smaller than the target stream length');
    }
    if (compareStreamIds(id, s.maxDeletedId) < 0)
        throw new RespError('ERR The ID specified in XSETID is smaller than current max_deleted_entry_id');
    s.lastId = id;
    if (entriesAdded !== -1)
        s.entriesAddedTo = entriesAdded;
    if (compareStreamIds(maxDeleted, MIN_ID) !== 0)
        s.maxDeletedId = maxDeleted;
    c.ctx.keyspace.meta.save(s.partition.vhost, key, s.snapshot());
    replyAfterSync(c, s, true).simple('OK');
}
export const XINFO_STREAM_COMMANDS = [['xsetid', { run: xsetid, pipelined: true }]];
//# sourceMappingURL=xinfo-stream.js.map