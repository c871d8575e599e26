import { BrokerError, notFound } from '../errors.js';
import { FLAG_PERSISTENT } from '../messages/message.js';
import { decodeHead, headTtl } from '../messages/record.js';
export const DEATH_REASONS = ['rejected', 'expired', 'maxlen', 'delivery_limit'];
export function deaths(headers) {
    const xd = headers?.['x-death'];
    return Array.isArray(xd)
        ? xd.filter((e) => !!e && typeof e === 'object')
        : [];
}
function asText(v) {
    if (Buffer.isBuffer(v))
        return v.toString('utf8');
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function syncAll(targets) {
    return Promise.all([...targets].map((t) => new Promise((resolve, reject) => t.sync((err) => (err ? reject(err) : resolve()))))).then(() => undefined);
}
/**
 * Replays messages of queue `queueName` in vhost `vhostName`. Examines at most the
 * queue's ready count at the start (requeued non-matching messages are not seen twice).
 */
export async function replayDeadLetters(broker, vhostName, queueName, opts = {}) {
    broker.assertOpen();
    const v = broker.vhost(vhostName);
    if (!v)
        throw notFound('vhost', vhostName, vhostName);
    const q = v.queues.get(queueName);
    if (!q)
        throw notFound('queue', queueName, vhostName);
    if (q.options.arguments['x-queue-type'] === 'stream') {
        throw new BrokerError('PRECONDITION_FAILED', `cannot replay from stream queue '${queueName}'`);
    }
    if (opts.target && !v.exchanges.has(opts.target.exchange)) {
        throw notFound('exchange', opts.target.exchange, vhostName);
    }
    const format = broker.config.format;
    const limit = opts.count ?? Number.POSITIVE_INFINITY;
    const examine = q.ready;
    const keep = [];
    const moved = [];
    const durable = new Set();
    const out = [];
    let settled = false;
    const settle = (ackMoved) => {
        if (settled || q.deleted)
            return;
        settled = true;
        for (const t of moved) {
            if (ackMoved)
                q.ack(t.position, t.level);
            else
                q.reject(t.position, t.level, true);
        }
        for (const t of keep)
            q.reject(t.position, t.level, true);
    };
    try {
        for (let i = 0; i < examine && moved.length < limit; i++) {
            const t = q.get(false);
            if (!t)
                break;
            const h = decodeHead(t.head, t.flags);
            const props = format.describe(h.properties);
            const trail = deaths(props.headers);
            if (!matches(opts, props.headers, trail)) {
                keep.push(t);
                continue;
            }
            let exchange;
            let routingKey;
            if (opts.target) {
                ({ exchange, routingKey } = opts.target);
            }
            else {
                const origin = trail[0]?.queue;
                if (typeof origin !== 'string' || !v.queues.has(origin)) {
                    keep.push(t); // nowhere to send it back to
                    continue;
                }
                exchange = '';
                routingKey = origin;
            }
            const msg = {
                exchange,
                routingKey,
                properties: h.properties,
                body: t.body,
                persistent: (t.flags & FLAG_PERSISTENT) !== 0,
                timestamp: Date.now(),
                ttl: headTtl(t.head, t.flags),
                priority: typeof props.priority === 'number' ? props.priority : undefined,
            };
            const accepted = v.publish(msg, out);
            if (!accepted || out.length === 0) {
                // unroutable or refused (x-overflow reject-publish): it stays dead-lettered
                keep.push(t);
                continue;
            }
            moved.push(t);
            for (const target of out)
                if (target.durable || target.persistsAll)
                    durable.add(target);
        }
        // the copies must be on disk before the originals go
        await syncAll(durable);
        settle(true);
    }
    catch (err) {
        // republished copies stay (at-least-once); the originals go back to the queue
        settle(false);
        throw err;
    }
    return { moved: moved.length, skipped: keep.length, remaining: q.deleted ? 0 : q.count };
}
function matches(opts, headers, trail) {
    if (opts.reason !== undefined && trail[0]?.reason !== opts.reason)
        return false;
    if (opts.header) {
        const hs = headers;
        const v = hs?.[opts.header.name];
        if (v === undefined || v === null || asText(v) !== asText(opts.header.value))
            return false;
    }
    return true;
}
//# sourceMappingURL=dead-letter-replay.js.map