// Wires a Broker to its fronts. Used by `wharf serve` and by tests that want a broker
// in-process; owns nothing global, so several can run side by side.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import pino, { type Logger } from 'pino';
import { amqpPropertiesFormat } from './amqp/index.js';
import type { UserConfig } from './broker/index.js';
import { Broker } from './broker/index.js';
import type { AlertRule } from './broker/operations/alerts.js';
import { importDefinitions } from './broker/definitions/definitions-io.js';
import { nodeName } from './http/overview.js';
import { processFileLimit } from './store/index.js';
import type { Front } from './fronts/front.js';
import { FRONTS } from './fronts/registry.js';
import { ShovelManager } from './shovel/index.js';
import { type LoadedTls, loadTls, type TlsConfig } from './tls.js';

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

export class WharfServer {
  readonly broker: Broker;
  readonly log: Logger;
  /** the enabled fronts (src/fronts/registry.ts), in start order */
  private readonly fronts: Front[] = [];
  /** every bound listener, in the order they were bound; empty until start() */
  readonly listeners: BoundListener[] = [];

  /** dynamic shovels (their parameters live in the broker; they run once AMQP listens) */
  readonly shovels: ShovelManager;
  private readonly tls: LoadedTls | undefined;

  constructor(readonly options: WharfOptions) {
    this.log = options.logger ?? pino({ level: 'info' });
    // Checked before anything is touched: bad PEM files or no way in stop the start.
    this.tls = options.tls ? loadTls(options.tls) : undefined;
    for (const w of this.tls?.warnings ?? []) this.log.warn(w);
    const memory = options.storage === 'memory';
    const dataDir = memory ? undefined : (options.dataDir ?? 'data');
    if (dataDir !== undefined) {
      try {
        mkdirSync(dataDir, { recursive: true });
        accessSync(dataDir, constants.W_OK | constants.R_OK);
      } catch (err) {
        throw new Error(`data directory '${dataDir}' is not usable: ${(err as Error).message}`);
      }
    }
    this.broker = new Broker({
      dataDir,
      storage: memory ? 'memory' : 'disk',
      format: amqpPropertiesFormat,
      users: options.users,
      segmentSize: options.segmentSize,
      fileHandleLimit: options.fileHandleLimit,
      benchSyncDelayMs: options.benchSyncDelayMs,
      limits: {
        memoryHighWatermark: options.memoryHighWatermark,
        memoryLimit: options.memoryLimit,
        diskFreeLimit: options.diskFreeLimit,
      },
      recoverDefinitions: options.recoverDefinitions,
      onWarning: (msg) => this.log.warn(msg),
      // one structured line per change of users, vhosts, permissions, policies, limits, definitions
      onAudit: (e) => this.log.info({ audit: true, ...e }, `audit: ${e.event} by ${e.actor}`),
    });
    if (options.alertRules) this.broker.alerts.setRules(options.alertRules);
    // registered before the broker opens, so definitions files may hold shovels
    this.shovels = new ShovelManager(this.broker, {
      clusterName: nodeName(),
      info: (msg) => this.log.info(msg),
      warn: (msg) => this.log.warn(msg),
      local: () => this.localAmqp(),
    });
    // built here, so a bad combination of a front's options stops the constructor
    const ctx = { broker: this.broker, log: this.log, options, tls: this.tls, shovels: this.shovels };
    for (const def of FRONTS) {
      const front = def.create(ctx);
      if (front) this.fronts.push(front);
    }
  }

  /** The port of the first listener speaking `protocol` ('amqp', 'https', 'kafka', ...); 0 when none runs. */
  port(protocol: string): number {
    return this.listeners.find((l) => l.protocol === protocol)?.port ?? 0;
  }

  /** bound ports; 0 for a listener that is not running */
  get amqpPort(): number {
    return this.port('amqp');
  }
  get httpPort(): number {
    return this.port('http');
  }
  get amqpsPort(): number {
    return this.port('amqps');
  }
  get httpsPort(): number {
    return this.port('https');
  }
  get respPort(): number {
    return this.port('resp');
  }
  get respsPort(): number {
    return this.port('resps');
  }
  get kafkaPort(): number {
    return this.port('kafka');
  }
  get sqsPort(): number {
    return this.port('sqs');
  }
  get sqssPort(): number {
    return this.port('sqss');
  }
  get kafkaTlsPort(): number {
    return this.port('kafka-tls');
  }

