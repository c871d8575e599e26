// A Wharf inside the calling process, for tests and single-process apps: `await startWharf()` gives a
// running broker and its URLs, `await wharf.close()` takes all of it away again (sockets, timers, files,
// and the temporary data directory it made). Each call owns its own Broker, ports and data: several run
// side by side without sharing anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { checkSettings, readConfigFile } from '../cli/config.js';
import { WharfServer } from '../server.js';
import { urlsOf } from './urls.js';
/**
 * Starts a broker in this process. Defaults suit tests: host 127.0.0.1, every port 0 (the
 * system picks free ones), a new temporary data directory removed by close() (unless
 * `dataDir` is given), log level 'warn', user guest/guest (unless `users` is given).
 * Every other option is `wharf serve`'s, checked the same way (docs/configuration.md).
 */
export async function startWharf(options = {}) {
    const { logger, logLevel, config, ...rest } = options;
    const settings = {
        ...(config === undefined ? {} : readConfigFile(config)),
        ...checkSettings({ ...rest, logLevel }, 'startWharf options'),
    };
    const tls = settings.tls !== undefined;
    const wharfOptions = {
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
    let madeDir;
    if (wharfOptions.storage !== 'memory' && wharfOptions.dataDir === undefined) {
        madeDir = mkdtempSync(join(tmpdir(), 'wharf-'));
        wharfOptions.dataDir = madeDir;
    }
    const removeMadeDir = () => {
        if (madeDir !== undefined)
            rmSync(madeDir, { recursive: true, force: true });
    };
    let server;
    try {
        server = new WharfServer(wharfOptions);
        await server.start();
    }
    catch (err) {
        removeMadeDir();
        throw err;
    }
    return new EmbeddedWharf(server, wharfOptions.dataDir, removeMadeDir);
}
class EmbeddedWharf {
    server;
    dataDir;
    removeMadeDir;
    amqpsUrl;
    httpsUrl;
    kafkaBootstrap;
    sqsEndpoint;
    respUrl;
    urls;
    closing;
    constructor(server, dataDir, removeMadeDir) {
        this.server = server;
        this.dataDir = dataDir;
        this.removeMadeDir = removeMadeDir;
        this.urls = urlsOf(server.listeners);
        ({
            amqpsUrl: this.amqpsUrl,
            httpsUrl: this.httpsUrl,
            kafkaBootstrap: this.kafkaBootstrap,
            sqsEndpoint: this.sqsEndpoint,
            respUrl: this.respUrl,
        } = this.urls);
    }
    get listeners() {
        return this.server.listeners;
    }
    get amqpUrl() {
        return this.urls.amqpUrl ?? off('AMQP', 'amqpPort');
    }
    get httpUrl() {
        return this.urls.httpUrl ?? off('HTTP', 'httpPort');
    }
    close() {
        this.closing ??= this.server.stop().finally(this.removeMadeDir);
        return this.closing;
    }
}
function off(what, option) {
    throw new Error(`this Wharf has no ${what} listener (${option}: false)`);
}
//# sourceMappingURL=start-wharf.js.map