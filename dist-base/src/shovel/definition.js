// A dynamic shovel's definition (the value of a "shovel" runtime parameter), validated
// as RabbitMQ's rabbit_shovel_parameters and rabbit_amqp091_shovel validate it, with
// their texts and their order (structural checks first, then the per-key checks in
// reverse, as rabbit_parameter_validation:proplist accumulates them), and parsed with
// their defaults: ack-mode on-confirm, prefetch-count 1000, reconnect-delay 5 s (0: never
// restart), src-delete-after never. Only the amqp091 protocol is supported on either side.
// One Wharf extension: x-max-messages-per-second (a rate limit; RabbitMQ would refuse it).
import { erlangTerm } from '../broker/topology/policies.js';
import { parseUri, UriError } from './uri.js';
const number = (k, v) => typeof v === 'number' ? undefined : `${k} should be a number, actually was ${erlangTerm(v)}`;
const binary = (k, v) => typeof v === 'string' ? undefined : `${k} should be binary, actually was ${erlangTerm(v)}`;
const boolean = (k, v) => typeof v === 'boolean' ? undefined : `${k} should be boolean, actually was ${erlangTerm(v)}`;
const enumOf = (options) => (k, v) => {
    if (typeof v !== 'string')
        return `${k} should be binary, actually was ${erlangTerm(v)}`;
    return options.includes(v)
        ? undefined
        : `${k} should be one of ${erlangTerm(options)}, actually was ${erlangTerm(v)}`;
};
const queueName = (k, v) => {
    if (typeof v !== 'string')
        return `${k} should be binary, actually was ${erlangTerm(v)}`;
    const size = Buffer.byteLength(v);
    return size <= 255 ? undefined : `${k} should be less than 255 bytes, actually was ${size}`;
};
const deleteAfter = (k, v) => v === 'never' || v === 'queue-length' || (Number.isInteger(v) && v >= 0)
    ? undefined
    : `${k} should be a number greater than or equal to 0, "never" or "queue-length", actually was ${erlangTerm(v)}`;
const table = (k, v) => (isObject(v) ? undefined : `${k} not a list ${erlangTerm(v)}`);
const positive = (k, v) => typeof v === 'number' && v > 0
    ? undefined
    : `${k} should be a number greater than 0, actually was ${erlangTerm(v)}`;
const PROPERTY_CHECKS = [
    ['content_type', binary],
    ['content_encoding', binary],
    ['delivery_mode', number],
    ['priority', number],
    ['correlation_id', binary],
    ['reply_to', binary],
    ['expiration', binary],
    ['message_id', binary],
    ['timestamp', number],
    ['type', binary],
    ['user_id', binary],
    ['app_id', binary],
    ['cluster_id', binary],
];
const properties = (k, v) => {
    if (!isObject(v))
        return `${k} not a list ${erlangTerm(v)}`;
    const problems = proplist(k, PROPERTY_CHECKS.map(([key, check]) => [key, check, false]), v);
    return problems.length > 0 ? problems : undefined;
};
export function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * rabbit_parameter_validation:proplist: each constraint in order (a missing mandatory
 * key is an error), the results accumulated in reverse, unrecognised keys first.
 */
function proplist(name, constraints, value) {
    const results = [];
    const rest = new Set(Object.keys(value));
    for (const [key, check, mandatory] of constraints) {
        if (!(key in value)) {
            if (mandatory)
                results.unshift(`Key "${key}" not found in ${name}`);
            continue;
        }
        rest.delete(key);
        const problem = check(key, value[key]);
        // a nested table's problems keep their own order (flatten_errors)
        if (problem !== undefined)
            results.unshift(...(Array.isArray(problem) ? problem : [problem]));
    }
    if (rest.size > 0) {
        const terms = [...rest].sort().map((k) => `{${erlangTerm(k)},${erlangTerm(value[k])}}`);
        results.unshift(`Unrecognised terms [${terms.join(',')}] in ${name}`);
    }
    return results;
}
function uriCheck(user, canUse) {
    const one = (k, uri) => {
        if (typeof uri !== 'string')
            return `${k} should be binary, actually was ${erlangTerm(uri)}`;
        let parsed;
        try {
            parsed = parseUri(uri);
        }
        catch (err) {
            if (err instanceof UriError)
                return `"${uri}" not a valid URI: ${err.term}`;
            throw err;
        }
        // RabbitMQ's validate_params_user: a local URI's vhost must be one the acting user may use
        if (parsed.local && user !== undefined && !canUse(user, parsed.vhost))
            return `user "${user}" may not connect to vhost "${parsed.vhost}"`;
        return undefined;
    };
    return (k, v) => {
        if (typeof v === 'string')
            return one(k, v);
        if (!Array.isArray(v))
            return `${k} should be list, actually was ${erlangTerm(v)}`;
        for (const uri of v) {
            const problem = one(k, uri);
            if (problem !== undefined)
                return problem;
        }
        return undefined;
    };
}
const present = (v) => v !== undefined;
/**
 * The problems RabbitMQ would report for this definition (empty when valid). `user`:
 * the acting user, undefined when a definitions file sets it at start.
 */
