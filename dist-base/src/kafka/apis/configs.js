import { KafkaError, } from '../codec/index.js';
import { topicAllowed } from '../access.js';
import { ConfigError, ConfigSource, describeTopicConfigs, incrementalConfigs, replaceConfigs, TOPIC_DEFAULTS, } from '../topic-configs.js';
import { topicErrorCode } from '../topics.js';
const E = KafkaError;
/** ConfigResource.Type */
const RESOURCE_TOPIC = 2;
const RESOURCE_BROKER = 4;
function unsupportedType(type) {
    return { errorCode: E.INVALID_REQUEST.code, errorMessage: `Unsupported resource type ${type}` };
}
/** A broker resource names this node by its id ('' is the cluster-wide default). */
function brokerError(conn, name) {
    if (name === '' || name === String(conn.ctx.nodeId))
        return undefined;
    return {
        errorCode: E.INVALID_REQUEST.code,
        errorMessage: `Unexpected broker id, expected ${conn.ctx.nodeId}`,
    };
}
/** This node's settings as Kafka broker configs (read-only: Wharf's configuration sets them). */
function brokerConfigs(conn) {
    const o = conn.ctx.options;
    const entries = [
        ['auto.create.topics.enable', String(o.autoCreateTopics)],
        ['num.partitions', String(o.numPartitions)],
        ['default.replication.factor', '1'],
        ['min.insync.replicas', '1'],
        ['offsets.topic.replication.factor', '1'],
        ['message.max.bytes', String(o.maxMessageBytes)],
        ['socket.request.max.bytes', String(o.maxRequestBytes)],
        ['log.retention.ms', TOPIC_DEFAULTS['retention.ms']],
        ['log.retention.bytes', TOPIC_DEFAULTS['retention.bytes']],
        ['log.segment.bytes', TOPIC_DEFAULTS['segment.bytes']],
        ['log.cleanup.policy', TOPIC_DEFAULTS['cleanup.policy']],
        ['log.message.timestamp.type', TOPIC_DEFAULTS['message.timestamp.type']],
        ['group.min.session.timeout.ms', String(o.groupMinSessionTimeoutMs)],
        ['group.max.session.timeout.ms', String(o.groupMaxSessionTimeoutMs)],
        ['group.initial.rebalance.delay.ms', String(o.groupInitialRebalanceDelayMs)],
        ['delete.topic.enable', 'true'],
    ];
    return entries.map(([name, value]) => ({
        name,
        value,
        isDefault: false,
        source: ConfigSource.STATIC_BROKER,
        readOnly: true,
    }));
}
export function describeConfigs(conn, req) {
    const b = req.body;
    const v = req.header.apiVersion;
    return {
        throttleTimeMs: 0,
        results: b.resources.map((r) => {
            const head = { resourceType: r.resourceType, resourceName: r.resourceName };
            const fail = (e) => ({ ...head, ...e, configs: [] });
            let configs;
            if (r.resourceType === RESOURCE_TOPIC) {
                if (!topicAllowed(conn.access, 'read', r.resourceName))
                    return fail({
                        errorCode: E.TOPIC_AUTHORIZATION_FAILED.code,
                        errorMessage: 'Authorization failed.',
                    });
                const s = conn.ctx.topics.stream(r.resourceName);
                if (s === undefined)
                    return fail({
                        errorCode: E.UNKNOWN_TOPIC_OR_PARTITION.code,
                        errorMessage: `Topic '${r.resourceName}' does not exist.`,
                    });
                const q = s.partitions[0].queue;
                configs = describeTopicConfigs(q.options.arguments, q.policy?.definition, conn.ctx.options.maxMessageBytes);
            }
            else if (r.resourceType === RESOURCE_BROKER) {
                const bad = brokerError(conn, r.resourceName);
                if (bad)
                    return fail(bad);
                configs = brokerConfigs(conn);
            }
            else
                return fail(unsupportedType(r.resourceType));
            const keys = r.configurationKeys === null ? undefined : new Set(r.configurationKeys);
            return {
                ...head,
                errorCode: 0,
                errorMessage: null,
                configs: configs
                    .filter((c) => keys === undefined || keys.has(c.name))
                    .map((c) => ({
                    name: c.name,
                    value: c.value,
                    readOnly: c.readOnly,
                    // v0 has isDefault; v1+ says where the value comes from instead
                    isDefault: v === 0 ? c.isDefault : false,
                    configSource: c.source,
                    isSensitive: false,
                    synonyms: b.includeSynonyms ? [{ name: c.name, value: c.value, source: c.source }] : [],
                })),
            };
        }),
    };
}
/** Applies (or only checks) one resource's change; the answer's error fields. */
function alter(conn, type, name, validateOnly, change) {
    if (type === RESOURCE_BROKER) {
        return (brokerError(conn, name) ?? {
            errorCode: E.INVALID_REQUEST.code,
            errorMessage: `Wharf's broker settings come from its configuration; they cannot be altered through Kafka`,
        });
    }
    if (type !== RESOURCE_TOPIC)
        return unsupportedType(type);
    if (!topicAllowed(conn.access, 'configure', name))
        return { errorCode: E.TOPIC_AUTHORIZATION_FAILED.code, errorMessage: 'Authorization failed.' };
    if (conn.ctx.topics.stream(name) === undefined)
        return { errorCode: E.UNKNOWN_TOPIC_OR_PARTITION.code, errorMessage: `Topic '${name}' does not exist.` };
    let c;
    try {
        c = change();
    }
    catch (err) {
        if (!(err instanceof ConfigError))
            throw err;
        return { errorCode: E.INVALID_CONFIG.code, errorMessage: err.message };
    }
    if (validateOnly)
        return { errorCode: 0, errorMessage: null };
    try {
        conn.ctx.topics.configure(name, c, conn.access);
    }
    catch (err) {
        const e = topicErrorCode(err);
        return { errorCode: e.code === 36 ? E.INVALID_CONFIG.code : e.code, errorMessage: e.message };
    }
    conn.ctx.log.info({ topic: name, change: c, user: conn.user }, 'Kafka topic configs altered');
    return { errorCode: 0, errorMessage: null };
}
export function alterConfigs(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        responses: b.resources.map((r) => ({
            resourceType: r.resourceType,
            resourceName: r.resourceName,
            ...alter(conn, r.resourceType, r.resourceName, b.validateOnly, () => replaceConfigs(r.configs)),
        })),
    };
}
export function incrementalAlterConfigs(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        responses: b.resources.map((r) => ({
            resourceType: r.resourceType,
            resourceName: r.resourceName,
            ...alter(conn, r.resourceType, r.resourceName, b.validateOnly, () => incrementalConfigs(r.configs, conn.ctx.topics.stream(r.resourceName)?.partitions[0]?.queue.options.arguments)),
        })),
    };
}
//# sourceMappingURL=configs.js.map