  /** Where a shovel's local URI (amqp://) connects: this broker's plain AMQP listener. */
  private localAmqp(): { host: string; port: number } | string {
    if (this.amqpPort === 0) return 'a local URI needs the plain AMQP listener, which is not running';
    const host = this.options.host;
    // the internal login a local shovel uses is accepted on loopback connections only
    const wildcard = host === undefined || host === '0.0.0.0' || host === '::' || host === 'localhost';
    return { host: wildcard ? '127.0.0.1' : host, port: this.amqpPort };
  }

  /** Imports the definitions file given as loadDefinitions; a bad file stops the start. */
  private loadDefinitionsFile(path: string): void {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new Error(`cannot load definitions file '${path}': ${(err as Error).message}`);
    }
    let warnings: string[];
    try {
      warnings = importDefinitions(this.broker, doc);
    } catch (err) {
      throw new Error(`definitions file '${path}': ${(err as Error).message}`);
    }
    for (const w of warnings) this.log.warn(`definitions file '${path}': ${w}`);
    this.log.info({ file: path }, 'definitions loaded');
  }

  async start(): Promise<void> {
    const files = this.broker.files.limit;
    this.log.info(
      {
        openFileLimit: processFileLimit() ?? 'unknown',
        fileHandleLimit: files === Infinity ? 'none' : files,
      },
      'file descriptors',
    );
    this.broker.open();
    if (this.options.loadDefinitions) {
      try {
        this.loadDefinitionsFile(this.options.loadDefinitions);
      } catch (err) {
        await this.broker.close();
        throw err;
      }
    }
    const bind = this.bind.bind(this);
    const started: Front[] = [];
    try {
      for (const front of [...this.fronts]) {
        started.push(front);
        const bound = this.listeners.length;
        try {
          await front.start(bind);
        } catch (err) {
          if (!(err instanceof DefaultPortTaken)) throw err;
          // the front released what it bound before the taken port; the other fronts start as usual
          this.listeners.length = bound;
          started.pop();
          await front.close().catch(() => {});
          this.fronts.splice(this.fronts.indexOf(front), 1);
          this.log.warn(
            { front: front.name, port: err.port },
            `${err.message}: ${front.name} stays off (set its port to start it, or false to silence this)`,
          );
        }
      }
      if (this.listeners.length === 0)
        throw new Error('no listener could be bound: every default port is taken');
      this.shovels.start();
    } catch (err) {
      for (const front of started.reverse()) await front.close().catch(() => {});
      this.listeners.length = 0;
      await this.broker.close();
      throw err;
    }
  }

  /** Binds one listener and records it in `listeners`; a taken or privileged port is explained. */
  private async bind(protocol: string, listen: () => Promise<number>, requested: number): Promise<number> {
    const optional = this.options.portsMayBeTaken?.includes(protocol) === true;
    const port = await listenOrExplain(listen, protocol.toUpperCase(), requested, optional);
    this.listeners.push({ protocol, host: this.options.host, port });
    return port;
  }

  async stop(): Promise<void> {
    // first, while their local connections still work: confirmed messages get acked
    await this.shovels.stop();
    for (const front of [...this.fronts].reverse()) await front.close();
    await this.broker.close();
  }
}

/** A default port (WharfOptions.portsMayBeTaken) is taken: its front stays off, the others start. */
class DefaultPortTaken extends Error {
  constructor(
    message: string,
    readonly port: number,
  ) {
    super(message);
  }
}

async function listenOrExplain(
  listen: () => Promise<number>,
  what: string,
  port: number,
  optional = false,
): Promise<number> {
  try {
    return await listen();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE' && optional)
      throw new DefaultPortTaken(`${what} port ${port} is already in use`, port);
    if (e.code === 'EADDRINUSE') throw new Error(`${what} port ${port} is already in use`);
    if (e.code === 'EACCES') throw new Error(`${what} port ${port} needs privileges this process lacks`);
    throw err;
  }
}
