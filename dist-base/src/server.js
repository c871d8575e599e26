// Wires a Broker to its fronts. Used by `wharf serve` and by tests that want a broker
// in-process; owns nothing global, so several can run side by side.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import pino from 'pino';
import { amqpPropertiesFormat } from './amqp/index.js';
import { Broker } from './broker/index.js';
import { importDefinitions } from './broker/definitions/definitions-io.js';
import { nodeName } from './http/overview.js';
import { processFileLimit } from './store/index.js';
import { FRONTS } from './fronts/registry.js';
import { ShovelManager } from './shovel/index.js';
import { loadTls } from './tls.js';
export class WharfServer {
    options;
    broker;
    log;
    /** the enabled fronts (src/fronts/registry.ts), in start order */
    fronts = [];
    /** every bound listener, in the order they were bound; empty until start() */
    listeners = [];
    /** dynamic shovels (their parameters live in the broker; they run once AMQP listens) */
    shovels;
    tls;
    constructor(options) {
        this.options = options;
        this.log = options.logger ?? pino({ level: 'info' });
        // Checked before anything is touched: bad PEM files or no way in stop the start.
        this.tls = options.tls ? loadTls(options.tls) : undefined;
        for (const w of this.tls?.warnings ?? [])
            this.log.warn(w);
        const memory = options.storage === 'memory';
        const dataDir = memory ? undefined : (options.dataDir ?? 'data');
        if (dataDir !== undefined) {
            try {
                mkdirSync(dataDir, { recursive: true });
                accessSync(dataDir, constants.W_OK | constants.R_OK);
            }
            catch (err) {
                throw new Error(`data directory '${dataDir}' is not usable: ${err.message}`);
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
        if (options.alertRules)
            this.broker.alerts.setRules(options.alertRules);
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
            if (front)
                this.fronts.push(front);
        }
    }
    /** The port of the first listener speaking `protocol` ('amqp', 'https', 'kafka', ...); 0 when none runs. */
    port(protocol) {
        return this.listeners.find((l) => l.protocol === protocol)?.port ?? 0;
    }
    /** bound ports; 0 for a listener that is not running */
    get amqpPort() {
        return this.port('amqp');
    }
    get httpPort() {
        return this.port('http');
    }
    get amqpsPort() {
        return this.port('amqps');
    }
    get httpsPort() {
        return this.port('https');
    }
    get respPort() {
        return this.port('resp');
    }
    get respsPort() {
        return this.port('resps');
    }
    get kafkaPort() {
        return this.port('kafka');
    }
    get sqsPort() {
        return this.port('sqs');
    }
    get sqssPort() {
        return this.port('sqss');
    }
    get kafkaTlsPort() {
        return this.port('kafka-tls');
    }
    /** Where a shovel's local URI (amqp://) connects: this broker's plain AMQP listener. */
    localAmqp() {
        if (this.amqpPort === 0)
            return 'a local URI needs the plain AMQP listener, which is not running';
        const host = this.options.host;
        // the internal login a local shovel uses is accepted on loopback connections only
        const wildcard = host === undefined || host === '0.0.0.0' || host === '::' || host === 'localhost';
        return { host: wildcard ? '127.0.0.1' : host, port: this.amqpPort };
    }
    /** Imports the definitions file given as loadDefinitions; a bad file stops the start. */
    loadDefinitionsFile(path) {
        let doc;
        try {
            doc = JSON.parse(readFileSync(path, 'utf8'));
        }
        catch (err) {
            throw new Error(`cannot load definitions file '${path}': ${err.message}`);
        }
        let warnings;
        try {
            warnings = importDefinitions(this.broker, doc);
        }
        catch (err) {
            throw new Error(`definitions file '${path}': ${err.message}`);
        }
        for (const w of warnings)
            this.log.warn(`definitions file '${path}': ${w}`);
        this.log.info({ file: path }, 'definitions loaded');
    }
    async start() {
        const files = this.broker.files.limit;
        this.log.info({
            openFileLimit: processFileLimit() ?? 'unknown',
            fileHandleLimit: files === Infinity ? 'none' : files,
        }, 'file descriptors');
        this.broker.open();
        if (this.options.loadDefinitions) {
            try {
                this.loadDefinitionsFile(this.options.loadDefinitions);
            }
            catch (err) {
                await this.broker.close();
                throw err;
            }
        }
        const bind = this.bind.bind(this);
        const started = [];
        try {
            for (const front of [...this.fronts]) {
                started.push(front);
                const bound = this.listeners.length;
                try {
                    await front.start(bind);
                }
                catch (err) {
                    if (!(err instanceof DefaultPortTaken))
                        throw err;
                    // the front released what it bound before the taken port; the other fronts start as usual
                    this.listeners.length = bound;
                    started.pop();
                    await front.close().catch(() => { });
                    this.fronts.splice(this.fronts.indexOf(front), 1);
                    this.log.warn({ front: front.name, port: err.port }, `${err.message}: ${front.name} stays off (set its port to start it, or false to silence this)`);
                }
            }
            if (this.listeners.length === 0)
                throw new Error('no listener could be bound: every default port is taken');
            this.shovels.start();
        }
        catch (err) {
            for (const front of started.reverse())
                await front.close().catch(() => { });
            this.listeners.length = 0;
            await this.broker.close();
            throw err;
        }
    }
    /** Binds one listener and records it in `listeners`; a taken or privileged port is explained. */
    async bind(protocol, listen, requested) {
        const optional = this.options.portsMayBeTaken?.includes(protocol) === true;
        const port = await listenOrExplain(listen, protocol.toUpperCase(), requested, optional);
        this.listeners.push({ protocol, host: this.options.host, port });
        return port;
    }
    async stop() {
        // first, while their local connections still work: confirmed messages get acked
        await this.shovels.stop();
        for (const front of [...this.fronts].reverse())
            await front.close();
        await this.broker.close();
    }
}
/** A default port (WharfOptions.portsMayBeTaken) is taken: its front stays off, the others start. */
class DefaultPortTaken extends Error {
    port;
    constructor(message, port) {
        super(message);
        this.port = port;
    }
}
async function listenOrExplain(listen, what, port, optional = false) {
    try {
        return await listen();
    }
    catch (err) {
        const e = err;
        if (e.code === 'EADDRINUSE' && optional)
            throw new DefaultPortTaken(`${what} port ${port} is already in use`, port);
        if (e.code === 'EADDRINUSE')
            throw new Error(`${what} port ${port} is already in use`);
        if (e.code === 'EACCES')
            throw new Error(`${what} port ${port} needs privileges this process lacks`);
        throw err;
    }
}
//# sourceMappingURL=server.js.map