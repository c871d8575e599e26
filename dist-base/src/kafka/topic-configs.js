import { parseInterval } from '../broker/topology/intervals.js';
/** DescribeConfigs' ConfigSource values (DescribeConfigsResponse.json). */
export const ConfigSource = {
    /** set on the topic (CreateTopics or AlterConfigs) */
    TOPIC: 1,
    /** a Wharf policy's max-age / max-length-bytes applies: it wins over the topic's, as for any stream */
    DYNAMIC_DEFAULT_BROKER: 3,
    /** Wharf's setting (the listener's options) */
    STATIC_BROKER: 4,
    DEFAULT: 5,
};
/** A config Wharf cannot take: the text of Kafka's INVALID_CONFIG. */
export class ConfigError extends Error {
}
/**
 * What a topic without the setting gets on Wharf (what DescribeConfigs reports as the default). These are
 * Wharf's, not Kafka's: a stream keeps everything unless retention is set (Kafka: 7 days), and the store's
 * segments are 32 MiB (Kafka: 1 GiB).
 */
export const TOPIC_DEFAULTS = Object.freeze({
    'retention.ms': '-1',
    'retention.bytes': '-1',
    'segment.bytes': String(32 * 1024 * 1024),
    'max.message.bytes': '1048588',
    'cleanup.policy': 'delete',
    'message.timestamp.type': 'CreateTime',
    'delete.retention.ms': '86400000',
});
/** The x-kafka-* arguments of settings that have no stream equivalent. */
const ARG = {
    maxMessageBytes: 'x-kafka-max-message-bytes',
    cleanupPolicy: 'x-kafka-cleanup-policy',
    timestampType: 'x-kafka-message-timestamp-type',
    deleteRetentionMs: 'x-kafka-delete-retention-ms',
};
/** The topic's cleanup.policy values, from its partitions' arguments (['delete'] when unset). */
export function cleanupPolicies(args) {
    const v = args[ARG.cleanupPolicy];
    return typeof v === 'string' ? v.split(',') : ['delete'];
}
/** delete.retention.ms of a topic: how long a tombstone outlives compaction (Kafka's default: 1 day). */
export function deleteRetentionMs(args) {
    const v = args[ARG.deleteRetentionMs];
    return typeof v === 'number' ? v : Number(TOPIC_DEFAULTS['delete.retention.ms']);
}
const POLICIES = new Set(['delete', 'compact']);
/** cleanup.policy as Kafka takes it: a non-empty list of delete and compact, kept in a canonical order. */
function policyList(values) {
    const set = new Set();
    for (const v of values) {
        const t = v.trim();
        if (!POLICIES.has(t))
            throw new Error(`'${t}' is not one of delete, compact`);
        set.add(t);
    }
    if (set.size === 0)
        throw new Error('it cannot be empty');
    return ['compact', 'delete'].filter((p) => set.has(p)).join(',');
}
/** segment.bytes bounds: Kafka's are 14 and int32; the store needs room for a record and offsets in u32. */
const MIN_SEGMENT = 1024;
const MAX_SEGMENT = 2 ** 31 - 1;
function long(value, min, max = Number.MAX_SAFE_INTEGER) {
    if (!/^-?\d+$/.test(value))
        throw new Error(`'${value}' is not a number`);
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min)
        throw new Error(`${value} is below the minimum ${min}`);
    if (n > max)
        throw new Error(`${value} is above the maximum ${max}`);
    return n;
}
/**
 * The change one config makes (value null: back to the default). Throws ConfigError with Kafka's text for an
 * unknown name or a value Wharf cannot honour.
 */
function changeFor(name, value) {
    if (!(name in TOPIC_DEFAULTS))
        throw new ConfigError(`Unknown topic config name: ${name}`);
    try {
        return value === null ? reset(name) : parse(name, value);
    }
    catch (err) {
        if (err instanceof ConfigError)
            throw err;
        throw new ConfigError(`Invalid value ${value} for configuration ${name}: ${err.message}`);
    }
}
function reset(name) {
    switch (name) {
        case 'retention.ms':
            return { maxAgeMs: null };
        case 'retention.bytes':
            return { maxBytes: null };
        case 'segment.bytes':
            return { segmentSize: null };
        case 'max.message.bytes':
            return { arguments: { [ARG.maxMessageBytes]: null } };
        case 'cleanup.policy':
            return { arguments: { [ARG.cleanupPolicy]: null } };
        case 'delete.retention.ms':
            return { arguments: { [ARG.deleteRetentionMs]: null } };
        default:
            return { arguments: { [ARG.timestampType]: null } };
    }
}
function parse(name, value) {
    switch (name) {
        case 'retention.ms': {
            const ms = long(value, -1);
            if (ms === 0)
                throw new Error('must be -1 or positive');
            return { maxAgeMs: ms > 0 ? ms : null };
        }
        case 'retention.bytes': {
            const n = long(value, -1);
            if (n === 0)
                throw new Error('must be -1 or positive');
            return { maxBytes: n > 0 ? n : null };
        }
        case 'segment.bytes':
            return { segmentSize: long(value, MIN_SEGMENT, MAX_SEGMENT) };
        case 'max.message.bytes':
            return { arguments: { [ARG.maxMessageBytes]: long(value, 0, 2 ** 31 - 1) } };
        case 'cleanup.policy':
            return { arguments: { [ARG.cleanupPolicy]: policyList(value.split(',')) } };
        case 'delete.retention.ms':
            return { arguments: { [ARG.deleteRetentionMs]: long(value, 0) } };
        default:
            if (value !== 'CreateTime' && value !== 'LogAppendTime')
                throw new Error(`must be CreateTime or LogAppendTime`);
            return { arguments: { [ARG.timestampType]: value } };
    }
}
function merge(into, c) {
    if (c.maxAgeMs !== undefined)
        into.maxAgeMs = c.maxAgeMs;
    if (c.maxBytes !== undefined)
        into.maxBytes = c.maxBytes;
    if (c.segmentSize !== undefined)
        into.segmentSize = c.segmentSize;
    if (c.arguments !== undefined)
        into.arguments = { ...into.arguments, ...c.arguments };
}
/** A TopicSpec for CreateTopics configs; throws ConfigError with Kafka's INVALID_CONFIG text. */
export function configsToSpec(configs) {
    const c = {};
    for (const { name, value } of configs)
        if (value !== null)
            merge(c, changeFor(name, value));
    const args = {};
    for (const [k, v] of Object.entries(c.arguments ?? {}))
        if (v !== null)
            args[k] = v;
    return {
        maxAgeMs: c.maxAgeMs ?? undefined,
        maxBytes: c.maxBytes ?? undefined,
        segmentSize: c.segmentSize ?? undefined,
        arguments: args,
    };
}
/**
 * AlterConfigs (the legacy, whole-set API): the listed configs are set, every other one goes back to its
 * default, as Kafka replaces a topic's config set.
 */
