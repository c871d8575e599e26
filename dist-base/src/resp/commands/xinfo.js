import { MIN_ID } from '../codec/index.js';
import { RespError } from '../errors.js';
import { INVALID, lagOf } from '../streams/groups.js';
import { writeXinfoHelp } from './help-texts.js';
import { xinfoStream } from './xinfo-stream.js';
function writeReadAndLag(c, s, g, w) {
    const last = c.ctx.groups.lastId(s, g);
    w.bulk('entries-read');
    if (g.entriesRead === INVALID)
        w.null();
    else
        w.integer(g.entriesRead);
    w.bulk('lag');
    const lag = lagOf(s, g.entriesRead, last);
    if (lag === undefined)
        w.null();
    else
        w.integer(lag);
}
function fullGroups(c, s, count, w) {
    const groups = c.ctx.groups;
    const list = groups.list(s);
    const limit = count === 0 ? Number.POSITIVE_INFINITY : count;
    w.array(list.length);
    for (const g of list) {
        w.map(7);
        w.bulk('name').bulk(g.name);
        w.bulk('last-delivered-id').bulkStreamId(groups.lastId(s, g));
        writeReadAndLag(c, s, g, w);
        w.bulk('pel-count').integer(g.pendingCount);
        const pending = g.pendingRange(0, Number.POSITIVE_INFINITY, limit, Date.now());
        w.bulk('pending').array(pending.length);
        for (const e of pending) {
            w.array(4)
                .bulkStreamId(groups.idOf(s, e.offset) ?? MIN_ID)
                .bulk(e.consumer);
            w.integer(e.lastDelivery).integer(e.deliveries);
        }
        const consumers = g.consumers();
        w.bulk('consumers').array(consumers.length);
        for (const k of consumers) {
            w.map(4);
            w.bulk('name').bulk(k.name);
            w.bulk('seen-time').integer(k.seen);
            w.bulk('pel-count').integer(k.pending);
            const mine = g.pendingRange(0, Number.POSITIVE_INFINITY, limit, Date.now(), k.name);
            w.bulk('pending').array(mine.length);
            for (const e of mine) {
                w.array(3)
                    .bulkStreamId(groups.idOf(s, e.offset) ?? MIN_ID)
                    .integer(e.lastDelivery)
                    .integer(e.deliveries);
            }
        }
    }
}
function needStream(c, key) {
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        throw new RespError('ERR no such key');
    c.access().check('read', 'queue', key);
    return s;
}
function xinfoGroups(c, args, w) {
    const s = needStream(c, args[2].toString());
    const groups = c.ctx.groups;
    const list = groups.list(s);
    w.array(list.length);
    for (const g of list) {
        w.map(6);
        w.bulk('name').bulk(g.name);
        w.bulk('consumers').integer(g.consumers().length);
        w.bulk('pending').integer(g.pendingCount);
        w.bulk('last-delivered-id').bulkStreamId(groups.lastId(s, g));
        writeReadAndLag(c, s, g, w);
    }
}
function xinfoConsumers(c, args, w) {
    const key = args[2].toString();
    const group = args[3].toString();
    const s = c.ctx.keyspace.get(key);
    if (s === undefined)
        throw new RespError('ERR no such key');
    const g = c.ctx.groups.get(s, group);
    if (g === undefined)
        throw new RespError(`NOGROUP No such consumer group '${group}' for key name '${key}'`);
    c.access().check('read', 'queue', key);
    const now = Date.now();
    const consumers = g.consumers();
    w.array(consumers.length);
    for (const k of consumers) {
        w.map(3);
        w.bulk('name').bulk(k.name);
        w.bulk('pending').integer(k.pending);
        w.bulk('idle').integer(Math.max(0, now - k.seen));
    }
}
export const XINFO_COMMANDS = [
    [
        'xinfo|stream',
        { run: (c, a, w) => xinfoStream(c, a, w, (cc, s) => cc.ctx.groups.list(s).length, fullGroups) },
    ],
    ['xinfo|groups', { run: xinfoGroups }],
    ['xinfo|consumers', { run: xinfoConsumers }],
    ['xinfo|help', { run: (_c, _a, w) => writeXinfoHelp(w) }],
];
//# sourceMappingURL=xinfo.js.map