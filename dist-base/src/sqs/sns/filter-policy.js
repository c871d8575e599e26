// SNS subscription filter policies (https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html),
// matched against message attributes (FilterPolicyScope MessageAttributes, the default) or
// the JSON message body (MessageBody, nested keys). A policy is an object of keys; every key
// must match (AND); a key's array of conditions matches when any does (OR); `$or` takes a
// list of sub-policies, any of which may match. Conditions: exact strings and numbers,
// {prefix}, {suffix}, {anything-but: value | [values] | {prefix}}, {numeric: [op, n, ...]},
// {exists: bool}, {equals-ignore-case}. String-array attributes match when any element does.
export class FilterPolicyError extends Error {
}
/** Parses and checks a policy; throws FilterPolicyError with SNS's sense of the problem. */
export function parseFilterPolicy(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new FilterPolicyError('FilterPolicy: failed to parse JSON.');
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new FilterPolicyError('FilterPolicy: Filter policy must be a JSON object');
    }
    check(v);
    return v;
}
function check(policy) {
    for (const [k, v] of Object.entries(policy)) {
        if (k === '$or') {
            if (!Array.isArray(v))
                throw new FilterPolicyError('FilterPolicy: $or must be an array');
            for (const p of v)
                check(p);
            continue;
        }
        if (Array.isArray(v)) {
            for (const c of v)
                checkCondition(k, c);
        }
        else if (v !== null && typeof v === 'object') {
            check(v); // nested body keys
        }
        else {
            throw new FilterPolicyError(`FilterPolicy: "${k}" must be an object or an array`);
        }
    }
}
function checkCondition(key, c) {
    if (c === null || typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean')
        return;
    if (typeof c !== 'object' || Array.isArray(c))
        throw new FilterPolicyError(`FilterPolicy: bad condition for "${key}"`);
    const [op] = Object.keys(c);
    if (!['prefix', 'suffix', 'anything-but', 'numeric', 'exists', 'equals-ignore-case'].includes(op)) {
        throw new FilterPolicyError(`FilterPolicy: Unrecognized match type ${op}`);
    }
}
/** Message attributes as the policy sees them: String values, Number values, String.Array lists. */
export function attributeValues(attrs) {
    const out = new Map();
    for (const [name, a] of Object.entries(attrs)) {
        if (a.DataType.startsWith('Binary'))
            continue;
        const s = a.StringValue ?? '';
        if (a.DataType === 'String.Array') {
            try {
                const list = JSON.parse(s);
                out.set(name, Array.isArray(list) ? list : [s]);
            }
            catch {
                out.set(name, [s]);
            }
        }
        else if (a.DataType.startsWith('Number'))
            out.set(name, [Number(s)]);
        else
            out.set(name, [s]);
    }
    return out;
}
/** Does `policy` match? `values` gives each key's values (attributes), or `body` a parsed JSON body. */
export function matches(policy, scope, values, body) {
    return matchObject(policy, scope === 'attributes' ? (k) => values.get(k) : bodyLookup(body));
}
function bodyLookup(body) {
    return (key) => {
        const o = body;
        if (o === null || typeof o !== 'object' || !(key in o))
            return undefined;
        const v = o[key];
        return Array.isArray(v) ? v : [v];
    };
}
function matchObject(policy, lookup) {
    for (const [k, v] of Object.entries(policy)) {
        if (k === '$or') {
            if (!v.some((p) => matchObject(p, lookup)))
                return false;
            continue;
        }
        if (!Array.isArray(v)) {
            // a nested key of the body
            const inner = lookup(k);
            const obj = inner?.[0];
            if (obj === null ||
                typeof obj !== 'object' ||
                !matchObject(v, bodyLookup(obj)))
                return false;
            continue;
        }
        const present = lookup(k);
        if (!v.some((c) => matchCondition(c, present)))
            return false;
    }
    return true;
}
function matchCondition(c, present) {
    if (c !== null && typeof c === 'object') {
        const [[op, arg]] = Object.entries(c);
        if (op === 'exists')
            return (arg === true) === (present !== undefined);
        if (present === undefined)
            return false;
        return present.some((v) => matchOp(op, arg, v));
    }
    if (present === undefined)
        return false;
    return present.some((v) => equal(c, v));
}
function equal(c, v) {
    if (typeof c === 'number')
        return typeof v === 'number' ? v === c : Number(v) === c && v !== '';
    return c === v;
}
function matchOp(op, arg, v) {
    switch (op) {
        case 'prefix':
            return typeof v === 'string' && v.startsWith(String(arg));
        case 'suffix':
            return typeof v === 'string' && v.endsWith(String(arg));
        case 'equals-ignore-case':
            return typeof v === 'string' && v.toLowerCase() === String(arg).toLowerCase();
        case 'anything-but': {
            if (Array.isArray(arg))
                return !arg.some((a) => equal(a, v));
            if (arg !== null && typeof arg === 'object') {
                const p = arg.prefix;
                return typeof v === 'string' && p !== undefined && !v.startsWith(String(p));
            }
            return !equal(arg, v);
        }
        case 'numeric': {
            const n = typeof v === 'number' ? v : Number(v);
            if (!Number.isFinite(n) || !Array.isArray(arg))
                return false;
            for (let i = 0; i + 1 < arg.length; i += 2) {
                const x = Number(arg[i + 1]);
                const ok = arg[i] === '='
                    ? n === x
                    : arg[i] === '<'
                        ? n < x
                        : arg[i] === '<='
                            ? n <= x
                            : arg[i] === '>'
                                ? n > x
                                : arg[i] === '>='
                                    ? n >= x
                                    : false;
                if (!ok)
                    return false;
            }
            return true;
        }
        default:
            return false;
    }
}
//# sourceMappingURL=filter-policy.js.map