// Policies, as RabbitMQ 3.10 has them: per vhost, a named {pattern, apply-to, priority,
// definition} that sets optional arguments on every queue or exchange whose name the
// pattern (a regular expression, unanchored) matches. One policy applies to an object at
// a time: the matching one with the highest priority. This file validates policies with
// RabbitMQ's rules and error texts, picks the policy of an object, and combines a
// queue's arguments with its policy into the settings the queue runs with.
//
// Ties: RabbitMQ takes whichever equal-priority policy its parameter table lists first,
// an order it does not define; Wharf takes the one whose name sorts first (code units),
// so the choice is stable across restarts.
import { parseInterval } from './intervals.js';
import { ValidationError } from '../errors.js';
/** A policy RabbitMQ would refuse; the message is RabbitMQ's "Validation failed" text. */
export class PolicyError extends ValidationError {
}
// ---- validation --------------------------------------------------------------
/** A value as Erlang's ~p prints the JSON term RabbitMQ decoded (its error texts show these). */
export function erlangTerm(v) {
    if (typeof v === 'string')
        return `<<${JSON.stringify(v)}>>`;
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return `[${v.map(erlangTerm).join(',')}]`;
    if (typeof v === 'object') {
        const entries = Object.entries(v).map(([k, x]) => `${erlangTerm(k)} => ${erlangTerm(x)}`);
        return `#{${entries.join(',')}}`;
    }
    return String(v);
}
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
const str = (v) => typeof v === 'string';
const intAtLeast = (min) => (v) => isInt(v) && v >= min;
const oneOf = (...allowed) => (v) => allowed.includes(v);
const maxAge = (v) => {
    if (typeof v !== 'string')
        return false;
    const ms = parseInterval(v);
    return ms !== undefined && ms > 0;
};
// rabbit_policies: the core keys, each with RabbitMQ's check and error text
const CORE = {
    'alternate-exchange': [str, 'is not a valid alternate exchange name'],
    'dead-letter-exchange': [str, 'is not a valid dead letter exchange name'],
    'dead-letter-routing-key': [str, 'is not a valid dead letter routing key'],
    'dead-letter-strategy': [oneOf('at-most-once', 'at-least-once'), 'is not a valid dead letter strategy'],
    'message-ttl': [intAtLeast(0), 'is not a valid message TTL'],
    expires: [intAtLeast(1), 'is not a valid queue expiry'],
    'max-length': [intAtLeast(0), 'is not a valid maximum length'],
    'max-length-bytes': [intAtLeast(0), 'is not a valid maximum length in bytes'],
    'max-in-memory-length': [intAtLeast(0), 'is not a valid maximum memory in bytes'],
    'max-in-memory-bytes': [intAtLeast(0), 'is not a valid maximum memory in bytes'],
    'queue-mode': [oneOf('default', 'lazy'), 'is not a valid queue-mode value'],
    'queue-version': [oneOf(1, 2), 'is not a valid queue-version value'],
    overflow: [oneOf('drop-head', 'reject-publish', 'reject-publish-dlx'), 'is not a valid overflow value'],
    'delivery-limit': [intAtLeast(0), 'is not a valid delivery limit'],
    'max-age': [maxAge, 'is not a valid max age'],
    'queue-leader-locator': [
        oneOf('client-local', 'balanced', 'random', 'least-leaders'),
        'is not a valid queue leader locator value',
    ],
    'initial-cluster-size': [intAtLeast(0), 'is not a valid cluster size'],
    'stream-max-segment-size-bytes': [
        (v) => isInt(v) && v >= 0 && v <= 3_000_000_000,
        'is not a valid segment size',
    ],
};
const HA_KEYS = [
    'ha-mode',
    'ha-params',
    'ha-sync-mode',
    'ha-sync-batch-size',
    'ha-promote-on-shutdown',
    'ha-promote-on-failure',
];
/**
 * rabbit_mirror_queue_misc's checks of the classic mirroring keys. Wharf is one node, so
 * they have no effect; they are accepted so definitions exported from a RabbitMQ
 * cluster import as they are.
 */
