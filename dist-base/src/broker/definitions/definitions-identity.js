import { IdentityError } from '../identity/identity.js';
import { LimitError, parseVhostLimits } from '../topology/limits.js';
import { DEFAULT_HASHING } from '../identity/password.js';
import { Permissions, PermissionError, } from '../identity/permissions.js';
import { parseTags } from '../identity/users.js';
import { ValidationError } from '../errors.js';
/** A definitions document that cannot be applied; answered as 400 with this text. */
export class DefinitionsError extends ValidationError {
}
export function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
export function list(doc, key) {
    const v = doc[key];
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw new DefinitionsError(`'${key}' must be an array`);
    for (const item of v)
        if (!isObject(item))
            throw new DefinitionsError(`'${key}' must hold objects`);
    return v;
}
export function str(item, key, what, dflt) {
    const v = item[key] ?? dflt;
    if (typeof v !== 'string')
        throw new DefinitionsError(`${what}: '${key}' must be a string`);
    return v;
}
// ---- export ------------------------------------------------------------------------
export function userJson(u) {
    return {
        name: u.name,
        password_hash: u.passwordHash,
        hashing_algorithm: u.hashingAlgorithm,
        tags: [...u.tags],
        limits: { ...u.limits },
    };
}
export function vhostDefinition(v) {
    const metadata = { description: v.description, tags: [...v.tags] };
    if (v.defaultQueueType !== undefined)
        metadata.default_queue_type = v.defaultQueueType;
    return { name: v.name, limits: Object.entries(v.limits), metadata };
}
/** RabbitMQ keeps vhost limits as the runtime parameter vhost-limits/limits. */
export function limitParameters(vhosts) {
    const out = [];
    for (const v of vhosts) {
        if (Object.keys(v.limits).length === 0)
            continue;
        out.push({ value: { ...v.limits }, vhost: v.name, component: 'vhost-limits', name: 'limits' });
    }
    return out;
}
export function exportIdentity(broker) {
    const { users, permissions } = broker.identity;
    return {
        users: users.list().map(userJson),
        vhosts: [...broker.vhosts.values()].map(vhostDefinition),
        permissions: permissions.list().map((p) => ({ ...p })),
        topic_permissions: permissions.listTopic().map((p) => ({ ...p })),
    };
}
/** RabbitMQ's hashing_algorithm(User, Version): exports before 3.6 hashed with MD5. */
function defaultHashing(doc) {
    const version = String(doc.rabbitmq_version ?? doc.rabbit_version ?? '');
    return /^3\.[0-5]\./.test(version) ? 'rabbit_password_hashing_md5' : DEFAULT_HASHING;
}
function checked(what, fn) {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof IdentityError || err instanceof LimitError || err instanceof PermissionError) {
            throw new DefinitionsError(`${what}: ${err.message}`);
        }
        throw err;
    }
}
/**
 * Validates the identity sections (whole-broker form; the per-vhost form passes
 * `vhost` and only vhost limits apply). Returns the warnings for parameters of components
 * no one registered (federation).
 */
export function planIdentity(broker, doc, vhost, warnings) {
    const plan = { users: [], vhosts: [], limits: [], permissions: [], topicPermissions: [] };
    if (vhost === undefined) {
        const hashing = defaultHashing(doc);
        for (const u of list(doc, 'users')) {
            const name = str(u, 'name', 'user');
            plan.users.push(checked(`user '${name}'`, () => broker.identity.prepareUser(name, u, hashing).user));
        }
        for (const v of list(doc, 'vhosts')) {
            const name = str(v, 'name', 'vhost');
            const meta = isObject(v.metadata) ? v.metadata : {};
            const description = v.description ?? meta.description;
            const tags = v.tags ?? meta.tags;
            const qtype = v.default_queue_type ?? meta.default_queue_type;
            const parsedTags = tags === undefined ? undefined : parseTags(tags);
            if (description !== undefined && typeof description !== 'string') {
                throw new DefinitionsError(`vhost '${name}': 'description' must be a string`);
            }
            if (tags !== undefined && parsedTags === undefined) {
                throw new DefinitionsError(`vhost '${name}': 'tags' must be a list or a comma-separated string`);
            }
            if (qtype !== undefined && typeof qtype !== 'string') {
                throw new DefinitionsError(`vhost '${name}': 'default_queue_type' must be a string`);
            }
            plan.vhosts.push({ name, description, tags: parsedTags, defaultQueueType: qtype });
        }
    }
    const vhostKnown = (name) => broker.vhosts.has(name) || plan.vhosts.some((v) => v.name === name);
    const userKnown = (name) => broker.identity.users.has(name) || plan.users.some((u) => u.name === name);
    const grantee = (item, what) => {
        const user = str(item, 'user', what);
        const vh = str(item, 'vhost', what);
        if (!userKnown(user) || !vhostKnown(vh))
            throw new DefinitionsError(`${what}: vhost_or_user_not_found`);
        return { user, vhost: vh };
    };
    if (vhost === undefined) {
        for (const p of list(doc, 'permissions')) {
            const what = `permissions of user '${String(p.user)}' in vhost '${String(p.vhost)}'`;
            const spec = {
                configure: str(p, 'configure', what),
                write: str(p, 'write', what),
                read: str(p, 'read', what),
            };
            checked(what, () => Permissions.validate(spec));
            plan.permissions.push({ ...grantee(p, what), ...spec });
        }
        for (const p of list(doc, 'topic_permissions')) {
            const what = `topic permissions of user '${String(p.user)}' in vhost '${String(p.vhost)}'`;
            const spec = {
                exchange: str(p, 'exchange', what),
                write: str(p, 'write', what),
                read: str(p, 'read', what),
            };
            checked(what, () => Permissions.validate({ write: spec.write, read: spec.read }));
            plan.topicPermissions.push({ ...grantee(p, what), ...spec });
        }
    }
    for (const p of list(doc, 'parameters')) {
        const component = String(p.component);
        const vh = vhost ?? str(p, 'vhost', `parameter '${String(p.name)}'`);
        if (component !== 'vhost-limits') {
            // a registered component's parameters (shovels) are imported by definitions-io.ts
            if (!broker.parameters.has(component))
                warnings.push(`parameter '${String(p.name)}' of component '${component}' in vhost '${vh}' ignored`);
            continue;
        }
        if (!vhostKnown(vh))
            throw new DefinitionsError(`vhost '${vh}' does not exist`);
        const value = isObject(p.value)
            ? p.value
            : Array.isArray(p.value)
                ? Object.fromEntries(p.value)
                : p.value;
        plan.limits.push({
            vhost: vh,
            limits: checked(`vhost limits of '${vh}'`, () => parseVhostLimits(value)),
        });
    }
    return plan;
}
/** Applies a plan in RabbitMQ's order: users, vhosts, limits, permissions, topic permissions. */
export function applyIdentity(broker, plan, actor) {
    for (const u of plan.users) {
        const existed = broker.identity.users.has(u.name);
        broker.identity.storeUser(u);
        broker.audit({ event: existed ? 'user.updated' : 'user.created', actor, user: u.name, tags: u.tags });
    }
    for (const v of plan.vhosts)
        broker.putVhost(v.name, v, actor);
    for (const l of plan.limits)
        broker.setVhostLimits(broker.vhost(l.vhost), l.limits, actor);
    for (const p of plan.permissions)
        broker.identity.setPermissions(p.user, p.vhost, p, actor);
    for (const p of plan.topicPermissions)
        broker.identity.setTopicPermissions(p.user, p.vhost, p, actor);
}
//# sourceMappingURL=definitions-identity.js.map