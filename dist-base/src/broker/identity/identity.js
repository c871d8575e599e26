// Users, permissions, topic permissions and user limits: the changes RabbitMQ's
// rabbit_auth_backend_internal makes (put_user, delete_user, set/clear_permissions,
// set/clear_topic_permissions, set/clear_user_limits), with its validation and error
// names, each recorded in the definitions log and audited with who made it. Vhosts
// themselves belong to Broker, which this reaches through IdentityHost.
import { Access } from './access.js';
import { parseUserLimits, USER_LIMITS } from '../topology/limits.js';
import { DEFAULT_HASHING, hashPassword, isBase64, isHashingAlgorithm } from './password.js';
import { scramCredentials } from './scram.js';
import { Permissions } from './permissions.js';
import { newUser, parseTags, Users } from './users.js';
import { ValidationError } from '../errors.js';
/** A change RabbitMQ refuses; `message` is its error term (answered as 400). */
export class IdentityError extends ValidationError {
}
export class Identity {
    host;
    users = new Users();
    permissions = new Permissions();
    constructor(host) {
        this.host = host;
    }
    login(name, password, remoteAddress) {
        return this.users.login(name, password, remoteAddress);
    }
    /** The permission checks of `user` in `vhost` (one per channel: it caches). */
    access(user, vhost) {
        return new Access(user, vhost, this.permissions);
    }
    // ---- users --------------------------------------------------------------------
    /**
     * RabbitMQ's put_user: tags (or the old `administrator` flag) are required; a password
     * is hashed, a password_hash is taken as is; neither clears the password (the user can
     * then not log in with one). Returns whether the user was created.
     */
    putUser(name, input, actor) {
        const old = this.users.get(name);
        const { user, credentials } = this.prepareUser(name, input);
        this.storeUser(user);
        const event = old ? 'user.updated' : 'user.created';
        this.host.audit({ event, actor, user: name, tags: user.tags, credentials });
        return old ? 'updated' : 'created';
    }
    /**
     * The user record put_user would write, validated (IdentityError, LimitError), nothing
     * changed: definitions import checks a whole document before applying any of it.
     * `defaultHashing`: the algorithm of a hash given without one (older exports).
     */
    prepareUser(name, input, defaultHashing = DEFAULT_HASHING) {
        if (input.tags === undefined && input.administrator === undefined)
            throw new IdentityError('tags_not_present');
        const tags = input.tags === undefined
            ? isTrue(input.administrator)
                ? ['administrator']
                : []
            : parseTags(input.tags);
        if (tags === undefined)
            throw new IdentityError('tags must be a list of strings or a comma-separated string');
        if (input.password !== undefined && input.password_hash !== undefined) {
            throw new IdentityError('both_password_and_password_hash_are_provided');
        }
        const limits = input.limits === undefined ? undefined : parseUserLimits(input.limits);
        const old = this.users.get(name);
        const user = old ? { ...old, tags } : newUser(name, { tags });
        if (limits)
            user.limits = limits;
        if (input.password !== undefined) {
            if (typeof input.password !== 'string')
                throw new IdentityError('password must be a string');
            user.passwordHash = hashPassword(input.password);
            user.hashingAlgorithm = DEFAULT_HASHING;
            user.scram = scramCredentials(input.password);
            return { user, credentials: 'password' };
        }
        if (input.password_hash !== undefined) {
            const alg = input.hashing_algorithm ?? defaultHashing;
            if (typeof input.password_hash !== 'string' || !isBase64(input.password_hash)) {
                throw new IdentityError('password_hash must be base64');
            }
            if (typeof alg !== 'string' || !isHashingAlgorithm(alg)) {
                throw new IdentityError(`unsupported hashing_algorithm ${JSON.stringify(alg)}`);
            }
            user.passwordHash = input.password_hash;
            user.hashingAlgorithm = alg;
            delete user.scram; // not derivable from a hash
            return { user, credentials: 'password_hash' };
        }
        user.passwordHash = '';
        delete user.scram;
        return { user, credentials: 'none' };
    }
    /** Writes a user as given (config users, replay); recorded, not audited. */
    storeUser(user) {
        this.users.put(user);
        this.host.record({ op: 'user', user: { ...user, tags: [...user.tags], limits: { ...user.limits } } });
    }
    /** Deletes the user, its permissions, and closes its connections (320, as RabbitMQ). */
    deleteUser(name, actor) {
        if (!this.users.delete(name))
            return false;
        this.permissions.dropUser(name);
        this.host.record({ op: 'user.delete', name });
        this.host.audit({ event: 'user.deleted', actor, user: name });
        for (const s of [...this.host.sessions()])
            if (s.user === name)
                s.close(`user '${name}' is deleted`);
        return true;
    }
    // ---- permissions --------------------------------------------------------------
    requireUserAndVhost(user, vhost) {
        if (!this.users.has(user) || !this.host.vhostExists(vhost))
            throw new IdentityError('vhost_or_user_not_found');
    }
    setPermissions(user, vhost, spec, actor) {
        for (const k of ['configure', 'write', 'read']) {
            if (typeof spec[k] !== 'string')
                throw new IdentityError(`${k} must be a string`);
        }
        Permissions.validate(spec);
        this.requireUserAndVhost(user, vhost);
        const existed = this.permissions.get(user, vhost) !== undefined;
        this.permissions.set(user, vhost, spec);
        this.host.record({ op: 'permission', vhost, user, ...pick(spec) });
        this.host.audit({ event: 'permission.set', actor, user, vhost, ...pick(spec) });
        return existed ? 'updated' : 'created';
    }
    clearPermissions(user, vhost, actor) {
        if (!this.permissions.delete(user, vhost))
            return false;
        this.host.record({ op: 'permission.delete', vhost, user });
        this.host.audit({ event: 'permission.cleared', actor, user, vhost });
        return true;
    }
    setTopicPermissions(user, vhost, spec, actor) {
        for (const k of ['exchange', 'write', 'read']) {
            if (typeof spec[k] !== 'string')
                throw new IdentityError(`${k} must be a string`);
        }
        Permissions.validate({ write: spec.write, read: spec.read });
        this.requireUserAndVhost(user, vhost);
        const existed = this.permissions.listTopic({ user, vhost }).some((t) => t.exchange === spec.exchange);
        this.permissions.setTopic(user, vhost, spec);
        const { exchange, write, read } = spec;
        this.host.record({ op: 'topic-permission', vhost, user, exchange, write, read });
        this.host.audit({ event: 'topic_permission.set', actor, user, vhost, exchange, write, read });
        return existed ? 'updated' : 'created';
    }
    /** Without `exchange`: every topic permission of the user in the vhost. */
    clearTopicPermissions(user, vhost, actor, exchange) {
        if (!this.permissions.deleteTopic(user, vhost, exchange))
            return false;
        this.host.record({ op: 'topic-permission.delete', vhost, user, exchange });
        this.host.audit({ event: 'topic_permission.cleared', actor, user, vhost, exchange });
        return true;
    }
    // ---- user limits --------------------------------------------------------------
    setUserLimit(name, limit, value, actor) {
        const user = this.users.get(name);
        if (!user)
            throw new IdentityError('user_not_found');
        const parsed = parseUserLimits({ [limit]: value });
        this.storeUser({ ...user, limits: { ...user.limits, ...parsed } });
        this.host.audit({ event: 'user_limits.set', actor, user: name, limit, value });
    }
    /** `limit` 'all' clears every limit, as RabbitMQ's clear_user_limits. */
    clearUserLimit(name, limit, actor) {
        const user = this.users.get(name);
        if (!user)
            return false;
        const limits = {};
        if (limit !== 'all') {
            for (const k of USER_LIMITS)
                if (k !== limit && user.limits[k] !== undefined)
                    limits[k] = user.limits[k];
        }
        this.storeUser({ ...user, limits });
        this.host.audit({ event: 'user_limits.cleared', actor, user: name, limit });
        return true;
    }
    // ---- definitions log ------------------------------------------------------------
    /** Applies a logged record at boot: no validation, recording or audit. */
    replay(r) {
        switch (r.op) {
            case 'user':
                this.users.put(newUser(r.user.name, r.user));
                break;
            case 'user.delete':
                this.users.delete(r.name);
                this.permissions.dropUser(r.name);
                break;
            case 'permission':
                this.permissions.set(r.user, r.vhost, r);
                break;
            case 'permission.delete':
                this.permissions.delete(r.user, r.vhost);
                break;
            case 'topic-permission':
                this.permissions.setTopic(r.user, r.vhost, r);
                break;
            case 'topic-permission.delete':
                this.permissions.deleteTopic(r.user, r.vhost, r.exchange);
                break;
        }
    }
    /** The live users and permissions, for compaction of the definitions log. */
    records() {
        const out = [];
        for (const user of this.users.list())
            out.push({ op: 'user', user });
        for (const p of this.permissions.list())
            out.push({ op: 'permission', ...p });
        for (const t of this.permissions.listTopic())
            out.push({ op: 'topic-permission', ...t });
        return out;
    }
}
function pick(spec) {
    return { configure: spec.configure, write: spec.write, read: spec.read };
}
function isTrue(v) {
    return v === true || v === 'true';
}
//# sourceMappingURL=identity.js.map