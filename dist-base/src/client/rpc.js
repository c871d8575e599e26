// Request-reply over RabbitMQ's direct reply-to: the requester consumes the pseudo-queue
// `amq.rabbitmq.reply-to` (no ack) on one channel and publishes its requests on that same
// channel, as direct reply-to requires; replies are matched by correlation id. A
// responder answers with `x-rpc-status: ok` and the result, or `error` and the handler's
// error name and message, which the requester raises as a RemoteError.
import { closeChannel } from './close-channel.js';
import { randomUUID } from 'node:crypto';
import { buildProperties, decodeBody, encodeBody } from './envelope.js';
import { asError, ClientClosedError, isPermanent, RemoteError, RequestError } from './errors.js';
import { validate } from './schema.js';
import { childOf, newTrace } from './tracing.js';
export const REPLY_TO = 'amq.rabbitmq.reply-to';
/** Reply header: `ok` or `error`. */
export const RPC_STATUS_HEADER = 'x-rpc-status';
export class RpcClient {
    events;
    tracing;
    whenOpen;
    ch;
    pending = new Map();
    attaching;
    used = false;
    closed = false;
    constructor(events, tracing, whenOpen) {
        this.events = events;
        this.tracing = tracing;
        this.whenOpen = whenOpen;
    }
    /** Restore hook: only once a request was made does a reconnect open the reply channel again. */
    async restore(conn) {
        if (this.used && !this.closed)
            await this.open(conn);
    }
    /** The connection is gone: replies to requests sent on it can never arrive. */
    detach() {
        this.ch = undefined;
        this.attaching = undefined;
        this.failAll(new RequestError('connection lost before the reply', 'closed'));
    }
    failAll(err) {
        for (const [id, p] of this.pending) {
            this.pending.delete(id);
            p.cleanup();
            p.reject(err);
        }
    }
    async open(conn) {
        const ch = await conn.createChannel();
        ch.on('error', (err) => this.events.emit('error', err));
        ch.on('close', () => {
            if (this.ch !== ch)
                return;
            this.ch = undefined;
            this.failAll(new RequestError('reply channel closed before the reply', 'closed'));
        });
        ch.on('return', (msg) => this.onReturn(msg));
        await ch.consume(REPLY_TO, (msg) => this.onReply(msg), { noAck: true });
        this.ch = ch;
        return ch;
    }
    async channel() {
        if (this.ch)
            return this.ch;
        this.used = true;
        this.attaching ??= this.whenOpen().then((conn) => this.open(conn));
        try {
            return await this.attaching;
        }
        finally {
            this.attaching = undefined;
        }
    }
    onReturn(msg) {
        const id = msg.properties.correlationId;
        const p = id ? this.pending.get(id) : undefined;
        if (!p || !id)
            return;
        this.pending.delete(id);
        p.cleanup();
        const f = msg.fields;
        p.reject(new RequestError(`request unroutable: ${f.replyCode} ${f.replyText} (routing key '${f.routingKey}')`, 'unroutable'));
    }
    onReply(msg) {
        if (!msg)
            return;
        const id = msg.properties.correlationId;
        const p = id ? this.pending.get(id) : undefined;
        if (!p || !id)
            return; // late reply to a timed-out request
        this.pending.delete(id);
        p.cleanup();
        const headers = (msg.properties.headers ?? {});
        let body;
        try {
            body = decodeBody(msg.content, msg.properties.contentType);
        }
        catch (err) {
            p.reject(asError(err));
            return;
        }
        if (String(headers[RPC_STATUS_HEADER] ?? 'ok') === 'error') {
            const e = (body ?? {});
            p.reject(new RemoteError(String(e.message ?? 'remote error'), String(e.name ?? 'Error'), e.permanent === true));
            return;
        }
        if (p.replySchema) {
            validate(p.replySchema, body, 'reply').then(p.resolve, p.reject);
            return;
        }
        p.resolve(body);
    }
    async request(queue, payload, options = {}) {
        if (this.closed)
            throw new ClientClosedError();
        const timeoutMs = options.timeoutMs ?? 10_000;
        const signal = options.signal;
        if (signal?.aborted)
            throw new RequestError('request aborted', 'aborted');
        const correlationId = randomUUID();
        const { body, contentType } = encodeBody(payload, options.contentType);
        const parent = this.tracing.current();
        const trace = parent ? childOf(parent) : newTrace();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                if (!this.pending.delete(correlationId))
                    return;
                cleanup();
                reject(new RequestError(`no reply from '${queue}' within ${timeoutMs} ms`, 'timeout'));
            }, timeoutMs);
            const onAbort = () => {
                if (!this.pending.delete(correlationId))
                    return;
                cleanup();
                reject(new RequestError('request aborted', 'aborted'));
            };
            const cleanup = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
            };
            const entry = { resolve: resolve, reject, cleanup };
            if (options.replySchema)
                entry.replySchema = options.replySchema;
            this.pending.set(correlationId, entry);
            signal?.addEventListener('abort', onAbort, { once: true });
            this.channel()
                .then((ch) => {
                if (!this.pending.has(correlationId))
                    return;
                const props = buildProperties({
                    ...options,
                    correlationId,
                    replyTo: REPLY_TO,
                    mandatory: true,
                    persistent: options.persistent ?? false,
                    // A request nobody took in time is worthless: let the broker drop it.
                    expirationMs: options.expirationMs ?? timeoutMs,
                }, contentType, trace);
                ch.publish(options.exchange ?? '', queue, body, props);
            })
                .catch((err) => {
                if (!this.pending.delete(correlationId))
                    return;
                cleanup();
                reject(err instanceof ClientClosedError ? new RequestError('client closed', 'closed') : asError(err));
            });
        });
    }
    async close() {
        this.closed = true;
        this.failAll(new RequestError('client closed before the reply', 'closed'));
        const ch = this.ch;
        this.ch = undefined;
        if (ch)
            await closeChannel(ch);
    }
}
/** The reply body and headers for a handler's result or error. */
export function replyFor(result) {
    if (result.ok)
        return { payload: result.value ?? null, headers: { [RPC_STATUS_HEADER]: 'ok' } };
    const err = asError(result.error);
    return {
        payload: { name: err.name, message: err.message, permanent: isPermanent(err) },
        headers: { [RPC_STATUS_HEADER]: 'error' },
    };
}
//# sourceMappingURL=rpc.js.map