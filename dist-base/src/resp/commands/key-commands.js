// The key commands that make sense for streams: TYPE, EXISTS, DEL, UNLINK, KEYS, SCAN, EXPIRE, PEXPIRE,
// EXPIREAT, PEXPIREAT, TTL, PTTL, EXPIRETIME, PEXPIRETIME, PERSIST (redis 7.0.15 db.c, expire.c). Keys are the streams of the front's vhost; deleting one deletes the stream
// queue (and its data) for every front.
import { string2llBig } from '../codec/index.js';
import { ERR_NOT_INTEGER, ERR_SYNTAX, RespError } from '../errors.js';
import { parseLong, upper } from './stream-common.js';
import { globMatch } from './glob.js';
function type(c, args, w) {
    w.simple(c.ctx.keyspace.typeOf(args[1].toString()));
}
function exists(c, args, w) {
    let n = 0;
    for (let i = 1; i < args.length; i++)
        if (c.ctx.keyspace.typeOf(args[i].toString()) === 'stream')
            n++;
    w.integer(n);
}
function del(c, args, w) {
    let n = 0;
    const ks = c.ctx.keyspace;
    for (let i = 1; i < args.length; i++) {
        const key = args[i].toString();
        if (ks.typeOf(key) !== 'stream')
            continue;
        if (ks.delete(key, c.access()))
            n++;
    }
    if (n === 0)
        return void w.integer(0);
    const slot = c.defer();
    ks.meta.sync((err) => (err ? slot.error(`ERR ${err.message}`) : slot.send((out) => out.integer(n))));
}
function keys(c, args, w) {
    const pattern = args[1];
    const all = c.ctx.keyspace.keys().filter((k) => globMatch(pattern, Buffer.from(k)));
    w.array(all.length);
    for (const k of all)
        w.bulk(k);
}
function scan(c, args, w) {
    const text = args[1].toString('latin1');
    if (!/^(0|[1-9][0-9]*)$/.test(text) || Number(text) > Number.MAX_SAFE_INTEGER)
        throw new RespError('ERR invalid cursor');
    const cursor = Number(text);
    let count = 10;
    let pattern;
    let typeFilter;
    for (let i = 2; i < args.length; i++) {
        const more = args.length - i - 1;
        const opt = upper(args[i]);
        if (opt === 'COUNT' && more >= 1) {
            count = parseLong(args[++i]);
            if (count < 1)
                throw new RespError(ERR_SYNTAX);
        }
        else if (opt === 'MATCH' && more >= 1) {
            pattern = args[++i];
        }
        else if (opt === 'TYPE' && more >= 1) {
            typeFilter = args[++i].toString('latin1').toLowerCase();
        }
        else
            throw new RespError(ERR_SYNTAX);
    }
    // the cursor is a position in the sorted key list: keys added or removed meanwhile may be seen or missed,
    // which SCAN allows for keys that are not there for the whole iteration
    const all = c.ctx.keyspace.keys();
    const batch = all.slice(cursor, cursor + count);
    const next = cursor + count >= all.length ? 0 : cursor + count;
    const out = batch.filter((k) => (pattern === undefined || globMatch(pattern, Buffer.from(k))) &&
        (typeFilter === undefined || typeFilter === 'stream'));
    w.array(2);
    w.bulk(String(next));
    w.array(out.length);
    for (const k of out)
        w.bulk(k);
}
const LLONG_MAX = (1n << 63n) - 1n;
const LLONG_MIN = -(1n << 63n);
/**
 * EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT (expire.c expireGenericCommand): the options first, then the
 * time, with Redis's overflow checks; a deadline already past deletes the stream. Deadlines are exact
 * 64-bit milliseconds (bigint), as Redis keeps them.
 */
