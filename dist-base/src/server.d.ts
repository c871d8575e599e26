import { type Logger } from 'pino';
import type { UserConfig } from './broker/index.js';
import { Broker } from './broker/index.js';
import type { AlertRule } from './broker/operations/alerts.js';
import { ShovelManager } from './shovel/index.js';
import { type TlsConfig } from './tls.js';
export interface WharfOptions {
    host?: string;
    /** default 5672; false: no plain AMQP listener (e.g. AMQPS only) */
    amqpPort?: number | false;
    /** management HTTP, default 15672; false: no plain HTTP listener */
    httpPort?: number | false;
    /** PEM files for AMQPS and HTTPS; without it neither listener starts */
    tls?: TlsConfig;
    /** AMQPS port, default 5671 when tls is set; false: none */
    amqpsPort?: number | false;
    /** management HTTPS port, default 15671 when tls is set; false: none */
    httpsPort?: number | false;
    /** Redis Streams (RESP) port; undefined or false: none (`wharf serve` passes 6380 unless told otherwise) */
    respPort?: number | false;
    /** RESP over TLS port (needs tls); undefined or false: none */
    respsPort?: number | false;
    /** the vhost whose stream queues are the RESP front's keys (default '/') */
    respVhost?: string;
    /** the user a one-argument AUTH logs in as, and RESP clients act as before AUTH (default 'guest') */
    respDefaultUser?: string;
    /** RESP clients must AUTH before any other command (default false: they act as respDefaultUser) */
    respRequireAuth?: boolean;
    /**
     * Kafka protocol listener (docs/kafka.md); undefined or false: none. `wharf serve` defaults it to
     * 9092; here it is off unless asked for, so embedding code and tests never race for 9092.
     */
    kafkaPort?: number | false;
    /**
     * Protocols ('amqp', 'http', 'kafka', 'sqs', 'resp') whose port is only a default nobody asked for
     * (`wharf serve` without that flag or setting): when it is taken (a RabbitMQ on 5672, a Kafka on 9092
     * on the same machine), that front stays off with a warning instead of stopping the start. A port
     * that was asked for and is taken still stops it.
     */
    portsMayBeTaken?: readonly string[];
    /**
     * SQS/SNS HTTP API (docs/sqs.md); undefined or false: none. `wharf serve` defaults it to 9324;
     * here it is off unless asked for (startWharf asks for port 0).
     */
    sqsPort?: number | false;
    /** SQS/SNS over HTTPS on the tls settings; undefined or false: none */
    sqssPort?: number | false;
    /** Kafka over TLS on the tls settings (Kafka's usual port is 9093); undefined or false: none */
    kafkaTlsPort?: number | false;
    /** host Metadata tells Kafka clients to connect to (default: host, or 127.0.0.1 when bound to all interfaces) */
    kafkaAdvertisedHost?: string;
    /** the vhost whose streams are the Kafka topics (default '/') */
    kafkaVhost?: string;
    /** Kafka clients must authenticate with SASL (default false: they act as the user 'guest' from loopback) */
    kafkaRequireSasl?: boolean;
    /** Metadata requests create missing topics when the client allows it (default true, Kafka's auto.create.topics.enable) */
    kafkaAutoCreateTopics?: boolean;
    /** partitions of an auto-created topic (default 1, Kafka's num.partitions) */
    kafkaNumPartitions?: number;
    /** ms a client has to complete the AMQP handshake (default 10 000, RabbitMQ's handshake_timeout) */
    handshakeTimeout?: number;
    /** ms before a failed login is answered (default 1000) */
    authFailureDelay?: number;
    /** open AMQP connections allowed on this node (default: no limit; RabbitMQ's connection_max) */
    connectionMax?: number;
    /** bytes of one connection's publishes awaiting confirms past which it is not read (default 64 MiB, 0: no limit) */
    maxUnconfirmedBytesPerConnection?: number;
    /** default ./data; unused with storage 'memory' */
    dataDir?: string;
    /**
     * 'disk' (default): everything durable lives in dataDir; 'memory': no data directory and
     * no file written anywhere, nothing survives the process (for tests; docs/testing.md)
     */
    storage?: 'disk' | 'memory';
    users?: UserConfig[];
    heartbeat?: number;
    frameMax?: number;
    channelMax?: number;
    maxMessageSize?: number;
    /** consumer acknowledgement timeout in ms (default 1 800 000, RabbitMQ's consumer_timeout) */
    consumerTimeout?: number;
    segmentSize?: number;
    /**
     * file descriptors queue files may keep open; idle ones are closed past it, new work refused at it
     * (default: the process's open file limit less a reserve of a quarter, at least 64, for connections)
     */
    fileHandleLimit?: number;
    /** benchmarks only: ms added to every fdatasync round (a simulated slow disk); default 0 */
    benchSyncDelayMs?: number;
    /** fraction of physical memory above which publishers are blocked (default 0.4) */
    memoryHighWatermark?: number;
    /** bytes of memory above which publishers are blocked (overrides memoryHighWatermark) */
    memoryLimit?: number;
    /** bytes of free disk below which publishers are blocked (default 50 000 000) */
    diskFreeLimit?: number;
    /** alert rules in effect (default: DEFAULT_ALERT_RULES) */
    alertRules?: AlertRule[];
    /**
     * GET /metrics needs basic auth of a user tagged management, monitoring, policymaker or
     * administrator (default false: open, as RabbitMQ's prometheus.authentication.enabled)
     */
    metricsAuth?: boolean;
    /** a definitions file (RabbitMQ's export format) imported at every start, like RabbitMQ's load_definitions */
    loadDefinitions?: string;
    /** start even when the data dir's definitions log is unreadable (default false; docs/reliability.md) */
    recoverDefinitions?: boolean;
    logger?: Logger;
}
/**
 * One listening socket of a running server, as a front reports it: every front pushes one
 * per port it bound, so whoever needs addresses (startWharf's URLs, the ready log line)
 * reads this list instead of knowing each front.
 */
export interface BoundListener {
    /** what is spoken there: 'amqp', 'amqps', 'http', 'https' (later 'kafka', 'sqs', 'resp') */
    protocol: string;
    /** the host option it was bound with (undefined: every interface) */
    host: string | undefined;
    port: number;
}
export declare class WharfServer {
    readonly options: WharfOptions;
    readonly broker: Broker;
    readonly log: Logger;
    /** the enabled fronts (src/fronts/registry.ts), in start order */
    private readonly fronts;
    /** every bound listener, in the order they were bound; empty until start() */
    readonly listeners: BoundListener[];
    /** dynamic shovels (their parameters live in the broker; they run once AMQP listens) */
    readonly shovels: ShovelManager;
    private readonly tls;
    constructor(options: WharfOptions);
    /** The port of the first listener speaking `protocol` ('amqp', 'https', 'kafka', ...); 0 when none runs. */
    port(protocol: string): number;
    /** bound ports; 0 for a listener that is not running */
    get amqpPort(): number;
    get httpPort(): number;
    get amqpsPort(): number;
    get httpsPort(): number;
    get respPort(): number;
    get respsPort(): number;
    get kafkaPort(): number;
    get sqsPort(): number;
    get sqssPort(): number;
    get kafkaTlsPort(): number;
    /** Where a shovel's local URI (amqp://) connects: this broker's plain AMQP listener. */
    private localAmqp;
    /** Imports the definitions file given as loadDefinitions; a bad file stops the start. */
    private loadDefinitionsFile;
    start(): Promise<void>;
    /** Binds one listener and records it in `listeners`; a taken or privileged port is explained. */
    private bind;
    stop(): Promise<void>;
}
