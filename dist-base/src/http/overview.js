// GET /api/overview: totals over what the user can see (monitors and administrators:
// everything; others: their vhosts and their own connections, as RabbitMQ).
import { hostname } from 'node:os';
import { VERSION } from '../version.js';
import { isMonitor, loginVhosts, seesSessionsOf } from './access.js';
export const nodeName = () => `wharf@${hostname()}`;
/** A queue's messages: ready + unacked (a stream reports everything it keeps). */
export function queueCounts(q) {
    const messages = q.count;
    const unacked = Math.min(q.unacked, messages);
    return { messages, ready: Math.max(0, q.ready), unacked };
}
export function messageTotals(queues) {
    let messages = 0;
    let ready = 0;
    let unacked = 0;
    for (const q of queues) {
        const c = queueCounts(q);
        messages += c.messages;
        ready += c.ready;
        unacked += c.unacked;
    }
    return { messages, messages_ready: ready, messages_unacknowledged: unacked };
}
/** Cumulative counters of the queues, RabbitMQ's message_stats names. */
export function statTotals(queues) {
    const t = { publish: 0, deliver_get: 0, ack: 0, redeliver: 0, deliver: 0, get: 0 };
    for (const q of queues) {
        const s = q.stats;
        t.publish += s.publish;
        t.deliver += s.deliver;
        t.get += s.get;
        t.deliver_get += s.deliver + s.get;
        t.ack += s.ack;
        t.redeliver += s.redeliver;
    }
    return t;
}
function* allQueues(vhosts) {
    for (const v of vhosts)
        yield* v.queues.values();
}
function overview(ctx) {
    const b = ctx.broker;
    const all = !ctx.user || isMonitor(ctx.user);
    const vhosts = all ? [...b.vhosts.values()] : loginVhosts(b, ctx.user);
    const sessions = [...b.sessions].filter((s) => seesSessionsOf(ctx, s.user));
    let exchanges = 0;
    let queues = 0;
    let consumers = 0;
    for (const v of vhosts) {
        exchanges += v.exchanges.size;
        queues += v.queues.size;
        for (const q of v.queues.values())
            consumers += q.consumers.length;
    }
    let channels = 0;
    for (const s of sessions)
        channels += s.channels().length;
    // rates are sampled per view: everything, or one user's share
    const rateKey = all ? 'overview' : `overview/${ctx.user.name}`;
    return {
        management_version: VERSION,
        rabbitmq_version: `wharf ${VERSION}`,
        product_name: 'Wharf',
        product_version: VERSION,
        node: nodeName(),
        cluster_name: nodeName(),
        object_totals: { connections: sessions.length, channels, exchanges, queues, consumers },
        queue_totals: messageTotals(allQueues(vhosts)),
        message_stats: ctx.rates.withRates(rateKey, statTotals(allQueues(vhosts))),
    };
}
export const overviewRoutes = [['GET', '/api/overview', overview]];
//# sourceMappingURL=overview.js.map