function expireGeneric(c, args, w, relative, ms) {
    let nx = false;
    let xx = false;
    let gt = false;
    let lt = false;
    for (let i = 3; i < args.length; i++) {
        const opt = upper(args[i]);
        if (opt === 'NX')
            nx = true;
        else if (opt === 'XX')
            xx = true;
        else if (opt === 'GT')
            gt = true;
        else if (opt === 'LT')
            lt = true;
        else
            throw new RespError(`ERR Unsupported option ${args[i].toString('latin1')}`);
    }
    if (nx && (xx || gt || lt))
        throw new RespError('ERR NX and XX, GT or LT options at the same time are not compatible');
    if (gt && lt)
        throw new RespError('ERR GT and LT options at the same time are not compatible');
    let when = string2llBig(args[2], 0, args[2].length);
    if (when === null)
        throw new RespError(ERR_NOT_INTEGER);
    const invalid = () => new RespError(`ERR invalid expire time in '${args[0].toString('latin1').toLowerCase()}' command`);
    if (!ms) {
        // C's LLONG_MAX / 1000 and LLONG_MIN / 1000 truncate toward zero
        if (when > LLONG_MAX / 1000n || when < LLONG_MIN / 1000n)
            throw invalid();
        when *= 1000n;
    }
    const base = relative ? BigInt(Date.now()) : 0n;
    if (when > LLONG_MAX - base)
        throw invalid();
    when += base;
    const key = args[1].toString();
    const ks = c.ctx.keyspace;
    if (ks.typeOf(key) !== 'stream')
        return void w.integer(0);
    c.access().check('configure', 'queue', key);
    const current = ks.expiryOf(key); // undefined: none (infinite)
    if (nx && current !== undefined)
        return void w.integer(0);
    if (xx && current === undefined)
        return void w.integer(0);
    if (gt && (current === undefined || when <= current))
        return void w.integer(0);
    if (lt && current !== undefined && when >= current)
        return void w.integer(0);
    ks.setExpiry(key, when, c.access());
    const slot = c.defer();
    ks.meta.sync((err) => (err ? slot.error(`ERR ${err.message}`) : slot.send((out) => out.integer(1))));
}
/** TTL, PTTL, EXPIRETIME and PEXPIRETIME (expire.c ttlGenericCommand): -2 no key, -1 no deadline. */
function ttlGeneric(c, args, w, ms, absolute) {
    const key = args[1].toString();
    const ks = c.ctx.keyspace;
    if (ks.typeOf(key) !== 'stream')
        return void w.integer(-2);
    const at = ks.expiryOf(key);
    if (at === undefined)
        return void w.integer(-1);
    let ttl = absolute ? at : at - BigInt(Date.now());
    if (ttl < 0n)
        ttl = 0n;
    w.integer(ms ? ttl : (ttl + 500n) / 1000n);
}
function persist(c, args, w) {
    const key = args[1].toString();
    const ks = c.ctx.keyspace;
    if (ks.typeOf(key) !== 'stream' || ks.expiryOf(key) === undefined)
        return void w.integer(0);
    ks.clearExpiry(key);
    const slot = c.defer();
    ks.meta.sync((err) => (err ? slot.error(`ERR ${err.message}`) : slot.send((out) => out.integer(1))));
}
export const KEY_COMMANDS = [
    ['type', { run: type }],
    ['exists', { run: exists }],
    ['del', { run: del }],
    ['unlink', { run: del }],
    ['keys', { run: keys }],
    ['scan', { run: scan }],
    ['expire', { run: (c, a, w) => expireGeneric(c, a, w, true, false) }],
    ['pexpire', { run: (c, a, w) => expireGeneric(c, a, w, true, true) }],
    ['expireat', { run: (c, a, w) => expireGeneric(c, a, w, false, false) }],
    ['pexpireat', { run: (c, a, w) => expireGeneric(c, a, w, false, true) }],
    ['ttl', { run: (c, a, w) => ttlGeneric(c, a, w, false, false) }],
    ['pttl', { run: (c, a, w) => ttlGeneric(c, a, w, true, false) }],
    ['expiretime', { run: (c, a, w) => ttlGeneric(c, a, w, false, true) }],
    ['pexpiretime', { run: (c, a, w) => ttlGeneric(c, a, w, true, true) }],
    ['persist', { run: persist }],
];
//# sourceMappingURL=key-commands.js.map