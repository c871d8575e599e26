// Loads `wharf serve` settings: defaults, then the config file, then WHARF_*
// environment variables, then flags (each later source wins). Every setting is checked
// for its type here, so a typo or a wrong value stops the broker at start with a message
// naming the source, instead of surfacing later as odd behaviour.
import { readFileSync } from 'node:fs';
import { DEFAULT_ALERT_RULES, ruleProblem } from '../broker/operations/alerts.js';
import { USERS_SHAPE, userConfigProblem } from '../broker/identity/config-users.js';
import { checkTls, mergeTls } from './config-tls.js';
/** Every config-file key, its kind, and its environment variable. */
export const SETTINGS = {
    host: { kind: 'string', env: 'WHARF_HOST' },
    amqpPort: { kind: 'listenPort', env: 'WHARF_AMQP_PORT' },
    httpPort: { kind: 'listenPort', env: 'WHARF_HTTP_PORT' },
    amqpsPort: { kind: 'listenPort', env: 'WHARF_AMQPS_PORT' },
    httpsPort: { kind: 'listenPort', env: 'WHARF_HTTPS_PORT' },
    respPort: { kind: 'listenPort', env: 'WHARF_RESP_PORT' },
    respsPort: { kind: 'listenPort', env: 'WHARF_RESPS_PORT' },
    respVhost: { kind: 'string', env: 'WHARF_RESP_VHOST' },
    respDefaultUser: { kind: 'string', env: 'WHARF_RESP_DEFAULT_USER' },
    respRequireAuth: { kind: 'boolean', env: 'WHARF_RESP_REQUIRE_AUTH' },
    kafkaPort: { kind: 'listenPort', env: 'WHARF_KAFKA_PORT' },
    sqsPort: { kind: 'listenPort', env: 'WHARF_SQS_PORT' },
    sqssPort: { kind: 'listenPort', env: 'WHARF_SQSS_PORT' },
    kafkaTlsPort: { kind: 'listenPort', env: 'WHARF_KAFKA_TLS_PORT' },
    kafkaAdvertisedHost: { kind: 'string', env: 'WHARF_KAFKA_ADVERTISED_HOST' },
    kafkaVhost: { kind: 'string', env: 'WHARF_KAFKA_VHOST' },
    kafkaRequireSasl: { kind: 'boolean', env: 'WHARF_KAFKA_REQUIRE_SASL' },
    kafkaAutoCreateTopics: { kind: 'boolean', env: 'WHARF_KAFKA_AUTO_CREATE_TOPICS' },
    kafkaNumPartitions: { kind: 'positive', env: 'WHARF_KAFKA_NUM_PARTITIONS' },
    // its fields also come from WHARF_TLS_* and --tls-* (config-tls.ts)
    tls: { kind: 'tls' },
    dataDir: { kind: 'string', env: 'WHARF_DATA_DIR' },
    storage: { kind: 'storage', env: 'WHARF_STORAGE' },
    logLevel: { kind: 'level', env: 'WHARF_LOG_LEVEL' },
    loadDefinitions: { kind: 'string', env: 'WHARF_LOAD_DEFINITIONS' },
    recoverDefinitions: { kind: 'boolean', env: 'WHARF_RECOVER_DEFINITIONS' },
    users: { kind: 'users' },
    alertRules: { kind: 'alertRules' },
    heartbeat: { kind: 'count', env: 'WHARF_HEARTBEAT' },
    frameMax: { kind: 'count', env: 'WHARF_FRAME_MAX' },
    channelMax: { kind: 'count', env: 'WHARF_CHANNEL_MAX' },
    maxMessageSize: { kind: 'count', env: 'WHARF_MAX_MESSAGE_SIZE' },
    consumerTimeout: { kind: 'count', env: 'WHARF_CONSUMER_TIMEOUT' },
    memoryHighWatermark: { kind: 'fraction', env: 'WHARF_MEMORY_HIGH_WATERMARK' },
    memoryLimit: { kind: 'count', env: 'WHARF_MEMORY_LIMIT' },
    diskFreeLimit: { kind: 'count', env: 'WHARF_DISK_FREE_LIMIT' },
    segmentSize: { kind: 'count', env: 'WHARF_SEGMENT_SIZE' },
    fileHandleLimit: { kind: 'positive', env: 'WHARF_FILE_HANDLE_LIMIT' },
    benchSyncDelayMs: { kind: 'count', env: 'WHARF_BENCH_SYNC_DELAY_MS' },
    handshakeTimeout: { kind: 'positive', env: 'WHARF_HANDSHAKE_TIMEOUT' },
    authFailureDelay: { kind: 'count', env: 'WHARF_AUTH_FAILURE_DELAY' },
    connectionMax: { kind: 'count', env: 'WHARF_CONNECTION_MAX' },
    maxUnconfirmedBytesPerConnection: { kind: 'count', env: 'WHARF_MAX_UNCONFIRMED_BYTES_PER_CONNECTION' },
    metricsAuth: { kind: 'boolean', env: 'WHARF_METRICS_AUTH' },
};
const BOOLEAN_TEXT = {
    true: true,
    on: true,
    1: true,
    false: false,
    off: false,
    0: false,
};
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** setting -> protocol of the ports `wharf serve` listens on unless told otherwise */
const DEFAULT_PORTS = [
    ['amqpPort', 'amqp'],
    ['httpPort', 'http'],
    ['kafkaPort', 'kafka'],
    ['sqsPort', 'sqs'],
    ['respPort', 'resp'],
];
export function loadConfig(flags, env = process.env) {
    // the Kafka, SQS and RESP listeners are on by default for `wharf serve` only (WharfServer
    // leaves them off); RESP on 6380, since 6379 is a local Redis's
    const cfg = { logLevel: 'info', kafkaPort: 9092, sqsPort: 9324, respPort: 6380 };
    const configPath = flags.config ?? env.WHARF_CONFIG;
    const fromFile = configPath ? readConfigFile(configPath) : {};
    Object.assign(cfg, fromFile);
    /** settings given by the file, the environment or a flag (not defaults) */
    const given = new Set(Object.keys(fromFile));
    for (const [k, s] of Object.entries(SETTINGS)) {
        const raw = s.env === undefined ? undefined : env[s.env];
        if (raw === undefined || raw === '')
            continue;
        cfg[k] = check(fromText(raw, s.kind), s.kind, `environment variable ${s.env}`);
        given.add(k);
    }
    const flagValues = [
        ['host', 'host', '--host'],
        ['amqpPort', 'amqpPort', '--amqp-port'],
        ['httpPort', 'httpPort', '--http-port'],
        ['dataDir', 'dataDir', '--data-dir'],
        ['storage', 'storage', '--storage'],
        ['logLevel', 'logLevel', '--log-level'],
        ['loadDefinitions', 'loadDefinitions', '--load-definitions'],
        ['amqpsPort', 'amqpsPort', '--amqps-port'],
        ['httpsPort', 'httpsPort', '--https-port'],
        ['respPort', 'respPort', '--resp-port'],
        ['respsPort', 'respsPort', '--resps-port'],
        ['kafkaPort', 'kafkaPort', '--kafka-port'],
        ['sqsPort', 'sqsPort', '--sqs-port'],
        ['sqssPort', 'sqssPort', '--sqss-port'],
        ['kafkaTlsPort', 'kafkaTlsPort', '--kafka-tls-port'],
        ['kafkaAdvertisedHost', 'kafkaAdvertisedHost', '--kafka-advertised-host'],
    ];
    for (const [flag, key, name] of flagValues) {
        const raw = flags[flag];
        if (raw === undefined)
            continue;
        cfg[key] = check(fromText(raw, SETTINGS[key].kind), SETTINGS[key].kind, name);
        given.add(key);
    }
    // a port nobody asked for may be another broker's on this machine: that front then stays off
    cfg.portsMayBeTaken = DEFAULT_PORTS.filter(([key]) => !given.has(key)).map(([, protocol]) => protocol);
    if (flags.recoverDefinitions === true)
        cfg.recoverDefinitions = true;
    if (flags.metricsAuth !== undefined) {
        const raw = flags.metricsAuth === true ? true : fromText(String(flags.metricsAuth), 'boolean');
        cfg.metricsAuth = check(raw, 'boolean', '--metrics-auth');
    }
    const tls = mergeTls(cfg.tls, env, flags);
    if (tls)
        cfg.tls = tls;
    return cfg;
}
/** A JSON config file's settings, checked (checkSettings). */
export function readConfigFile(path) {
    const where = `config file '${path}'`;
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new Error(`cannot read ${where}: ${err.message}`);
    }
    let file;
    try {
        file = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${where} is not valid JSON: ${err.message}`);
    }
    if (typeof file !== 'object' || file === null || Array.isArray(file))
        throw new Error(`${where} must hold a JSON object`);
    return checkSettings(file, where);
}
/**
 * Settings given as an object (a config file's, or startWharf's options), each checked as
 * the config file's: an unknown key or a wrong value throws, naming `where`. Keys whose
 * value is undefined are left out.
 */
export function checkSettings(obj, where) {
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        const s = SETTINGS[k];
        if (!s)
            throw new Error(`${where}: unknown setting '${k}'`);
        if (v !== undefined)
            out[k] = check(v, s.kind, `${where}: '${k}'`);
    }
    return out;
}
/**
 * Alert rules from the config on top of the defaults: a rule named like a default
 * replaces it, `{"name": ..., "enabled": false}` drops it, other names are added.
 */
function mergeAlertRules(entries, where) {
    const rules = new Map(DEFAULT_ALERT_RULES.map((r) => [r.name, { ...r }]));
    for (const e of entries) {
        if (typeof e !== 'object' || e === null)
            throw new Error(`${where}: each rule must be an object`);
        const { enabled, ...rule } = e;
        if (enabled === false) {
            if (!rules.delete(rule.name))
                throw new Error(`${where}: no rule '${String(rule.name)}' to disable`);
            continue;
        }
        if (enabled !== undefined && enabled !== true)
            throw new Error(`${where}: 'enabled' must be a boolean`);
        const why = ruleProblem(rule);
        if (why)
            throw new Error(`${where}: rule '${String(rule.name)}': ${why}`);
        rules.set(rule.name, rule);
    }
    return [...rules.values()];
}
/** Text from a flag or the environment: numbers are parsed, the rest stays text. */
function fromText(raw, kind) {
    if (kind === 'listenPort' && (raw === 'false' || raw === 'off'))
        return false;
    if (kind === 'boolean')
        return BOOLEAN_TEXT[raw.toLowerCase()] ?? raw;
    return kind === 'port' ||
        kind === 'listenPort' ||
        kind === 'count' ||
        kind === 'positive' ||
        kind === 'fraction'
        ? Number(raw)
        : raw;
}
function check(v, kind, where) {
    const fail = (what) => {
        throw new Error(`${where} must be ${what}, got ${JSON.stringify(v)}`);
    };
    switch (kind) {
        case 'string':
            if (typeof v !== 'string' || v === '')
                fail('a non-empty string');
            return v;
        case 'level':
            if (typeof v !== 'string' || !LEVELS.includes(v))
                fail(`one of ${LEVELS.join('|')}`);
            return v;
        case 'port':
            if (!Number.isInteger(v) || v < 0 || v > 65535)
                fail('a port number (0-65535)');
            return v;
        case 'listenPort':
            if (v === false)
                return v; // that listener is off
            if (!Number.isInteger(v) || v < 0 || v > 65535)
                fail('a port number (0-65535) or false (off)');
            return v;
        case 'count':
            if (!Number.isSafeInteger(v) || v < 0)
                fail('a non-negative integer');
            return v;
        case 'positive':
            if (!Number.isSafeInteger(v) || v < 1)
                fail('a positive integer');
            return v;
        case 'tls':
            return checkTls(v, where);
        case 'storage':
            if (v !== 'disk' && v !== 'memory')
                fail("'disk' or 'memory'");
            return v;
        case 'boolean':
            if (typeof v !== 'boolean')
                fail('true or false');
            return v;
        case 'fraction':
            if (typeof v !== 'number' || !(v > 0 && v <= 1))
                fail('a number in (0, 1]');
            return v;
        case 'users':
            if (!Array.isArray(v))
                fail(USERS_SHAPE);
            for (const u of v) {
                const problem = userConfigProblem(u);
                if (problem)
                    fail(`${USERS_SHAPE} (${problem})`);
            }
            return v;
        case 'alertRules':
            if (!Array.isArray(v))
                fail('an array of alert rules');
            return mergeAlertRules(v, where);
    }
}
//# sourceMappingURL=config.js.map