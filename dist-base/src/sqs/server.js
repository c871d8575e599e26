// The SQS (and SNS) HTTP listener: one port for the AWS query protocol and AWS JSON 1.0
// (told apart by Content-Type, codec/request.ts). Each request: body read (bounded),
// signature verified against the access key's secret, action dispatched to its handler,
// answer or error written in the request's protocol. A bad request answers an error in
// that protocol's shape and leaves the connection usable; nothing here throws to Node.
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import { listen } from '../listen.js';
import { AwsError, detectProtocol, parseAwsRequest, serializeError, serializeOutput, SigningKeys, SQS_MODEL, verifySigV4, } from './codec/index.js';
import { MESSAGE_ACTIONS } from './actions-messages.js';
import { QUEUE_ACTIONS } from './actions-queues.js';
import { AccessKeys } from './access-keys.js';
import { toAwsError } from './resolve.js';
import { SqsQueues } from './sqs-queues.js';
import { MoveTasks } from './move-tasks.js';
import { registerSnsComponents, SNS_ACTIONS } from './sns/actions.js';
import { tapAllTopics } from './sns/delivery.js';
import { HttpDeliveries } from './sns/http-deliveries.js';
import { CERT_PATH, SnsSigner } from './sns/signer.js';
import { BrokerError } from '../broker/index.js';
/** SNS actions a subscriber may call unsigned: following a SubscribeURL or an UnsubscribeURL */
const ANONYMOUS_SNS = new Set(['ConfirmSubscription', 'Unsubscribe']);
const DEFAULT_MAX_BODY = 4 * 1024 * 1024;
export class SqsServer {
    broker;
    options;
    queues;
    region;
    keys;
    snsSigner;
    snsHttp;
    servers = [];
    sockets = new Set();
    handlers;
    snsHandlers = SNS_ACTIONS;
    maxBody;
    moveTasks = new MoveTasks();
    signingKeys = new SigningKeys();
    origin = 'http://127.0.0.1:9324';
    originSet = false;
    constructor(broker, options = {}) {
        this.broker = broker;
        this.options = options;
        this.region = options.region ?? 'us-east-1';
        this.queues = new SqsQueues(broker, this.region);
        this.keys = new AccessKeys(broker);
        this.maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
        this.handlers = {
            ...QUEUE_ACTIONS,
            ...MESSAGE_ACTIONS,
            StartMessageMoveTask: this.moveTasks.start,
            ListMessageMoveTasks: this.moveTasks.list,
            CancelMessageMoveTask: this.moveTasks.cancel,
        };
        this.snsSigner = new SnsSigner(broker.storage.dataDir);
        this.snsHttp = new HttpDeliveries(this, { onWarning: (msg) => broker.config.onWarning?.(msg) });
        registerSnsComponents(this);
    }
    /**
     * Once the broker is open (its queues and parameters loaded; the front is built before):
     * SQS attributes onto their engine queues, topic taps (not recorded), SNS http deliveries
     * stored before a restart.
     */
    opened() {
        this.queues.applyAll();
        tapAllTopics(this);
        this.snsHttp.start();
    }
    listen(port) {
        return this.bind(createServer((req, res) => this.onRequest(req, res, 'http')), port, 'http');
    }
    listenTls(port, tls) {
        return this.bind(createHttpsServer(tls.options, (req, res) => this.onRequest(req, res, 'https')), port, 'https');
    }
    async bind(server, port, scheme) {
        server.keepAliveTimeout = 65_000;
        server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
        this.servers.push(server);
        const host = this.options.host ?? '0.0.0.0';
        const bound = await listen(server, host, port, (err) => this.broker.config.onWarning?.(`SQS listener: ${err.message}`));
        if (!this.originSet) {
            this.originSet = true;
            const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
            this.origin = `${scheme}://${h}:${bound}`;
        }
        return bound;
    }
    async close() {
        this.moveTasks.close();
        this.snsHttp.close();
        const closing = this.servers.map((s) => new Promise((r) => s.close(() => r())));
        for (const s of this.sockets)
            s.destroy();
        await Promise.all(closing);
    }
    existingVhost(name) {
        const v = this.broker.vhost(name);
        if (!v)
            throw new BrokerError('NOT_ALLOWED', `vhost ${name} not found`, true);
        return v;
    }
    onRequest(req, res, scheme) {
        const chunks = [];
        let size = 0;
        let tooBig = false;
        req.on('data', (c) => {
            size += c.length;
            if (size > this.maxBody)
                tooBig = true;
            else
                chunks.push(c);
        });
        req.on('error', () => res.destroy());
        req.on('end', () => {
            const parts = {
                method: req.method ?? 'POST',
                url: req.url ?? '/',
                headers: req.headers,
                body: tooBig ? Buffer.alloc(0) : Buffer.concat(chunks),
            };
            this.handle(req, res, parts, scheme, tooBig).catch((err) => {
                this.broker.config.onWarning?.(`SQS request failed: ${err?.stack ?? String(err)}`);
                if (!res.headersSent) {
                    res.statusCode = 500;
                    res.end();
                }
            });
        });
    }
    async handle(req, res, parts, scheme, tooBig) {
        const requestId = randomUUID();
        if (parts.method === 'GET' && parts.url === CERT_PATH) {
            // SigningCertURL: the certificate SNS messages are signed with, for any subscriber to fetch
            const body = Buffer.from(this.snsSigner.certificate());
            res.writeHead(200, { 'content-type': 'application/x-pem-file', 'content-length': String(body.length) });
            res.end(body);
            return;
        }
        const parsed = parseAwsRequest(withPathQueueUrl(parts, `${scheme}://${req.headers.host ?? 'localhost'}`));
        const send = (p) => {
            if (res.destroyed)
                return;
            const headers = [];
            for (const name in p.headers)
                headers.push(name, p.headers[name]);
            headers.push('content-length', String(p.body.length));
            res.writeHead(p.status, headers);
            res.end(p.body);
        };
        const fail = (e) => send(serializeError(parsed.protocol, parsed.model, e, requestId));
        if (tooBig) {
            return fail(new AwsError('InvalidParameterValue', `The request body is larger than ${this.maxBody} bytes.`));
        }
        const anonymous = parsed.ok &&
            parsed.service === 'sns' &&
            ANONYMOUS_SNS.has(parsed.action) &&
            parts.headers.authorization === undefined &&
            !parts.url.includes('X-Amz-Signature=');
        const auth = anonymous
            ? { ok: true, accessKeyId: '' }
            : verifySigV4(parts, (key) => this.keys.secretOf(key, req.socket.remoteAddress), {
                keys: this.signingKeys,
            });
        if (!auth.ok)
            return fail(new AwsError(auth.code, auth.message));
        if (!parsed.ok)
            return fail(parsed.error);
        const user = anonymous ? '' : this.keys.userOf(auth.accessKeyId);
        const handler = (parsed.service === 'sqs' ? this.handlers : this.snsHandlers)[parsed.action];
        if (!handler) {
            return fail(new AwsError('InvalidAction', `The action ${parsed.action} is not valid for this endpoint.`));
        }
        // made on first use (a long poll): most actions never look at it
        let ac;
        const onClose = () => {
            if (!res.writableFinished)
                ac?.abort();
        };
        const q = parts.url.indexOf('?');
        const ctx = {
            front: this,
            protocol: parsed.protocol,
            action: parsed.action,
            input: parsed.input,
            user,
            accessKey: auth.accessKeyId,
            origin: `${scheme}://${req.headers.host ?? 'localhost'}`,
            path: q < 0 ? parts.url : parts.url.slice(0, q),
            get signal() {
                if (ac === undefined) {
                    ac = new AbortController();
                    if (res.destroyed)
                        ac.abort();
                    else
                        res.on('close', onClose);
                }
                return ac.signal;
            },
            anonymous,
            vhost: (name) => ({
                vhost: anonymous ? this.existingVhost(name) : this.broker.openVhost(user, name),
                access: this.broker.identity.access(user, name),
            }),
        };
        try {
            const output = await handler(ctx);
            send(serializeOutput(parsed.protocol, parsed.model, parsed.action, output, requestId));
        }
        catch (err) {
            fail(parsed.service === 'sns' ? snsError(toAwsError(err)) : toAwsError(err));
        }
        finally {
            if (ac !== undefined)
                res.off('close', onClose);
        }
    }
}
/**
 * Query-protocol clients may post to the queue URL itself and leave QueueUrl out (kombu's
 * asynchronous SQS client does): the path then names the queue, as in ElasticMQ. The
 * parameter is added for the codec only; the signature is checked on the request as sent.
 */
function withPathQueueUrl(parts, origin) {
    const q = parts.url.indexOf('?');
    const path = q < 0 ? parts.url : parts.url.slice(0, q);
    if (path === '/' || path === '' || detectProtocol(parts) !== 'query')
        return parts;
    const form = new URLSearchParams(parts.body.toString('utf8'));
    if (form.has('QueueUrl') || (q >= 0 && new URLSearchParams(parts.url.slice(q + 1)).has('QueueUrl')))
        return parts;
    form.set('QueueUrl', `${origin}${path}`);
    return { ...parts, body: Buffer.from(form.toString()) };
}
/** SQS-named errors in SNS's own names (its model lists *Exception shapes). */
function snsError(e) {
    switch (e.code) {
        case 'AccessDenied':
            return new AwsError('AuthorizationErrorException', e.message);
        case 'QueueDoesNotExist':
            return new AwsError('NotFoundException', e.message);
        case 'InvalidParameterValue':
        case 'MissingParameter':
            return new AwsError('InvalidParameterException', e.message);
        case 'InternalFailure':
            return new AwsError('InternalErrorException', e.message);
        default:
            return e;
    }
}
export { SQS_MODEL };
//# sourceMappingURL=server.js.map