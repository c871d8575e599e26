// Wires a Broker to its fronts. Used by `wharf serve` and by tests that want a broker
// in-process; owns nothing global, so several can run side by side.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import pino, { type Logger } from 'pino';
import { AmqpServer, amqpPropertiesFormat } from './amqp/index.js';
import type { UserConfig } from './broker/index.js';
import { Broker } from './broker/index.js';
import type { AlertRule } from './broker/alerts.js';
import { importDefinitions } from './broker/definitions-io.js';
import { HttpServer } from './http/server.js';
import { VERSION } from './version.js';

export interface WharfOptions {
  host?: string;
  /** default 5672 */
  amqpPort?: number;
  /** default 15672 (management HTTP; reserved until the management API lands) */
  httpPort?: number;
  /** default ./data */
  dataDir?: string;
  users?: UserConfig[];
  heartbeat?: number;
  frameMax?: number;
  channelMax?: number;
  maxMessageSize?: number;
  /** consumer acknowledgement timeout in ms (default 1 800 000, RabbitMQ's consumer_timeout) */
  consumerTimeout?: number;
  segmentSize?: number;
  /** fraction of physical memory above which publishers are blocked (default 0.4) */
  memoryHighWatermark?: number;
  /** bytes of memory above which publishers are blocked (overrides memoryHighWatermark) */
  memoryLimit?: number;
  /** bytes of free disk below which publishers are blocked (default 50 000 000) */
  diskFreeLimit?: number;
  /** alert rules in effect (default: DEFAULT_ALERT_RULES) */
  alertRules?: AlertRule[];
  /** a definitions file (RabbitMQ's export format) imported at every start, like RabbitMQ's load_definitions */
  loadDefinitions?: string;
  logger?: Logger;
}

export class WharfServer {
  readonly broker: Broker;
  readonly log: Logger;
  private amqp: AmqpServer | undefined;
  private http: HttpServer | undefined;
  amqpPort = 0;
  httpPort = 0;

  constructor(readonly options: WharfOptions) {
    this.log = options.logger ?? pino({ level: 'info' });
    const dataDir = options.dataDir ?? 'data';
    try {
      mkdirSync(dataDir, { recursive: true });
      accessSync(dataDir, constants.W_OK | constants.R_OK);
    } catch (err) {
      throw new Error(`data directory '${dataDir}' is not usable: ${(err as Error).message}`);
    }
    this.broker = new Broker({
      dataDir,
      format: amqpPropertiesFormat,
      users: options.users,
      segmentSize: options.segmentSize,
      limits: {
        memoryHighWatermark: options.memoryHighWatermark,
        memoryLimit: options.memoryLimit,
        diskFreeLimit: options.diskFreeLimit,
      },
      onWarning: (msg) => this.log.warn(msg),
    });
    if (options.alertRules) this.broker.alerts.setRules(options.alertRules);
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
    this.broker.open();
    if (this.options.loadDefinitions) {
      try {
        this.loadDefinitionsFile(this.options.loadDefinitions);
      } catch (err) {
        await this.broker.close();
        throw err;
      }
    }
    this.amqp = new AmqpServer(this.broker, this.log, VERSION, {
      host: this.options.host,
      port: this.options.amqpPort ?? 5672,
      heartbeat: this.options.heartbeat,
      frameMax: this.options.frameMax,
      channelMax: this.options.channelMax,
      maxMessageSize: this.options.maxMessageSize,
      consumerTimeoutMs: this.options.consumerTimeout,
    });
    this.http = new HttpServer(this.broker, {
      host: this.options.host,
      port: this.options.httpPort ?? 15672,
    });
    try {
      this.amqpPort = await listenOrExplain(() => this.amqp!.listen(), 'AMQP', this.options.amqpPort ?? 5672);
      this.httpPort = await listenOrExplain(
        () => this.http!.listen(),
        'HTTP',
        this.options.httpPort ?? 15672,
      );
    } catch (err) {
      await this.amqp.close().catch(() => {});
      await this.broker.close();
      throw err;
    }
  }

  async stop(): Promise<void> {
    await this.amqp?.close();
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