export function validateShovel(name, value, user, canUse) {
    if (!isObject(value))
        return [`${name} not a list ${erlangTerm(value)}`];
    const d = value;
    const problems = [];
    const src = [present(d['src-exchange']), present(d['src-queue'])].filter(Boolean).length;
    if (src === 0)
        problems.push("Must specify 'src-exchange' or 'src-queue'");
    if (src === 2)
        problems.push("Cannot specify 'src-exchange' and 'src-queue'");
    const after = d['src-delete-after'] ?? d['delete-after'];
    if (Number.isInteger(after) && d['ack-mode'] === 'no-ack')
        problems.push("Cannot specify 'no-ack' and numerical 'delete-after'");
    if (present(d['dest-exchange']) && present(d['dest-queue']))
        problems.push("Cannot specify 'dest-exchange' and 'dest-queue'");
    const uri = uriCheck(user, canUse);
    const constraints = [
        ['reconnect-delay', number, false],
        ['ack-mode', enumOf(['no-ack', 'on-publish', 'on-confirm']), false],
        ['src-protocol', enumOf(['amqp091']), false],
        ['dest-protocol', enumOf(['amqp091']), false],
        ['src-uri', uri, true],
        ['src-exchange', binary, false],
        ['src-exchange-key', binary, false],
        ['src-queue', binary, false],
        ['src-queue-args', table, false],
        ['src-consumer-args', table, false],
        ['prefetch-count', number, false],
        ['src-prefetch-count', number, false],
        ['delete-after', deleteAfter, false],
        ['src-delete-after', deleteAfter, false],
        ['src-predeclared', boolean, false],
        ['dest-uri', uri, true],
        ['dest-exchange', binary, false],
        ['dest-exchange-key', binary, false],
        ['dest-queue', queueName, false],
        ['dest-queue-args', table, false],
        ['add-forward-headers', boolean, false],
        ['add-timestamp-header', boolean, false],
        ['dest-add-forward-headers', boolean, false],
        ['dest-add-timestamp-header', boolean, false],
        ['publish-properties', properties, false],
        ['dest-publish-properties', properties, false],
        ['dest-predeclared', boolean, false],
        ['x-max-messages-per-second', positive, false],
    ];
    return [...problems, ...proplist(name, constraints, d)];
}
const uris = (v) => (Array.isArray(v) ? v : [v]);
const str = (v) => (typeof v === 'string' ? v : undefined);
const obj = (v) => (isObject(v) ? v : {});
/** A validated definition with RabbitMQ's defaults filled in (rabbit_amqp091_shovel:parse_*). */
export function parseShovel(value) {
    const d = value;
    const pick = (key, legacy) => d[key] ?? d[legacy];
    return {
        srcUris: uris(d['src-uri']),
        srcQueue: str(d['src-queue']),
        srcExchange: str(d['src-exchange']),
        srcExchangeKey: str(d['src-exchange-key']) ?? '',
        srcQueueArgs: obj(d['src-queue-args']),
        srcConsumerArgs: obj(d['src-consumer-args']),
        srcPredeclared: d['src-predeclared'] === true,
        prefetch: Math.max(0, Math.floor(Number(pick('src-prefetch-count', 'prefetch-count') ?? 1000))),
        deleteAfter: pick('src-delete-after', 'delete-after') ?? 'never',
        destUris: uris(d['dest-uri']),
        destQueue: str(d['dest-queue']),
        destExchange: str(d['dest-exchange']),
        destExchangeKey: str(d['dest-exchange-key']),
        destQueueArgs: obj(d['dest-queue-args']),
        destPredeclared: d['dest-predeclared'] === true,
        addForwardHeaders: pick('dest-add-forward-headers', 'add-forward-headers') === true,
        addTimestampHeader: pick('dest-add-timestamp-header', 'add-timestamp-header') === true,
        publishProperties: obj(pick('dest-publish-properties', 'publish-properties')),
        ackMode: str(d['ack-mode']) ?? 'on-confirm',
        reconnectDelay: typeof d['reconnect-delay'] === 'number' ? d['reconnect-delay'] : 5,
        maxPerSecond: typeof d['x-max-messages-per-second'] === 'number' ? d['x-max-messages-per-second'] : undefined,
    };
}
//# sourceMappingURL=definition.js.map