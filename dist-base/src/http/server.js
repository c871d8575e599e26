// The management HTTP listener: RabbitMQ's management API shapes (basic auth against
// the broker's users, JSON in and out) over the broker's own APIs, the health check
// (GET /api/health/checks/alarms) and Prometheus metrics (GET /metrics: open by default,
// like RabbitMQ's Prometheus endpoint, so scrapers need no credentials; with metricsAuth
// it asks for the API's basic auth, as RabbitMQ's prometheus.authentication.enabled does,
// since it lists every queue's name).
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { listen } from '../listen.js';
import { peerRefusal } from '../tls.js';
import { BrokerError } from '../broker/index.js';
import { alertRoutes } from './alerts.js';
import { authenticate } from './auth.js';
import { bindingRoutes } from './bindings.js';
import { connectionRoutes } from './connections.js';
import { definitionRoutes } from './definitions.js';
import { exchangeRoutes } from './exchanges.js';
import { HttpError, readJson, sendEmpty, sendJson } from './json.js';
import { httpAnswerOf } from './engine-errors.js';
import { overviewRoutes } from './overview.js';
import { parameterRoutes } from './parameters.js';
import { policyRoutes } from './policies.js';
import { queueRoutes } from './queues.js';
import { streamRoutes } from './streams.js';
import { streamAdminRoutes } from './stream-admin.js';
import { RateSampler } from './rates.js';
import { shovelRoutes } from './shovels.js';
import { serveDashboard } from './static.js';
import { writeRoutes } from './writes.js';
import { CREATED, CreatedAt, NO_CONTENT, Router, TextResponse } from './router.js';
const NOT_FOUND = { error: 'Object Not Found', reason: 'Not Found' };
/** A client that opens a TLS connection and never finishes the handshake is dropped after this. */
const HTTPS_HANDSHAKE_TIMEOUT_MS = 10_000;
export class HttpServer {
    broker;
    opts;
    server;
    /** the HTTPS listener, when one was started */
    tlsServer;
    rates = new RateSampler();
    /**
     * Made at the first scrape: prom-client takes longer to load than the rest of the broker
     * takes to start, and its default metrics leave a GC observer and an event-loop monitor
     * behind that nothing removes, which an in-process broker that is never scraped should not pay.
     */
    metrics;
    router = new Router([
        ...overviewRoutes,
        ...connectionRoutes,
        // longer patterns first where a name could be mistaken for a path segment
        ...bindingRoutes,
        ...alertRoutes,
        ...definitionRoutes,
        ...policyRoutes,
        ...parameterRoutes,
        ...shovelRoutes,
        ...writeRoutes,
        ...queueRoutes,
        ...streamRoutes,
        ...streamAdminRoutes,
        ...exchangeRoutes,
    ]);
    constructor(broker, opts) {
        this.broker = broker;
        this.opts = opts;
        this.server = createServer((req, res) => {
            this.handle(req, res).catch((err) => this.fail(res, err));
        });
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = url.pathname;
        const method = req.method ?? 'GET';
        if (path === '/metrics' && method === 'GET') {
            req.resume();
            if (this.opts.metricsAuth) {
                // the management API's rule: a user tagged management, monitoring, policymaker or administrator
                const refused = authenticate(this.broker, req);
                if (refused !== undefined)
                    return sendJson(res, 401, refused.body, refused.headers);
            }
            this.metrics ??= import('./metrics.js').then((m) => new m.Metrics(this.broker));
            const metrics = await this.metrics;
            const text = await metrics.render();
            res.writeHead(200, { 'content-type': metrics.contentType });
            res.end(text);
            return;
        }
        if (method === 'GET' && !path.startsWith('/api/') && path !== '/api')
            return serveDashboard(req, res, path); // dashboard (web UI)
        if (path.startsWith('/api/') || path === '/api') {
            const refused = authenticate(this.broker, req);
            if (refused !== undefined) {
                req.resume();
                return sendJson(res, 401, refused.body, refused.headers);
            }
        }
        // RabbitMQ's health check: 200 while no resource alarm is in effect, 503 during one
        if (path === '/api/health/checks/alarms' && (method === 'GET' || method === 'HEAD')) {
            const alarms = [...this.broker.resources.alarms];
            if (alarms.length === 0)
                return sendJson(res, 200, { status: 'ok' });
            return sendJson(res, 503, {
                status: 'failed',
                reason: `resource alarm(s) in effect: ${alarms.join(', ')}`,
            });
        }
        const m = this.router.match(method, path);
        if (m.kind === 'none') {
            req.resume();
            return sendJson(res, 404, NOT_FOUND);
        }
        if (m.kind === 'method') {
            req.resume();
            return sendJson(res, 405, { error: 'Method Not Allowed', reason: 'Method Not Allowed' });
        }
        let bodyRead = false;
        const result = await m.handler({
            broker: this.broker,
            rates: this.rates,
            params: m.params,
            query: url.searchParams,
            req,
            shovels: this.opts.shovels,
            body: () => {
                bodyRead = true;
                return readJson(req);
            },
        });
        if (!bodyRead)
            req.resume();
        if (result === NO_CONTENT)
            return sendEmpty(res, 204);
        if (result === CREATED)
            return sendEmpty(res, 201);
        if (result instanceof CreatedAt) {
            res.writeHead(201, { location: result.location });
            return void res.end();
        }
        if (result instanceof TextResponse) {
            res.writeHead(200, {
                'content-type': result.contentType,
                'content-length': Buffer.byteLength(result.body),
            });
            res.end(result.body);
            return;
        }
        sendJson(res, 200, result);
    }
    fail(res, err) {
        if (res.headersSent) {
            res.destroy();
            return;
        }
        if (err instanceof HttpError)
            return sendJson(res, err.status, { error: err.error, reason: err.reason });
        if (err instanceof BrokerError) {
            const answer = httpAnswerOf(err);
            return sendJson(res, answer.status, answer.body);
        }
        this.broker.config.onWarning?.(`management API request failed: ${err?.stack ?? String(err)}`);
        sendJson(res, 500, { error: 'internal_error' });
    }
    listen() {
        return this.bind(this.server, this.opts.port);
    }
    /** Starts the HTTPS listener (same API, dashboard and /metrics); resolves to its port. */
    listenTls(port, tls) {
        const server = createHttpsServer({ ...tls.options, handshakeTimeout: HTTPS_HANDSHAKE_TIMEOUT_MS }, (req, res) => {
            this.handle(req, res).catch((err) => this.fail(res, err));
        });
        server.on('secureConnection', (socket) => {
            const refused = peerRefusal(socket, tls);
            if (refused) {
                this.broker.config.onWarning?.(`HTTPS ${refused} (${socket.remoteAddress})`);
                socket.destroy();
            }
        });
        // Node reports a failed or timed-out handshake here but leaves the socket open.
        server.on('tlsClientError', (_err, socket) => socket.destroy());
        this.tlsServer = server;
        return this.bind(server, port);
    }
    bind(server, port) {
        return listen(server, this.opts.host ?? '0.0.0.0', port, (err) => this.broker.config.onWarning?.(`HTTP listener: ${err.message}`));
    }
    async close() {
        await Promise.all([this.server, this.tlsServer].map((s) => {
            if (!s?.listening)
                return undefined;
            s.closeAllConnections();
            return new Promise((r) => s.close(() => r()));
        }));
    }
}
//# sourceMappingURL=server.js.map