function haProblem(def) {
    if (!HA_KEYS.some((k) => k in def))
        return undefined;
    const mode = def['ha-mode'];
    if (mode === undefined) {
        return 'ha-mode must be specified to specify ha-params, ha-sync-mode or ha-promote-on-shutdown';
    }
    if (mode !== 'all' && mode !== 'exactly' && mode !== 'nodes')
        return `${erlangTerm(mode)} is not a valid ha-mode value`;
    const params = def['ha-params'];
    if (mode === 'all' && params !== undefined)
        return 'ha-mode="all" does not take parameters';
    if (mode === 'exactly' && !(isInt(params) && params > 0)) {
        return `ha-mode="exactly" takes an integer, ${params === undefined ? 'none' : erlangTerm(params)} given`;
    }
    if (mode === 'nodes') {
        if (!Array.isArray(params)) {
            return `ha-mode="nodes" takes a list, ${params === undefined ? 'none' : erlangTerm(params)} given`;
        }
        if (params.length === 0)
            return 'ha-mode="nodes" list must be non-empty';
        const bad = params.filter((n) => typeof n !== 'string');
        if (bad.length > 0)
            return `ha-mode="nodes" takes a list of strings, ${erlangTerm(bad)} was not a string`;
    }
    const sync = def['ha-sync-mode'];
    if (sync !== undefined && sync !== 'automatic' && sync !== 'manual') {
        return `ha-sync-mode must be "manual" or "automatic", got ${erlangTerm(sync)}`;
    }
    const batch = def['ha-sync-batch-size'];
    if (batch !== undefined && !(isInt(batch) && batch > 0)) {
        return `ha-sync-batch-size takes an integer greater than 0, ${erlangTerm(batch)} given`;
    }
    for (const k of ['ha-promote-on-shutdown', 'ha-promote-on-failure']) {
        const v = def[k];
        if (v !== undefined && v !== 'always' && v !== 'when-synced') {
            return `${k} must be "always" or "when-synced", got ${erlangTerm(v)}`;
        }
    }
    return undefined;
}
function definitionProblem(def) {
    if (def === null || typeof def !== 'object' || Array.isArray(def)) {
        return `definition must be a dictionary: ${erlangTerm(def)}`;
    }
    const d = def;
    const keys = Object.keys(d).sort();
    if (keys.length === 0)
        return 'no policy provided';
    for (const k of keys) {
        const rule = CORE[k];
        if (rule && !rule[0](d[k]))
            return `${erlangTerm(d[k])} ${rule[1]}`;
    }
    const ha = haProblem(d);
    if (ha)
        return ha;
    const locator = d['queue-master-locator'];
    if (locator !== undefined && !['min-masters', 'client-local', 'random'].includes(locator)) {
        return `${erlangTerm(locator)} invalid queue-master-locator value`;
    }
    const unknown = keys.filter((k) => !(k in CORE) && !HA_KEYS.includes(k) && k !== 'queue-master-locator');
    if (unknown.length > 0) {
        return `[${unknown.map((k) => `{${erlangTerm(k)},${erlangTerm(d[k])}}`).join(',')}] are not recognised policy settings`;
    }
    return undefined;
}
const APPLY_TO = [
    'all',
    'queues',
    'exchanges',
    'classic_queues',
    'quorum_queues',
    'streams',
];
/**
 * A validated policy, or a PolicyError listing every problem as RabbitMQ does (definition,
 * apply-to, pattern, priority, in its order). Priority defaults to 0, apply-to to "all".
 */
