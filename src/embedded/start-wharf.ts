// A Wharf inside the calling process, for tests and single-process apps: `await startWharf()` gives a
// running broker and its URLs, `await wharf.close()` takes all of it away again (sockets, timers, files,
// and the temporary data directory it made). Each call owns its own Broker, ports and data: several run
// side by side without sharing anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { checkSettings, readConfigFile } from '../cli/config.js';
import { type BoundListener, type WharfOptions, WharfServer } from '../server.js';
import { urlsOf, type WharfUrls } from './urls.js';

export interface StartWharfOptions extends Omit<WharfOptions, 'logger'> {
  /**
   * Level of the broker's log lines (pino JSON, on stderr): default 'warn', 'silent' for none.
   * Ignored when `logger` is given.
   */
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** a pino logger to log to instead */
  logger?: Logger;
  /** a JSON config file, read as `wharf serve --config` reads it; the other options win over it */
  config?: string;
}

/** A running in-process Wharf. */
export interface RunningWharf extends Omit<WharfUrls, 'amqpUrl' | 'httpUrl'> {
  /** amqp://127.0.0.1:PORT (clients' default guest/guest logs in); throws when amqpPort is false */
  readonly amqpUrl: string;
  /** http://127.0.0.1:PORT (management API, dashboard, /metrics); throws when httpPort is false */
  readonly httpUrl: string;
  /** every socket it listens on, as the fronts reported them */
  readonly listeners: readonly BoundListener[];
  /** the data directory in use; undefined with storage 'memory' */
  readonly dataDir: string | undefined;
  /** the server itself (server.broker is the engine), for tests that look inside */
  readonly server: WharfServer;
  /**
   * Stops the broker as SIGTERM stops `wharf serve` (connections closed with 320, logs
   * flushed and synced), releases every port, timer and file, and removes the temporary
   * data directory if startWharf made it. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/**
 * Starts a broker in this process. Defaults suit tests: host 127.0.0.1, every port 0 (the
 * system picks free ones), a new temporary data directory removed by close() (unless
 * `dataDir` is given), log level 'warn', user guest/guest (unless `users` is given).
 * Every other option is `wharf serve`'s, checked the same way (docs/configuration.md).
 */
export async function startWharf(options: StartWharfOptions = {}): Promise<RunningWharf> {
  const { logger, logLevel, config, ...rest } = options;
  const settings = {
    ...(config === undefined ? {} : readConfigFile(config)),
    ...checkSettings({ ...rest, logLevel }, 'startWharf options'),
  } as WharfOptions & { logLevel?: string };
  const tls = settings.tls !== undefined;
  const wharfOptions: WharfOptions = {
    host: '127.0.0.1',
    amqpPort: 0,
    httpPort: 0,
    respPort: 0,
    kafkaPort: 0,
    sqsPort: 0,
    ...(tls ? { amqpsPort: 0, httpsPort: 0 } : {}),
    ...settings,
    logger: logger ?? pino({ level: settings.logLevel ?? 'warn' }, process.stderr),
  };
  let madeDir: string | undefined;
  if (wharfOptions.storage !== 'memory' && wharfOptions.dataDir === undefined) {
    madeDir = mkdtempSync(join(tmpdir(), 'wharf-'));
    wharfOptions.dataDir = madeDir;
  }
  const removeMadeDir = () => {
    if (madeDir !== undefined) rmSync(madeDir, { recursive: true, force: true });
  };
  let server: WharfServer;
  try {
    server = new WharfServer(wharfOptions);
    await server.start();
  } catch (err) {
    removeMadeDir();
    throw err;
  }
  return new EmbeddedWharf(server, wharfOptions.dataDir, removeMadeDir);
}

class EmbeddedWharf implements RunningWharf {
  readonly amqpsUrl: string | undefined;
  readonly httpsUrl: string | undefined;
  readonly kafkaBootstrap: string | undefined;
  readonly sqsEndpoint: string | undefined;
  readonly respUrl: string | undefined;
  private readonly urls: WharfUrls;
  private closing: Promise<void> | undefined;

  constructor(
    readonly server: WharfServer,
    readonly dataDir: string | undefined,
    private readonly removeMadeDir: () => void,
  ) {
    this.urls = urlsOf(server.listeners);
    ({
      amqpsUrl: this.amqpsUrl,
      httpsUrl: this.httpsUrl,
      kafkaBootstrap: this.kafkaBootstrap,
      sqsEndpoint: this.sqsEndpoint,
      respUrl: this.respUrl,
    } = this.urls);
  }

  get listeners(): readonly BoundListener[] {
    return this.server.listeners;
  }

  get amqpUrl(): string {
    return this.urls.amqpUrl ?? off('AMQP', 'amqpPort');
  }

  get httpUrl(): string {
    return this.urls.httpUrl ?? off('HTTP', 'httpPort');
  }

  close(): Promise<void> {
    this.closing ??= this.server.stop().finally(this.removeMadeDir);
    return this.closing;
  }
}

function off(what: string, option: string): never {
  throw new Error(`this Wharf has no ${what} listener (${option}: false)`);
}
