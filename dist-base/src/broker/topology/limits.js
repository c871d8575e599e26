// Per-vhost limits (max-connections, max-queues: RabbitMQ's vhost-limits runtime
// parameter) and per-user limits (max-connections, max-channels), validated with
// RabbitMQ's texts. A negative value means "no limit", as in RabbitMQ; 0 allows nothing.
import { erlangTerm } from './policies.js';
import { ValidationError } from '../errors.js';
export const VHOST_LIMITS = ['max-connections', 'max-queues'];
export const USER_LIMITS = ['max-connections', 'max-channels'];
/** A limit definition RabbitMQ would refuse; the message is its text. */
export class LimitError extends ValidationError {
}
/** rabbit_parameter_validation:proplist with integer/2 for each known key. */
function problems(name, known, value) {
    const out = [];
    const unknown = Object.entries(value).filter(([k]) => !known.includes(k));
    if (unknown.length > 0) {
        out.push(`Unrecognised terms [${unknown.map(([k, v]) => `{${erlangTerm(k)},${erlangTerm(v)}}`).join(',')}] in ${name}`);
    }
    for (const k of known) {
        const v = value[k];
        if (v !== undefined && !Number.isInteger(v))
            out.push(`${k} should be a number, actually was ${erlangTerm(v)}`);
    }
    return out;
}
/** Validates a whole vhost-limits value (as rabbit_vhost_limit:set does): "Validation failed" texts. */
export function parseVhostLimits(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new LimitError(`Validation failed\n\nlimits not a list ${erlangTerm(value)}\n`);
    }
    const p = problems('vhost-limits', VHOST_LIMITS, value);
    if (p.length > 0)
        throw new LimitError(`Validation failed\n\n${p.join('\n')}\n`);
    return { ...value };
}
/** Validates user limits (rabbit_auth_backend_internal:set_user_limits): its bare texts. */
export function parseUserLimits(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new LimitError(`user-limits not a list ${erlangTerm(value)}`);
    }
    const p = problems('user-limits', USER_LIMITS, value);
    if (p.length > 0)
        throw new LimitError(p[0]);
    return { ...value };
}
/** The limit in effect: undefined when none applies (unset or negative). */
export function effectiveLimit(v) {
    return v === undefined || v < 0 ? undefined : v;
}
//# sourceMappingURL=limits.js.map