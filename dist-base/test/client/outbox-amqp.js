// Test-only AMQP plumbing for the outbox and saga tests, on amqplib: a confirmed
// Publisher (the contract the relay needs; the SDK's client can replace it) and a
// consumer that hands Envelopes to a handler and acks after it resolves.
import { randomUUID } from 'node:crypto';
import { connect } from 'amqplib';
import { HEADER, PublishError, } from '../../src/client/types.js';
export class AmqpTestPublisher {
    conn;
    ch;
    /** Message ids the broker returned as unroutable; their confirm then rejects. */
    #returned = new Set();
    constructor(conn, ch) {
        this.conn = conn;
        this.ch = ch;
        ch.on('return', (m) => {
            if (typeof m.properties.messageId === 'string')
                this.#returned.add(m.properties.messageId);
        });
    }
    static async open(url) {
        const conn = await connect(url);
        conn.on('error', () => { });
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => { });
        return new AmqpTestPublisher(conn, ch);
    }
    publish(exchange, routingKey, payload, options = {}) {
        const messageId = options.messageId ?? randomUUID();
        let body;
        let contentType = options.contentType;
        if (Buffer.isBuffer(payload))
            body = payload;
        else if (typeof payload === 'string') {
            body = Buffer.from(payload);
            contentType ??= 'text/plain';
        }
        else {
            body = Buffer.from(JSON.stringify(payload ?? null));
            contentType ??= 'application/json';
        }
        const headers = { ...options.headers };
        if (options.schemaVersion !== undefined)
            headers[HEADER.schemaVersion] = options.schemaVersion;
        return new Promise((resolve, reject) => {
            try {
                this.ch.publish(exchange, routingKey, body, {
                    messageId,
                    contentType,
                    type: options.type,
                    correlationId: options.correlationId,
                    replyTo: options.replyTo,
                    headers,
                    persistent: options.persistent ?? true,
                    mandatory: options.mandatory ?? true,
                    priority: options.priority,
                    expiration: options.expirationMs === undefined ? undefined : String(options.expirationMs),
                    timestamp: Math.floor(Date.now() / 1000),
                }, (err) => {
                    if (this.#returned.delete(messageId))
                        reject(new PublishError('unroutable', 'unroutable'));
                    else if (err)
                        reject(new PublishError(String(err), 'nack'));
                    else
                        resolve();
                });
            }
            catch (err) {
                reject(new PublishError(err.message, 'closed'));
            }
        });
    }
    async close() {
        await this.conn.close().catch(() => { });
    }
}
/** The Envelope a handler sees, built from an amqplib delivery. */
export function toEnvelope(m) {
    const p = m.properties;
    const contentType = typeof p.contentType === 'string' ? p.contentType : undefined;
    let payload = m.content;
    if (contentType === 'application/json')
        payload = JSON.parse(m.content.toString());
    else if (contentType?.startsWith('text/'))
        payload = m.content.toString();
    const headers = (p.headers ?? {});
    return {
        id: String(p.messageId ?? ''),
        type: typeof p.type === 'string' ? p.type : undefined,
        timestamp: typeof p.timestamp === 'number' ? new Date(p.timestamp * 1000) : undefined,
        correlationId: typeof p.correlationId === 'string' ? p.correlationId : undefined,
        headers,
        payload,
        body: m.content,
        contentType,
        exchange: m.fields.exchange,
        routingKey: m.fields.routingKey,
        redelivered: m.fields.redelivered,
        attempt: 1,
    };
}
/**
 * Consumes `queue` on its own connection: the handler's promise decides ack (resolved)
 * or requeue (rejected), as the SDK's consumer does.
 */
export async function consumeQueue(url, queue, handler, prefetch = 50) {
    const conn = await connect(url);
    conn.on('error', () => { });
    const ch = await conn.createChannel();
    ch.on('error', () => { });
    await ch.prefetch(prefetch);
    await ch.consume(queue, (m) => {
        if (!m)
            return;
        // ack/nack throw once the channel is gone (test teardown); the broker requeues then.
        handler(toEnvelope(m)).then(() => quietly(() => ch.ack(m)), () => quietly(() => ch.nack(m, false, true)));
    });
    return { close: () => conn.close().catch(() => { }) };
}
function quietly(fn) {
    try {
        fn();
    }
    catch {
        // channel already closed
    }
}
/** A fresh direct exchange and a durable queue bound to it with `routingKey`. */
export async function declareRoute(url, name, routingKey = 'rk') {
    const conn = await connect(url);
    conn.on('error', () => { });
    try {
        const ch = await conn.createChannel();
        await ch.assertExchange(name, 'direct', { durable: true });
        await ch.assertQueue(name, { durable: true });
        await ch.bindQueue(name, name, routingKey);
    }
    finally {
        await conn.close().catch(() => { });
    }
    return {
        exchange: name,
        queue: name,
        routingKey,
        remove: async () => {
            const c = await connect(url);
            c.on('error', () => { });
            try {
                const ch = await c.createChannel();
                await ch.deleteQueue(name);
                await ch.deleteExchange(name);
            }
            finally {
                await c.close().catch(() => { });
            }
        },
    };
}
/** Every envelope delivered on `queue`, in arrival order (acked). */
export async function collect(url, queue) {
    const got = [];
    const consumer = await consumeQueue(url, queue, async (env) => {
        got.push(env);
    });
    return { got, close: consumer.close };
}
//# sourceMappingURL=outbox-amqp.js.map