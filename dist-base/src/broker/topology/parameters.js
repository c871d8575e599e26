import { ValidationError } from '../errors.js';
/** A set or clear RabbitMQ would refuse; the message is its error text ("Validation failed..."). */
export class ParameterError extends ValidationError {
}
/** RabbitMQ's format_error: the header line, a blank line, then one line per problem. */
export function validationFailed(problems) {
    return new ParameterError(`Validation failed\n\n${problems.map((p) => `${p}\n`).join('')}`);
}
const key = (vhost, component, name) => `${vhost}\u0000${component}\u0000${name}`;
export class Parameters {
    ctx;
    components = new Map();
    values = new Map();
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Makes `component` known (RabbitMQ's rabbit_registry:register(runtime_parameter, ...)). */
    register(component, handler) {
        this.components.set(component, handler);
    }
    has(component) {
        return this.components.has(component);
    }
    get(vhost, component, name) {
        return this.values.get(key(vhost, component, name));
    }
    /** Every parameter, optionally of one component and one vhost, by vhost then name. */
    list(component, vhost) {
        const out = [];
        for (const p of this.values.values()) {
            if ((component === undefined || p.component === component) &&
                (vhost === undefined || p.vhost === vhost))
                out.push(p);
        }
        return out.sort((a, b) => a.vhost === b.vhost ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.vhost < b.vhost ? -1 : 1);
    }
    /** The problems RabbitMQ would report for this set, without changing anything. */
    check(vhost, component, name, value, user) {
        const handler = this.components.get(component);
        if (!handler)
            return [`component ${component} not found`];
        return handler.validate(vhost, name, value, user);
    }
    /**
     * RabbitMQ's rabbit_runtime_parameters:set: validates (ParameterError with RabbitMQ's
     * text), records, applies and notifies the component. 'unchanged' when the value is the
     * one already set (nothing recorded or notified, as RabbitMQ's {old, Term}).
     */
    set(vhost, component, name, value, actor, user) {
        if (!this.ctx.vhostExists(vhost))
            throw new ParameterError(`vhost '${vhost}' does not exist`);
        const problems = this.check(vhost, component, name, value, user);
        if (problems.length > 0)
            throw validationFailed(problems);
        const old = this.values.get(key(vhost, component, name));
        const v = value;
        if (old && sameJson(old.value, v) && old.user === user)
            return 'unchanged';
        const p = { vhost, component, name, value: structuredClone(v), user };
        this.ctx.record(toRecord(p));
        this.values.set(key(vhost, component, name), p);
        // not the value: a shovel's URIs may hold passwords, which audit events never show
        this.ctx.audit({ event: 'parameter.set', actor, vhost, component, name });
        this.components.get(component)?.onSet?.(p);
        return old ? 'updated' : 'created';
    }
    /** RabbitMQ's clear: false when there was no such parameter ("Parameter does not exist"). */
    clear(vhost, component, name, actor) {
        const k = key(vhost, component, name);
        if (!this.values.has(k))
            return false;
        this.ctx.record({ op: 'parameter.delete', vhost, component, name });
        this.values.delete(k);
        this.ctx.audit({ event: 'parameter.cleared', actor, vhost, component, name });
        this.components.get(component)?.onClear?.(vhost, name);
        return true;
    }
    /** The vhost is gone: its parameters go with it (RabbitMQ deletes them with the vhost). */
    dropVhost(vhost) {
        for (const p of this.list(undefined, vhost)) {
            this.values.delete(key(p.vhost, p.component, p.name));
            this.components.get(p.component)?.onClear?.(p.vhost, p.name);
        }
    }
    /** Boot: restores a recorded set or clear without validating or notifying. */
    replay(r) {
        const k = key(r.vhost, r.component, r.name);
        if (r.op === 'parameter.delete')
            this.values.delete(k);
        else
            this.values.set(k, {
                vhost: r.vhost,
                component: r.component,
                name: r.name,
                value: r.value,
                user: r.user,
            });
    }
    /** The live set, for compaction of the definitions log. */
    records() {
        return this.list().map(toRecord);
    }
}
function toRecord(p) {
    const { vhost, component, name, value, user } = p;
    return user === undefined
        ? { op: 'parameter', vhost, component, name, value }
        : { op: 'parameter', vhost, component, name, value, user };
}
/** JSON values equal whatever their keys' order (RabbitMQ compares decoded terms). */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v !== null && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v);
}
//# sourceMappingURL=parameters.js.map