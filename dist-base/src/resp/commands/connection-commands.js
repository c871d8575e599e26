// Connection commands: HELLO, AUTH, PING, ECHO, SELECT, QUIT, RESET and CLIENT, with Redis 7.0's
// replies (src/networking.c, src/acl.c, src/server.c). Users are Wharf's: AUTH checks the broker's
// users (a one-argument AUTH logs in the configured default user), and the user must have access to
// the front's vhost.
import { parseRedisInt } from '../codec/index.js';
import { ERR_CLIENT_NAME, ERR_NOPROTO, ERR_NOT_INTEGER, ERR_SYNTAX, ERR_WRONGPASS, RespError, unknownSubcommand, } from '../errors.js';
import { clientLine } from './client-line.js';
const REDIS_VERSION = '7.0.15';
const ERR_HELLO_NOAUTH = 'NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time';
function upper(b) {
    return b.toString('latin1').toUpperCase();
}
/**
 * Checks a login: the user's password, the loopback rule, then access to the front's vhost. True when
 * logged in; on a refusal the error is answered here (a wrong password late, through a slot, so that
 * guessing passwords is slow, as on the AMQP front) and false is returned.
 */
function login(c, user, password, w) {
    const broker = c.ctx.broker;
    const refused = broker.authenticate(user, password, c.remoteAddress);
    if (refused === undefined) {
        if (!broker.identity.permissions.hasVhostAccess(user, c.ctx.vhost)) {
            w.error(`NOPERM User ${user} has no access to vhost '${c.ctx.vhost}'`);
            return false;
        }
        c.setUser(user);
        return true;
    }
    c.ctx.log.info({ client: c.id, remote: c.remoteAddress }, `RESP AUTH refused: ${refused}`);
    const slot = c.defer();
    setTimeout(() => slot.error(ERR_WRONGPASS), c.ctx.authFailureDelayMs).unref();
    return false;
}
function auth(c, args, w) {
    if (args.length > 3)
        throw new RespError(ERR_SYNTAX);
    const user = args.length === 2 ? c.ctx.defaultUser : args[1].toString();
    if (login(c, user, args[args.length - 1].toString(), w))
        w.simple('OK');
}
function hello(c, args, w) {
    let version;
    let next = 1;
    if (args.length >= 2) {
        const v = parseRedisInt(args[1], 0, args[1].length);
        next = 2;
        if (v === null)
            throw new RespError('ERR Protocol version is not an integer or out of range');
        if (v < 2 || v > 3)
            throw new RespError(ERR_NOPROTO);
        version = v;
    }
    helloOptions(c, args, next, version, w);
}
/**
 * HELLO's options in order, each taking effect as it is read, as Redis 7.0 does: an AUTH that fails
 * stops there, a SETNAME is applied even when a later option is refused.
 */
