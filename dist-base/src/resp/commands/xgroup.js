// XGROUP CREATE / SETID / DESTROY / CREATECONSUMER / DELCONSUMER (redis 7.0.15 t_stream.c xgroupCommand).
// Groups and their pending lists are the engine's (store/stream-groups.ts); replies go out once the change is
// on disk.
import { parseStreamId } from '../codec/index.js';
import { RespError } from '../errors.js';
import { writeXgroupHelp } from './help-texts.js';
import { parseLong, upper } from './stream-common.js';
const ERR_NEEDS_KEY = 'ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.';
/** Answers once the group change (engine groups and the front's notes) is durable. */
export function replyAfterGroupSync(c, write) {
    const slot = c.defer();
    c.ctx.groups.sync((err) => err ? slot.error(`ERR the change could not be made durable: ${err.message}`) : slot.send(write));
}
function noGroup(group, key) {
    return new RespError(`NOGROUP No such consumer group '${group}' for key name '${key}'`);
}
function createOrSetId(c, args, create) {
    const sub = args[1].toString('latin1');
    const key = args[2].toString();
    const group = args[3].toString();
    let mkstream = false;
    let entriesRead = -1;
    for (let i = 5; i < args.length;) {
        const opt = upper(args[i]);
        if (create && opt === 'MKSTREAM') {
            mkstream = true;
            i++;
        }
        else if (opt === 'ENTRIESREAD' && i + 1 < args.length) {
            entriesRead = parseLong(args[i + 1]);
            if (entriesRead < 0 && entriesRead !== -1)
                throw new RespError('ERR value for ENTRIESREAD must be positive or -1');
            i += 2;
        }
        else {
            throw new RespError(`ERR unknown subcommand or wrong number of arguments for '${sub}'. Try XGROUP HELP.`);
        }
    }
    const ks = c.ctx.keyspace;
    let s = ks.get(key);
    if (s === undefined && !mkstream)
        throw new RespError(ERR_NEEDS_KEY);
    const groups = c.ctx.groups;
    const existing = s === undefined ? undefined : groups.get(s, group);
    if (!create && existing === undefined)
        throw noGroup(group, key);
    const idArg = args[4];
    let id;
    if (!(idArg.length === 1 && idArg[0] === 0x24)) {
        const r = parseStreamId(idArg, 'min', true);
        if (!r.ok)
            throw new RespError(r.error);
        id = r.id;
    }
    const access = c.access();
    access.check('configure', 'queue', key);
    if (s === undefined)
        s = ks.getOrCreate(key, access);
    id ??= s.lastId;
    if (create) {
        if (group.includes('\u0000'))
            throw new RespError('ERR Invalid group name');
        if (!groups.create(s, group, id, entriesRead))
            throw new RespError('BUSYGROUP Consumer Group name already exists');
    }
    else
        groups.setId(s, existing, id, entriesRead);
    replyAfterGroupSync(c, (out) => out.simple('OK'));
}
function needStream(c, key) {
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        throw new RespError(ERR_NEEDS_KEY);
    return s;
}
function destroy(c, args, w) {
    const key = args[2].toString();
    const s = needStream(c, key);
    c.access().check('configure', 'queue', key);
    if (!c.ctx.groups.destroy(s, args[3].toString()))
        return void w.integer(0);
    replyAfterGroupSync(c, (out) => out.integer(1));
}
function createConsumer(c, args, w) {
    const key = args[2].toString();
    const group = args[3].toString();
    const s = needStream(c, key);
    const g = c.ctx.groups.get(s, group);
    if (g === undefined)
        throw noGroup(group, key);
    c.access().check('read', 'queue', key);
    if (!g.createConsumer(args[4].toString(), Date.now()))
        return void w.integer(0);
    replyAfterGroupSync(c, (out) => out.integer(1));
}
function deleteConsumer(c, args, w) {
    const key = args[2].toString();
    const group = args[3].toString();
    const s = needStream(c, key);
    const g = c.ctx.groups.get(s, group);
    if (g === undefined)
        throw noGroup(group, key);
    c.access().check('read', 'queue', key);
    const had = g.deleteConsumer(args[4].toString());
    if (had < 0)
        return void w.integer(0);
    s.pruneRetired();
    replyAfterGroupSync(c, (out) => out.integer(had));
}
export const XGROUP_COMMANDS = [
    ['xgroup|create', { run: (c, a) => createOrSetId(c, a, true) }],
    ['xgroup|setid', { run: (c, a) => createOrSetId(c, a, false) }],
    ['xgroup|destroy', { run: destroy }],
    ['xgroup|createconsumer', { run: createConsumer }],
    ['xgroup|delconsumer', { run: deleteConsumer }],
    ['xgroup|help', { run: (_c, _a, w) => writeXgroupHelp(w) }],
];
//# sourceMappingURL=xgroup.js.map