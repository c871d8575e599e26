export interface KafkaFrontOptions {
    /** the host the listeners bind (default: every interface) */
    host?: string;
    /** the plain listener's port (default 9092; 0: a free one); false: none */
    port: number | false;
    /**
     * the host Metadata and FindCoordinator tell clients to connect to (Kafka's advertised.listeners);
     * default: the bound host, or 127.0.0.1 when bound to every interface
     */
    advertisedHost?: string;
    /** largest request frame accepted, refused from its size prefix alone (socket.request.max.bytes: 100 MiB) */
    maxRequestBytes?: number;
    /** the vhost whose streams are this listener's topics (default '/') */
    vhost?: string;
    /** the user a connection acts as until it authenticates with SASL (default 'guest') */
    anonymousUser?: string;
    /** refuse every request but ApiVersions and SASL until the client authenticated (default false) */
    requireSasl?: boolean;
    /** Metadata creates unknown topics a client asks for with allow_auto_topic_creation (auto.create.topics.enable: true) */
    autoCreateTopics?: boolean;
    /** partitions of an auto-created topic, and of CreateTopics with -1 (num.partitions: 1) */
    numPartitions?: number;
    /** largest record batch a topic accepts unless its max.message.bytes says otherwise (message.max.bytes: 1048588) */
    maxMessageBytes?: number;
    /** open Kafka connections allowed (default: no limit) */
    connectionMax?: number;
    /** session timeouts a group member may ask for (group.min/max.session.timeout.ms: 6000, 1800000) */
    groupMinSessionTimeoutMs?: number;
    groupMaxSessionTimeoutMs?: number;
    /** wait for more members before the first rebalance of an empty group (group.initial.rebalance.delay.ms; Kafka 3000, Wharf 0) */
    groupInitialRebalanceDelayMs?: number;
    /** ms a TLS client has to finish its handshake (default 10 000) */
    handshakeTimeoutMs?: number;
}
export declare const KAFKA_DEFAULTS: Readonly<{
    port: 9092;
    maxRequestBytes: number;
    vhost: "/";
    anonymousUser: "guest";
    autoCreateTopics: true;
    numPartitions: 1;
    maxMessageBytes: 1048588;
    groupMinSessionTimeoutMs: 6000;
    groupMaxSessionTimeoutMs: 1800000;
    groupInitialRebalanceDelayMs: 0;
    handshakeTimeoutMs: 10000;
}>;
export type ResolvedKafkaOptions = Required<Omit<KafkaFrontOptions, 'host' | 'advertisedHost' | 'connectionMax'>> & Pick<KafkaFrontOptions, 'host' | 'advertisedHost'> & {
    connectionMax: number;
};
export declare function resolveKafkaOptions(o: KafkaFrontOptions): ResolvedKafkaOptions;
