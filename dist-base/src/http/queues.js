// Queues: listing, details, purge, and fetching messages (POST .../get).
import { deadLetterQueues } from '../broker/operations/alerts.js';
import { deadLetterReasons } from '../broker/dead-letters/dead-letter-reasons.js';
import { decodeHead } from '../broker/index.js';
import { asObject, badRequest } from './json.js';
import { listWithQuery } from './pagination.js';
import { accessIn, asUser, listedVhosts } from './access.js';
import { queueOf, vhostOf } from './lookup.js';
import { queueCounts } from './overview.js';
import { NO_CONTENT } from './router.js';
function queueType(q) {
    const t = q.options.arguments['x-queue-type'];
    return t === 'quorum' || t === 'stream' ? t : 'classic';
}
/** `dlqs`: the vhost's dead-letter queues (see deadLetterQueues), computed once per request. */
export function queueJson(ctx, q, dlqs) {
    const c = queueCounts(q);
    const s = q.stats;
    const oldest = q.options.arguments['x-queue-type'] === 'stream' ? undefined : safeOldest(q);
    return {
        name: q.name,
        vhost: q.vhost,
        durable: q.options.durable,
        auto_delete: q.options.autoDelete,
        exclusive: q.options.exclusive,
        arguments: q.options.arguments,
        type: queueType(q),
        policy: q.policy?.name ?? null,
        operator_policy: null,
        effective_policy_definition: q.policy?.definition ?? {},
        state: 'running',
        messages: c.messages,
        messages_ready: c.ready,
        messages_unacknowledged: c.unacked,
        consumers: q.consumers.length,
        message_bytes: q.bytes,
        message_stats: ctx.rates.withRates(`queue\u0000${q.vhost}\u0000${q.name}`, {
            publish: s.publish,
            deliver: s.deliver,
            get: s.get,
            deliver_get: s.deliver + s.get,
            ack: s.ack,
            redeliver: s.redeliver,
        }),
        head_message_timestamp: oldest === undefined ? null : Math.floor(oldest / 1000),
        oldest_message_age_seconds: oldest === undefined ? 0 : Math.max(0, (Date.now() - oldest) / 1000),
        dead_lettered: s.deadLettered,
        dead_letter_queue: dlqs.has(q.name),
        consumer_lag: q.consumerLag(),
    };
}
function safeOldest(q) {
    try {
        return q.oldestReadyAt();
    }
    catch {
        return undefined;
    }
}
/** The queues of `vhosts`, filtered, sorted and paged by RabbitMQ's list parameters. */
function queuesJson(ctx, vhosts) {
    const dlqs = new Map(vhosts.map((v) => [v.name, deadLetterQueues(v)]));
    const all = vhosts.flatMap((v) => [...v.queues.values()]);
    return listWithQuery(ctx.query, all, {
        name: (q) => q.name,
        field: queueField,
        json: (q) => queueJson(ctx, q, dlqs.get(q.vhost)),
    });
}
/** Sort fields read straight off the queue (the dashboard's columns), without rendering it. */
function queueField(q, field) {
    if (!q)
        return undefined;
    switch (field) {
        case 'name':
            return q.name;
        case 'vhost':
            return q.vhost;
        case 'messages':
        case 'messages_ready':
        case 'messages_unacknowledged': {
            const c = queueCounts(q);
            return field === 'messages' ? c.messages : field === 'messages_ready' ? c.ready : c.unacked;
        }
        case 'consumers':
            return q.consumers.length;
        case 'consumer_lag':
            return q.consumerLag();
        case 'message_bytes':
            return q.bytes;
        case 'oldest_message_age_seconds': {
            const oldest = q.options.arguments['x-queue-type'] === 'stream' ? undefined : safeOldest(q);
            return oldest === undefined ? 0 : Math.max(0, (Date.now() - oldest) / 1000);
        }
        default:
            return undefined;
    }
}
const ACK_MODES = ['ack_requeue_true', 'ack_requeue_false', 'reject_requeue_true', 'reject_requeue_false'];
const utf8 = new TextDecoder('utf-8', { fatal: true });
function payloadOf(body, encoding) {
    if (encoding === 'auto') {
        try {
            return [utf8.decode(body), 'string'];
        }
        catch {
            // not text
        }
    }
    return [body.toString('base64'), 'base64'];
}
async function getMessages(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const q = queueOf(v, ctx.params.name);
    asUser(() => accessIn(ctx, v).check('read', 'queue', q.name));
    const req = asObject(await ctx.body());
    const count = req.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        throw badRequest("'count' must be a positive integer");
    }
    const ackmode = req.ackmode;
    if (typeof ackmode !== 'string' || !ACK_MODES.includes(ackmode)) {
        throw badRequest(`'ackmode' must be one of ${ACK_MODES.join(', ')}`);
    }
    const encoding = req.encoding ?? 'auto';
    if (encoding !== 'auto' && encoding !== 'base64')
        throw badRequest("'encoding' must be auto or base64");
    const truncate = req.truncate;
    if (truncate !== undefined && (typeof truncate !== 'number' || truncate < 0)) {
        throw badRequest("'truncate' must be a non-negative number");
    }
    const format = ctx.broker.config.format;
    const taken = [];
    const out = [];
    try {
        for (let i = 0; i < count; i++) {
            const t = q.get(false);
            if (!t)
                break;
            taken.push(t);
            const h = decodeHead(t.head, t.flags);
            const body = truncate === undefined ? t.body : t.body.subarray(0, truncate);
            const [payload, payloadEncoding] = payloadOf(body, encoding);
            out.push({
                payload_bytes: t.body.length,
                redelivered: t.redelivered,
                exchange: h.exchange,
                routing_key: h.routingKey,
                message_count: Math.max(0, q.ready),
                properties: format.describe(h.properties),
                payload,
                payload_encoding: payloadEncoding,
            });
        }
    }
    finally {
        // settle only after taking them all, so a requeued message is not fetched twice
        for (const t of taken) {
            if (ackmode === 'ack_requeue_false')
                q.ack(t.position, t.level);
            else
                q.reject(t.position, t.level, ackmode.endsWith('_true'));
        }
    }
    return out;
}
export const queueRoutes = [
    ['GET', '/api/queues', (ctx) => queuesJson(ctx, listedVhosts(ctx))],
    ['GET', '/api/queues/:vhost', (ctx) => queuesJson(ctx, [vhostOf(ctx.broker, ctx.params.vhost)])],
    [
        'GET',
        '/api/queues/:vhost/:name',
        (ctx) => {
            const v = vhostOf(ctx.broker, ctx.params.vhost);
            const q = queueOf(v, ctx.params.name);
            const json = queueJson(ctx, q, deadLetterQueues(v));
            // a dead-letter queue's depth by reason: read here only, not in listings (it looks at messages)
            if (json.dead_letter_queue) {
                const r = deadLetterReasons(q, ctx.broker.config.format);
                json.dead_letter_reasons = r.byReason;
                json.dead_letter_reasons_complete = r.complete;
            }
            return json;
        },
    ],
    [
        'DELETE',
        '/api/queues/:vhost/:name/contents',
        (ctx) => {
            const v = vhostOf(ctx.broker, ctx.params.vhost);
            const q = queueOf(v, ctx.params.name);
            asUser(() => accessIn(ctx, v).check('read', 'queue', q.name));
            v.purgeQueue(q.name, q.options.owner);
            return NO_CONTENT;
        },
    ],
    ['POST', '/api/queues/:vhost/:name/get', getMessages],
];
//# sourceMappingURL=queues.js.map