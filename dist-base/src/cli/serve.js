import pino from 'pino';
import { WharfServer } from '../server.js';
import { VERSION } from '../version.js';
import { loadConfig } from './config.js';
/** Runs the broker until SIGTERM/SIGINT; resolves to the process exit code. */
export async function serve(flags) {
    let cfg;
    try {
        cfg = loadConfig(flags);
    }
    catch (err) {
        console.error(`wharf: ${err.message}`);
        return 1;
    }
    const log = pino({ level: cfg.logLevel, base: { pid: process.pid } });
    let server;
    try {
        server = new WharfServer({ ...cfg, logger: log });
        await server.start();
    }
    catch (err) {
        log.error({ err }, `wharf could not start: ${err.message}`);
        console.error(`wharf: ${err.message}`);
        return 1;
    }
    // Each bound listener's port as <protocol>Port (amqpPort, httpsPort, kafkaPort, ...);
    // a listener that is off is left out.
    const ports = Object.fromEntries(server.listeners.map((l) => [portKey(l.protocol), l.port]));
    log.info({
        version: VERSION,
        ...ports,
        ...(cfg.storage === 'memory' ? { storage: 'memory' } : { dataDir: cfg.dataDir ?? 'data' }),
    }, 'wharf ready');
    return new Promise((resolve) => {
        let stopping = false;
        const stop = (signal) => {
            if (stopping)
                return;
            stopping = true;
            log.info({ signal }, 'wharf shutting down');
            server.stop().then(() => {
                log.info('wharf stopped');
                resolve(0);
            }, (err) => {
                log.error({ err }, 'shutdown failed');
                resolve(1);
            });
        };
        process.on('SIGTERM', () => stop('SIGTERM'));
        process.on('SIGINT', () => stop('SIGINT'));
        watchNpmParent(() => stop('parent exited'));
    });
}
/** 'amqps' -> 'amqpsPort', 'kafka-tls' -> 'kafkaTlsPort' */
function portKey(protocol) {
    return `${protocol.replace(/-(\w)/g, (_, c) => c.toUpperCase())}Port`;
}
/**
 * Started through npm (npx wharf, npm start), the broker runs under `sh -c`, and a
 * SIGTERM sent to npm ends that shell without reaching the broker. Such a broker must
 * not outlive npm: when its parent goes away it shuts down exactly as on SIGTERM.
 * A broker started directly (node, systemd, a container) is not watched.
 */
function watchNpmParent(onGone) {
    if (!process.env.npm_execpath)
        return;
    const parent = process.ppid;
    const timer = setInterval(() => {
        if (process.ppid !== parent) {
            clearInterval(timer);
            onGone();
        }
    }, 250);
    timer.unref();
}
//# sourceMappingURL=serve.js.map