function helloOptions(c, args, from, version, w) {
    for (let j = from; j < args.length; j++) {
        const more = args.length - 1 - j;
        const opt = upper(args[j]);
        if (opt === 'AUTH' && more >= 2) {
            if (!login(c, args[j + 1].toString(), args[j + 2].toString(), w))
                return;
            j += 2;
        }
        else if (opt === 'SETNAME' && more >= 1) {
            const name = args[j + 1].toString('latin1');
            if (!validName(name))
                return void w.error(ERR_CLIENT_NAME);
            c.name = name;
            j += 1;
        }
        else {
            return void w.error(`ERR Syntax error in HELLO option '${args[j].toString('latin1')}'`);
        }
    }
    if (c.user === undefined)
        return void w.error(ERR_HELLO_NOAUTH);
    if (version !== undefined)
        c.protocol = version;
    w.protocol = c.protocol;
    helloReply(c, w);
}
function helloReply(c, w) {
    w.map(7);
    w.bulk('server').bulk('redis');
    w.bulk('version').bulk(REDIS_VERSION);
    w.bulk('proto').integer(c.protocol);
    w.bulk('id').integer(c.id);
    w.bulk('mode').bulk('standalone');
    w.bulk('role').bulk('master');
    w.bulk('modules').array(0);
}
/** Redis's client names: printable ASCII without spaces ('!' to '~'). */
function validName(name) {
    for (let i = 0; i < name.length; i++) {
        const ch = name.charCodeAt(i);
        if (ch < 0x21 || ch > 0x7e)
            return false;
    }
    return true;
}
function ping(c, args, w) {
    if (args.length > 2)
        throw new RespError("ERR wrong number of arguments for 'ping' command");
    if (args.length === 1)
        w.simple('PONG');
    else
        w.bulk(args[1]);
}
function select(_c, args, w) {
    const db = parseRedisInt(args[1], 0, args[1].length);
    if (db === null || db < -0x80000000 || db > 0x7fffffff)
        throw new RespError(ERR_NOT_INTEGER);
    if (db === 0)
        return void w.simple('OK');
    if (db < 0 || db >= 16)
        throw new RespError('ERR DB index is out of range');
    throw new RespError(`ERR Wharf serves database 0 only (its streams live in one vhost); SELECT ${db} is refused`);
}
// ---- CLIENT ----------------------------------------------------------------------------
function clientSetname(c, args, w) {
    const name = args[2].toString('latin1');
    if (!validName(name))
        throw new RespError(ERR_CLIENT_NAME);
    c.name = name;
    w.simple('OK');
}
function clientGetname(c, _args, w) {
    if (c.name === '')
        w.null();
    else
        w.bulk(c.name);
}
function clientSetinfo(c, args, w) {
    const attr = args[2].toString('latin1').toLowerCase();
    const value = args[3].toString('latin1');
    if (attr !== 'lib-name' && attr !== 'lib-ver')
        throw new RespError(`ERR Unrecognized option '${args[2].toString('latin1')}'`);
    if (!validName(value))
        throw new RespError(`ERR ${attr} cannot contain spaces, newlines or special characters.`);
    if (attr === 'lib-name')
        c.libName = value;
    else
        c.libVer = value;
    w.simple('OK');
}
function clientId(c, _args, w) {
    w.integer(c.id);
}
function clientInfo(c, _args, w) {
    w.verbatim(`${clientLine(c)}\n`);
}
function clientList(c, args, w) {
    let conns = [...c.ctx.connections];
    if (args.length > 2) {
        const opt = upper(args[2]);
        if (opt === 'TYPE' && args.length === 4) {
            const type = args[3].toString('latin1').toLowerCase();
            if (!['normal', 'master', 'replica', 'slave', 'pubsub'].includes(type))
                throw new RespError(`ERR Unknown client type '${args[3].toString('latin1')}'`);
            if (type !== 'normal')
                conns = [];
        }
        else if (opt === 'ID' && args.length >= 4) {
            const ids = new Set();
            for (let i = 3; i < args.length; i++) {
                const id = parseRedisInt(args[i], 0, args[i].length);
                if (id === null || id <= 0)
                    throw new RespError('ERR Invalid client ID');
                ids.add(id);
            }
            conns = conns.filter((x) => ids.has(x.id));
        }
        else
            throw new RespError(ERR_SYNTAX);
    }
    w.verbatim(conns.map((x) => `${clientLine(x)}\n`).join(''));
}
function quit(c, _args, w) {
    w.simple('OK');
    c.quit();
}
function reset(c, _args, w) {
    c.reset();
    w.simple('RESET');
}
export const CONNECTION_COMMANDS = [
    ['auth', { run: auth }],
    ['hello', { run: hello }],
    ['ping', { run: ping }],
    ['echo', { run: (_c, args, w) => void w.bulk(args[1]) }],
    ['select', { run: select }],
    ['quit', { run: quit }],
    ['reset', { run: reset }],
    ['client|setname', { run: clientSetname }],
    ['client|getname', { run: clientGetname }],
    ['client|setinfo', { run: clientSetinfo }],
    ['client|id', { run: clientId }],
    ['client|info', { run: clientInfo }],
    ['client|list', { run: clientList }],
];
export { unknownSubcommand };
//# sourceMappingURL=connection-commands.js.map