import { type Logger } from 'pino';
import { type BoundListener, type WharfOptions, WharfServer } from '../server.js';
import { type WharfUrls } from './urls.js';
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
export declare function startWharf(options?: StartWharfOptions): Promise<RunningWharf>;
