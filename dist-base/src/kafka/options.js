// The Kafka front's settings, with Kafka's own defaults where Kafka has the setting (broker config
// names in brackets), so a program moved between Wharf and a Kafka cluster sees the same limits.
export const KAFKA_DEFAULTS = Object.freeze({
    port: 9092,
    maxRequestBytes: 100 * 1024 * 1024,
    vhost: '/',
    anonymousUser: 'guest',
    autoCreateTopics: true,
    numPartitions: 1,
    maxMessageBytes: 1048588,
    groupMinSessionTimeoutMs: 6000,
    groupMaxSessionTimeoutMs: 1_800_000,
    groupInitialRebalanceDelayMs: 0,
    handshakeTimeoutMs: 10_000,
});
export function resolveKafkaOptions(o) {
    return {
        ...KAFKA_DEFAULTS,
        requireSasl: false,
        ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
        port: o.port,
        connectionMax: o.connectionMax ?? Infinity,
    };
}
//# sourceMappingURL=options.js.map