export function parsePolicy(vhost, name, input) {
    const problems = [];
    const definitionWhy = definitionProblem(input.definition);
    if (definitionWhy)
        problems.push(definitionWhy);
    const applyTo = input.applyTo ?? 'all';
    if (typeof applyTo !== 'string' || !APPLY_TO.includes(applyTo)) {
        problems.push(`apply-to '${typeof applyTo === 'string' ? applyTo : erlangTerm(applyTo)}' unrecognised; should be one of: ` +
            "'queues', 'classic_queues',  'quorum_queues', 'streams', 'exchanges', or 'all'");
    }
    const pattern = input.pattern;
    let regex;
    if (typeof pattern !== 'string')
        problems.push(`pattern should be a binary but was ${erlangTerm(pattern)}`);
    else {
        try {
            regex = new RegExp(pattern);
        }
        catch (err) {
            problems.push(`pattern should be regular expression but is invalid: ${err.message}`);
        }
    }
    const priority = input.priority ?? 0;
    if (typeof priority !== 'number' || !Number.isFinite(priority)) {
        problems.push(`priority should be a number, actually was ${erlangTerm(priority)}`);
    }
    if (problems.length > 0)
        throw new PolicyError(`Validation failed\n\n${problems.join('\n')}\n`);
    return {
        vhost,
        name,
        pattern: pattern,
        applyTo: applyTo,
        priority: priority,
        // keys in order, as RabbitMQ keeps a definition (a map): listings and comparisons agree
        definition: Object.fromEntries(Object.entries(input.definition).sort(([a], [b]) => (a < b ? -1 : 1))),
        regex: regex,
    };
}
/** True when two policies say the same thing (setting an identical one changes nothing). */
export function samePolicy(a, b) {
    return (a.pattern === b.pattern &&
        a.applyTo === b.applyTo &&
        a.priority === b.priority &&
        JSON.stringify(a.definition) === JSON.stringify(b.definition));
}
// ---- matching ----------------------------------------------------------------
// Keys a queue type does not support: a policy holding any of them does not apply to
// such a queue at all (RabbitMQ 3.10's unsupported_policies per queue type).
const HA_AND_LOCATOR = [...HA_KEYS.filter((k) => k !== 'ha-sync-batch-size'), 'queue-master-locator'];
const UNSUPPORTED = {
    classic: new Set([
        'max-age',
        'stream-max-segment-size-bytes',
        'queue-leader-locator',
        'initial-cluster-size',
        'delivery-limit',
        'dead-letter-strategy',
    ]),
    quorum: new Set([
        'queue-mode',
        ...HA_AND_LOCATOR,
        'max-age',
        'stream-max-segment-size-bytes',
        'initial-cluster-size',
    ]),
    stream: new Set([
        'expires',
        'message-ttl',
        'dead-letter-exchange',
        'dead-letter-routing-key',
        'max-length',
        'max-in-memory-length',
        'max-in-memory-bytes',
        'overflow',
        'queue-mode',
        'delivery-limit',
        ...HA_AND_LOCATOR,
        'dead-letter-strategy',
    ]),
};
const APPLY_TO_TYPE = {
    classic: 'classic_queues',
    quorum: 'quorum_queues',
    stream: 'streams',
};
function applies(p, name, target) {
    if (target.kind === 'exchange') {
        if (p.applyTo !== 'all' && p.applyTo !== 'exchanges')
            return false;
    }
    else {
        if (p.applyTo !== 'all' && p.applyTo !== 'queues' && p.applyTo !== APPLY_TO_TYPE[target.type])
            return false;
        const unsupported = UNSUPPORTED[target.type];
        for (const k in p.definition)
            if (unsupported.has(k))
                return false;
    }
    return p.regex.test(name);
}
/** The policy that applies to the named object: highest priority, then name order. */
export function matchPolicy(policies, name, target) {
    let best;
    for (const p of policies) {
        if (!applies(p, name, target))
            continue;
        if (!best || p.priority > best.priority || (p.priority === best.priority && p.name < best.name))
            best = p;
    }
    return best;
}
/** Policies in the order RabbitMQ's GET /api/policies lists them: priority, then vhost and name. */
export function sortedPolicies(policies) {
    return [...policies].sort((a, b) => a.priority - b.priority ||
        (a.vhost < b.vhost ? -1 : a.vhost > b.vhost ? 1 : 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
// ---- effective settings ------------------------------------------------------
export function queueKind(args) {
    const t = args['x-queue-type'];
    return t === 'quorum' || t === 'stream' ? t : 'classic';
}
// rabbit_amqqueue_process (classic) and rabbit_quorum_queue, RabbitMQ 3.10: the smaller
// of two limits wins; for the dead-letter target the queue's own argument wins; quorum
// queues let the policy win for overflow and expires.
const RESOLVE = {
    classic: {
        expires: 'min',
        'dead-letter-exchange': 'argument',
        'dead-letter-routing-key': 'argument',
        'message-ttl': 'min',
        'max-length': 'min',
        'max-length-bytes': 'min',
        overflow: 'argument',
    },
    quorum: {
        expires: 'policy',
        'dead-letter-exchange': 'argument',
        'dead-letter-routing-key': 'argument',
        'message-ttl': 'min',
        'max-length': 'min',
        'max-length-bytes': 'min',
        overflow: 'policy',
        'delivery-limit': 'min',
    },
};
function toNumber(v) {
    return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined;
}
function lookup(table, key, args, def) {
    const how = table[key];
    if (how === undefined)
        return undefined;
    const arg = args[`x-${key}`];
    const pol = def?.[key];
    if (pol === undefined)
        return arg;
    if (arg === undefined)
        return pol;
    if (how === 'argument')
        return arg;
    if (how === 'policy')
        return pol;
    const a = toNumber(arg);
    const p = toNumber(pol);
    return a === undefined ? p : p === undefined ? a : Math.min(a, p);
}
/** Settings of a classic or quorum queue (a stream has none of these: see streamRetention). */
export function queueSettings(args, def) {
    const kind = queueKind(args);
    const table = kind === 'stream' ? {} : RESOLVE[kind];
    const get = (key) => lookup(table, key, args, def);
    const text = (v) => (typeof v === 'string' ? v : undefined);
    const ov = get('overflow');
    return {
        deadLetterExchange: text(get('dead-letter-exchange')),
        deadLetterRoutingKey: text(get('dead-letter-routing-key')),
        messageTtl: toNumber(get('message-ttl')),
        expiresMs: toNumber(get('expires')),
        maxLength: toNumber(get('max-length')),
        maxLengthBytes: toNumber(get('max-length-bytes')),
        overflow: ov === 'reject-publish' || ov === 'reject-publish-dlx' ? ov : 'drop-head',
        deliveryLimit: toNumber(get('delivery-limit')),
    };
}
/** A stream's retention: the policy wins over the argument (rabbit_stream_queue). */
export function streamRetention(args, def) {
    const age = def?.['max-age'] ?? args['x-max-age'];
    return {
        maxAgeMs: typeof age === 'string' ? parseInterval(age) : undefined,
        maxBytes: toNumber(def?.['max-length-bytes'] ?? args['x-max-length-bytes']),
    };
}
/** An exchange's alternate exchange: its own argument wins over the policy (rabbit_policy:get_arg). */
export function alternateExchange(args, def) {
    const v = args['alternate-exchange'] ?? def?.['alternate-exchange'];
    return typeof v === 'string' ? v : undefined;
}
//# sourceMappingURL=policies.js.map