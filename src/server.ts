// Wires a Broker to its fronts. Used by `wharf serve` and by tests that want a broker
// in-process; owns nothing global, so several can run side by side.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import pino, { type Logger } from 'pino';
import { AmqpServer, amqpPropertiesFormat } from './amqp/index.js';
import type { UserConfig } from './broker/index.js';
import { Broker } from './broker/index.js';
import type { AlertRule } from './broker/alerts.js';
import { importDefinitions } from './broker/definitions-io.js';
import { nodeName } from './http/overview.js';
import { processFileLimit } from './store/index.js';
import { HttpServer } from './http/server.js';
import { ShovelManager } from './shovel/index.js';
import { SqsServer } from './sqs/index.js';
import { type LoadedTls, loadTls, type TlsConfig } from './tls.js';
import { VERSION } from './version.js';

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
  /** SQS/SNS HTTP API port (wharf serve's default 9324; 0 picks a free one); false or unset: none */
  sqsPort?: number | false;
  /** SQS/SNS over HTTPS (needs tls); false or unset: none */
  sqsHttpsPort?: number | false;
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
  private amqp: AmqpServer | undefined;
  private http: HttpServer | undefined;
  private sqs: SqsServer | undefined;
  /** every bound listener, in the order they were bound; empty until start() */
  readonly listeners: BoundListener[] = [];

  /** dynamic shovels (their parameters live in the broker; they run once AMQP listens) */
  readonly shovels: ShovelManager;
  /** bound ports; 0 for a listener that is not running */
  amqpPort = 0;
  httpPort = 0;
  amqpsPort = 0;
  httpsPort = 0;
  sqsPort = 0;
  sqsHttpsPort = 0;
  private readonly tls: LoadedTls | undefined;

  constructor(readonly options: WharfOptions) {
    this.log = options.logger ?? pino({ level: 'info' });
    // Checked before anything is touched: bad PEM files or no way in stop the start.
    this.tls = options.tls ? loadTls(options.tls) : undefined;
    for (const w of this.tls?.warnings ?? []) this.log.warn(w);
    if (options.amqpPort === false && (!this.tls || options.amqpsPort === false))
      throw new Error('no AMQP listener: amqpPort is false and no AMQPS listener is configured (tls)');
    if (!this.tls && (typeof options.amqpsPort === 'number' || typeof options.httpsPort === 'number'))
      throw new Error('amqpsPort and httpsPort need tls (cert and key files)');
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
    const o = this.options;
    const amqp = new AmqpServer(this.broker, this.log, VERSION, {
      host: o.host,
      port: o.amqpPort ?? 5672,
      heartbeat: o.heartbeat,
      frameMax: o.frameMax,
      channelMax: o.channelMax,
      maxMessageSize: o.maxMessageSize,
      consumerTimeoutMs: o.consumerTimeout,
      handshakeTimeoutMs: o.handshakeTimeout,
      authFailureDelayMs: o.authFailureDelay,
      connectionMax: o.connectionMax,
      maxUnconfirmedBytes: o.maxUnconfirmedBytesPerConnection,
    });
    const httpPort = o.httpPort ?? 15672;
    const http = new HttpServer(this.broker, {
      host: o.host,
      port: httpPort === false ? 0 : httpPort,
      metricsAuth: o.metricsAuth ?? false,
      shovels: this.shovels,
    });
    this.amqp = amqp;
    this.http = http;
    const tls = this.tls;
    try {
      if (o.amqpPort !== false) {
        this.amqpPort = await this.bind('amqp', () => amqp.listen(), o.amqpPort ?? 5672);
      }
      if (httpPort !== false) this.httpPort = await this.bind('http', () => http.listen(), httpPort);
      if (tls && o.amqpsPort !== false) {
        const port = o.amqpsPort ?? 5671;
        this.amqpsPort = await this.bind('amqps', () => amqp.listenTls(port, tls), port);
      }
      if (tls && o.httpsPort !== false) {
        const port = o.httpsPort ?? 15671;
        this.httpsPort = await this.bind('https', () => http.listenTls(port, tls), port);
      }
      if (typeof o.sqsPort === 'number' || (tls && typeof o.sqsHttpsPort === 'number')) {
        const sqs = (this.sqs = new SqsServer(this.broker, { host: o.host }));
        if (typeof o.sqsPort === 'number')
          this.sqsPort = await this.bind('sqs', () => sqs.listen(o.sqsPort as number), o.sqsPort);
        if (tls && typeof o.sqsHttpsPort === 'number') {
          const port = o.sqsHttpsPort;
          this.sqsHttpsPort = await this.bind('sqs-https', () => sqs.listenTls(port, tls), port);
        }
      }
      this.shovels.start();
    } catch (err) {
      await this.sqs?.close().catch(() => {});
      await this.http.close().catch(() => {});
      await this.amqp.close().catch(() => {});
      await this.broker.close();
      throw err;
    }
  }

  /** Binds one listener and records it in `listeners`; a taken or privileged port is explained. */
  private async bind(protocol: string, listen: () => Promise<number>, requested: number): Promise<number> {
    const port = await listenOrExplain(listen, protocol.toUpperCase(), requested);
    this.listeners.push({ protocol, host: this.options.host, port });
    return port;
  }

  async stop(): Promise<void> {
    // first, while their local connections still work: confirmed messages get acked
    await this.shovels.stop();
    await this.amqp?.close();
    await this.sqs?.close();
    await this.http?.close();
    await this.broker.close();
  }
}

async function listenOrExplain(listen: () => Promise<number>, what: string, port: number): Promise<number> {
  try {
    return await listen();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new Error(`${what} port ${port} is already in use`);
    if (e.code === 'EACCES') throw new Error(`${what} port ${port} needs privileges this process lacks`);
    throw err;
  }
}