export function replaceConfigs(configs) {
    const c = {};
    const listed = new Set(configs.map((x) => x.name));
    for (const name of Object.keys(TOPIC_DEFAULTS))
        if (!listed.has(name))
            merge(c, reset(name));
    for (const { name, value } of configs)
        merge(c, changeFor(name, value));
    return c;
}
/** IncrementalAlterConfigs' operations (OpType): SET, DELETE, APPEND, SUBTRACT. */
export function incrementalConfigs(configs, 
/** the topic's current arguments (APPEND and SUBTRACT work on its cleanup.policy list) */
current = {}) {
    const c = {};
    for (const { name, configOperation: op, value } of configs) {
        if (op === 0)
            merge(c, changeFor(name, value));
        else if (op === 1)
            merge(c, changeFor(name, null));
        else if (op === 2 || op === 3) {
            // cleanup.policy is Kafka's only list-valued topic config
            if (name !== 'cleanup.policy')
                throw new ConfigError(`Config value append is not allowed for config key: ${name}`);
            const now = c.arguments?.[ARG.cleanupPolicy];
            const list = typeof now === 'string' ? now.split(',') : cleanupPolicies(current);
            const given = (value ?? '').split(',').map((v) => v.trim());
            const next = op === 2 ? [...list, ...given] : list.filter((p) => !given.includes(p));
            merge(c, changeFor(name, next.join(',')));
        }
        else
            throw new ConfigError(`Unknown config operation ${op}`);
    }
    return c;
}
/**
 * The configs of a topic, from its first partition's arguments and the policy that applies to it (a policy's
 * max-age / max-length-bytes win over the arguments, as for any stream).
 */
export function describeTopicConfigs(args, policy, 
/** the listener's message.max.bytes (what a topic without max.message.bytes takes) */
brokerMaxMessageBytes = Number(TOPIC_DEFAULTS['max.message.bytes'])) {
    const out = [];
    const put = (name, v, policyValue) => {
        if (policyValue !== undefined)
            out.push({
                name,
                value: policyValue,
                isDefault: false,
                source: ConfigSource.DYNAMIC_DEFAULT_BROKER,
                readOnly: false,
            });
        else if (v !== undefined)
            out.push({ name, value: v, isDefault: false, source: ConfigSource.TOPIC, readOnly: false });
        else if (name === 'max.message.bytes' && String(brokerMaxMessageBytes) !== TOPIC_DEFAULTS[name])
            out.push({
                name,
                value: String(brokerMaxMessageBytes),
                isDefault: false,
                source: ConfigSource.STATIC_BROKER,
                readOnly: false,
            });
        else
            out.push({
                name,
                value: TOPIC_DEFAULTS[name],
                isDefault: true,
                source: ConfigSource.DEFAULT,
                readOnly: false,
            });
    };
    const ms = (x) => (typeof x === 'string' ? parseInterval(x) : undefined);
    const num = (x) => (typeof x === 'number' ? String(x) : undefined);
    const str = (x) => (typeof x === 'string' ? x : undefined);
    const age = ms(args['x-max-age']);
    const policyAge = ms(policy?.['max-age']);
    put('retention.ms', age === undefined ? undefined : String(age), policyAge === undefined ? undefined : String(policyAge));
    put('retention.bytes', num(args['x-max-length-bytes']), num(policy?.['max-length-bytes']));
    put('segment.bytes', num(args['x-stream-max-segment-size-bytes']));
    put('max.message.bytes', num(args[ARG.maxMessageBytes]));
    put('cleanup.policy', str(args[ARG.cleanupPolicy]));
    put('message.timestamp.type', str(args[ARG.timestampType]));
    put('delete.retention.ms', num(args[ARG.deleteRetentionMs]));
    return out;
}
//# sourceMappingURL=topic-configs.js.map