// Per user per vhost permissions as RabbitMQ's internal backend keeps them: configure,
// write and read regular expressions matched against resource names (an empty pattern
// matches nothing), and topic permissions: per exchange, write and read expressions
// matched against routing keys, with {username} and {vhost} expanded. Patterns are
// compiled once, when set; `generation` changes with every change so the per-channel
// caches (access.ts) know when to look again.
import { ValidationError } from '../errors.js';
/** A pattern RabbitMQ would refuse to set; the text names it. */
export class PermissionError extends ValidationError {
}
/** RabbitMQ reads '' as "^$"; anything else as a (PCRE) regular expression, unanchored. */
export function compilePattern(pattern) {
    if (pattern === '')
        return /^$/;
    try {
        return new RegExp(pattern);
    }
    catch (err) {
        throw new PermissionError(`invalid_regexp: '${pattern}': ${err.message}`);
    }
}
/** RabbitMQ's expand_topic_permission: literal replacement of {name} placeholders. */
export function expandTopicPattern(pattern, vars) {
    let out = pattern;
    for (const [k, v] of Object.entries(vars))
        out = out.split(`{${k}}`).join(v);
    return out;
}
const byName = (a, b) => a.vhost < b.vhost ? -1 : a.vhost > b.vhost ? 1 : a.user < b.user ? -1 : a.user > b.user ? 1 : 0;
export class Permissions {
    /** bumped by every change; caches compare it */
    generation = 0;
    /** vhost -> user -> permissions */
    perms = new Map();
    /** vhost -> user -> exchange -> topic permissions */
    topics = new Map();
    /** Throws PermissionError for a pattern that does not compile; changes nothing. */
    static validate(spec) {
        for (const p of Object.values(spec))
            compilePattern(p);
    }
    get(user, vhost) {
        return this.perms.get(vhost)?.get(user)?.spec;
    }
    set(user, vhost, spec) {
        const compiled = {
            spec: { configure: spec.configure, write: spec.write, read: spec.read },
            configure: compilePattern(spec.configure),
            write: compilePattern(spec.write),
            read: compilePattern(spec.read),
        };
        let users = this.perms.get(vhost);
        if (!users)
            this.perms.set(vhost, (users = new Map()));
        users.set(user, compiled);
        this.generation++;
    }
    delete(user, vhost) {
        const gone = this.perms.get(vhost)?.delete(user) ?? false;
        if (gone)
            this.generation++;
        return gone;
    }
    list(filter = {}) {
        const out = [];
        for (const [vhost, users] of this.perms) {
            if (filter.vhost !== undefined && vhost !== filter.vhost)
                continue;
            for (const [user, c] of users) {
                if (filter.user === undefined || user === filter.user)
                    out.push({ user, vhost, ...c.spec });
            }
        }
        return out.sort(byName);
    }
    /** RabbitMQ's check_vhost_access: any permission entry for the vhost lets the user in. */
    hasVhostAccess(user, vhost) {
        return this.perms.get(vhost)?.has(user) ?? false;
    }
    permits(user, vhost, permission, name) {
        const c = this.perms.get(vhost)?.get(user);
        return c !== undefined && c[permission].test(name);
    }
    // ---- topic permissions ----------------------------------------------------------
    setTopic(user, vhost, spec) {
        const vars = { username: user, vhost };
        const compiled = {
            spec: { exchange: spec.exchange, write: spec.write, read: spec.read },
            write: compilePattern(expandTopicPattern(spec.write, vars)),
            read: compilePattern(expandTopicPattern(spec.read, vars)),
        };
        let users = this.topics.get(vhost);
        if (!users)
            this.topics.set(vhost, (users = new Map()));
        let exchanges = users.get(user);
        if (!exchanges)
            users.set(user, (exchanges = new Map()));
        exchanges.set(spec.exchange, compiled);
        this.generation++;
    }
    /** Deletes one exchange's topic permissions, or all of the user's in the vhost. */
    deleteTopic(user, vhost, exchange) {
        const users = this.topics.get(vhost);
        const exchanges = users?.get(user);
        if (!users || !exchanges)
            return false;
        let gone;
        if (exchange === undefined)
            gone = users.delete(user);
        else {
            gone = exchanges.delete(exchange);
            if (exchanges.size === 0)
                users.delete(user);
        }
        if (gone)
            this.generation++;
        return gone;
    }
    listTopic(filter = {}) {
        const out = [];
        for (const [vhost, users] of this.topics) {
            if (filter.vhost !== undefined && vhost !== filter.vhost)
                continue;
            for (const [user, exchanges] of users) {
                if (filter.user !== undefined && user !== filter.user)
                    continue;
                for (const c of exchanges.values())
                    out.push({ user, vhost, ...c.spec });
            }
        }
        return out.sort(byName);
    }
    /** True when the user has any topic permission in the vhost (else topic checks are skipped). */
    hasTopicPermissions(user, vhost) {
        return this.topics.get(vhost)?.has(user) ?? false;
    }
    /** RabbitMQ: no topic permission for the exchange means every routing key is allowed. */
    topicPermits(user, vhost, exchange, permission, key) {
        const c = this.topics.get(vhost)?.get(user)?.get(exchange);
        return c === undefined || c[permission].test(key);
    }
    // ---- cascades ---------------------------------------------------------------------
    /** A deleted user loses every permission (RabbitMQ's delete_user). */
    dropUser(user) {
        for (const users of this.perms.values())
            users.delete(user);
        for (const users of this.topics.values())
            users.delete(user);
        this.generation++;
    }
    /** A deleted vhost takes its permissions along. */
    dropVhost(vhost) {
        this.perms.delete(vhost);
        this.topics.delete(vhost);
        this.generation++;
    }
}
//# sourceMappingURL=permissions.js.map