import { CONFIG_ACTOR } from '../operations/audit.js';
import { DEFAULT_HASHING, hashPassword, isBase64, isHashingAlgorithm, verifyPassword } from './password.js';
import { scramCredentials } from './scram.js';
import { Permissions } from './permissions.js';
import { newUser, parseTags } from './users.js';
const FULL = { configure: '.*', write: '.*', read: '.*' };
/** How the config file's `users` must look (named in its error messages). */
export const USERS_SHAPE = 'an array of {name, password | password_hash, hashing_algorithm?, tags?, loopbackOnly?, permissions?}';
const KEYS = [
    'name',
    'password',
    'password_hash',
    'hashing_algorithm',
    'tags',
    'loopbackOnly',
    'permissions',
];
/** Why a config `users` entry is unusable, or undefined when it is fine. */
export function userConfigProblem(u) {
    if (typeof u !== 'object' || u === null || Array.isArray(u))
        return 'each user must be an object';
    const o = u;
    const unknown = Object.keys(o).filter((k) => !KEYS.includes(k));
    if (unknown.length > 0)
        return `unknown key '${unknown[0]}'`;
    if (typeof o.name !== 'string' || o.name === '')
        return 'name must be a non-empty string';
    const who = `user '${o.name}'`;
    if ((o.password === undefined) === (o.password_hash === undefined)) {
        return `${who}: exactly one of password and password_hash`;
    }
    if (o.password !== undefined && typeof o.password !== 'string')
        return `${who}: password must be a string`;
    if (o.password_hash !== undefined && (typeof o.password_hash !== 'string' || !isBase64(o.password_hash))) {
        return `${who}: password_hash must be base64`;
    }
    if (o.hashing_algorithm !== undefined && !isHashingAlgorithm(String(o.hashing_algorithm))) {
        return `${who}: unsupported hashing_algorithm`;
    }
    if (o.tags !== undefined && parseTags(o.tags) === undefined)
        return `${who}: tags must be a list or a string`;
    if (o.loopbackOnly !== undefined && typeof o.loopbackOnly !== 'boolean')
        return `${who}: loopbackOnly a boolean`;
    if (o.permissions !== undefined) {
        const p = o.permissions;
        if (typeof p !== 'object' || p === null || Array.isArray(p))
            return `${who}: permissions must be an object`;
        for (const [vhost, spec] of Object.entries(p)) {
            const s = spec;
            const ok = s && typeof s === 'object' && ['configure', 'write', 'read'].every((k) => typeof s[k] === 'string');
            if (!ok)
                return `${who}: permissions of vhost '${vhost}' must be {configure, write, read}`;
            try {
                Permissions.validate(s);
            }
            catch (err) {
                return `${who}: ${err.message}`;
            }
        }
    }
    return undefined;
}
/** RabbitMQ's first boot: vhost '/' and, without configured users, guest/guest. */
export function seedDefaults(broker, hasConfigUsers) {
    if (!broker.vhosts.has('/'))
        broker.putVhost('/', { description: 'Default virtual host' }, CONFIG_ACTOR);
    if (hasConfigUsers || broker.identity.users.has('guest'))
        return;
    broker.identity.putUser('guest', { password: 'guest', tags: ['administrator'] }, CONFIG_ACTOR);
    broker.identity.setPermissions('guest', '/', FULL, CONFIG_ACTOR);
}
export function applyConfigUsers(broker, list) {
    for (const cfg of list)
        applyConfigUser(broker, cfg);
}
function applyConfigUser(broker, cfg) {
    const where = `config user '${cfg.name}'`;
    const tags = parseTags(cfg.tags ?? []);
    if (tags === undefined)
        throw new Error(`${where}: tags must be a list or a comma-separated string`);
    const old = broker.identity.users.get(cfg.name);
    const user = newUser(cfg.name, {
        tags,
        limits: old?.limits ?? {},
        loopbackOnly: cfg.loopbackOnly ?? cfg.name === 'guest',
    });
    if (cfg.password !== undefined) {
        // an unchanged password keeps its hash (and salt): no rewrite, no audit at every start
        const same = old && verifyPassword(old.passwordHash, old.hashingAlgorithm, cfg.password);
        user.passwordHash = same ? old.passwordHash : hashPassword(cfg.password);
        user.hashingAlgorithm = same ? old.hashingAlgorithm : DEFAULT_HASHING;
        // SCRAM credentials kept with an unchanged password, made for a new one or one that had none
        user.scram = same && old.scram !== undefined ? old.scram : scramCredentials(cfg.password);
    }
    else if (cfg.password_hash !== undefined) {
        const alg = cfg.hashing_algorithm ?? DEFAULT_HASHING;
        if (!isBase64(cfg.password_hash))
            throw new Error(`${where}: password_hash must be base64`);
        if (!isHashingAlgorithm(alg))
            throw new Error(`${where}: unsupported hashing_algorithm '${alg}'`);
        user.passwordHash = cfg.password_hash;
        user.hashingAlgorithm = alg;
    }
    else {
        throw new Error(`${where}: a password or a password_hash is required`);
    }
    if (!old || !sameUser(old, user)) {
        broker.identity.storeUser(user);
        broker.audit({
            event: old ? 'user.updated' : 'user.created',
            actor: CONFIG_ACTOR,
            user: user.name,
            tags: user.tags,
        });
    }
    const perms = cfg.permissions ?? (old ? {} : { '/': FULL });
    for (const [vhost, spec] of Object.entries(perms)) {
        if (!broker.vhosts.has(vhost))
            broker.putVhost(vhost, {}, CONFIG_ACTOR);
        const cur = broker.identity.permissions.get(user.name, vhost);
        if (cur && cur.configure === spec.configure && cur.write === spec.write && cur.read === spec.read)
            continue;
        broker.identity.setPermissions(user.name, vhost, spec, CONFIG_ACTOR);
    }
}
function sameUser(a, b) {
    return (a.passwordHash === b.passwordHash &&
        (a.scram !== undefined) === (b.scram !== undefined) &&
        a.hashingAlgorithm === b.hashingAlgorithm &&
        a.loopbackOnly === b.loopbackOnly &&
        a.tags.join(',') === b.tags.join(','));
}
//# sourceMappingURL=config-users.js.map