import { age, noSuchQueue, printJson, rate, run, table } from './common.js';
export function queuesCommand(opts) {
    return run(opts, async (api) => {
        const sort = opts.sort ?? 'name';
        if (!['depth', 'name', 'age'].includes(sort))
            throw new Error(`--sort must be depth, name or age`);
        const list = (await api.get(api.path('queues'), `no such vhost '${opts.vhost}'`));
        if (sort === 'name')
            list.sort((a, b) => String(a.name).localeCompare(String(b.name)));
        else if (sort === 'depth')
            list.sort((a, b) => (b.messages ?? 0) - (a.messages ?? 0));
        else
            list.sort((a, b) => (b.oldest_message_age_seconds ?? 0) - (a.oldest_message_age_seconds ?? 0));
        if (opts.json)
            return printJson(list);
        const rows = list.map((q) => [
            String(q.name),
            String(q.type ?? 'classic'),
            String(q.messages_ready ?? 0),
            String(q.messages_unacknowledged ?? 0),
            String(q.consumers ?? 0),
            age(q.oldest_message_age_seconds),
            rate(q.message_stats, 'publish'),
            rate(q.message_stats, 'deliver_get'),
        ]);
        console.log(table(['name', 'type', 'ready', 'unacked', 'consumers', 'oldest', 'publish/s', 'deliver/s'], rows, [2, 3, 4, 5, 6, 7]));
    });
}
/** A header or property value on one line: scalars as they are, the rest as compact JSON. */
function valueText(v) {
    if (v === null || v === undefined)
        return String(v);
    if (typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
const PROPERTY_ORDER = [
    'content_type',
    'content_encoding',
    'delivery_mode',
    'priority',
    'correlation_id',
    'reply_to',
    'expiration',
    'message_id',
    'timestamp',
    'type',
    'user_id',
    'app_id',
    'cluster_id',
];
function propertyText(key, v) {
    if (key === 'delivery_mode')
        return `${v}${v === 2 ? ' (persistent)' : v === 1 ? ' (transient)' : ''}`;
    if (key === 'timestamp' && typeof v === 'number') {
        const d = new Date(v * 1000);
        return Number.isNaN(d.getTime()) ? String(v) : `${v} (${d.toISOString()})`;
    }
    return valueText(v);
}
/** The lines `wharf peek` prints for one message of POST .../get. */
export function messageLines(m, index, total) {
    const p = m.properties ?? {};
    const out = [];
    const flags = [`${m.payload_bytes} bytes`];
    if (m.redelivered)
        flags.push('redelivered');
    out.push(`--- message ${index + 1} of ${total} (${flags.join(', ')})`);
    out.push(`exchange:     ${m.exchange === '' ? "'' (default)" : m.exchange}`);
    out.push(`routing key:  ${m.routing_key}`);
    const keys = [
        ...PROPERTY_ORDER.filter((k) => p[k] !== undefined),
        ...Object.keys(p).filter((k) => k !== 'headers' && !PROPERTY_ORDER.includes(k) && p[k] !== undefined),
    ];
    if (keys.length > 0) {
        out.push('properties:');
        for (const k of keys)
            out.push(`  ${`${k}:`.padEnd(18)}${propertyText(k, p[k])}`);
    }
    const headers = p.headers && typeof p.headers === 'object' ? Object.entries(p.headers) : [];
    if (headers.length > 0) {
        out.push('headers:');
        for (const [k, v] of headers) {
            if (Array.isArray(v) && v.length > 0 && v.every((e) => e && typeof e === 'object')) {
                // x-death and the like: one table entry per line
                out.push(`  ${k}:`);
                for (const e of v) {
                    const fields = Object.entries(e).map(([f, x]) => `${f}=${valueText(x)}`);
                    out.push(`    - ${fields.join(' ')}`);
                }
            }
            else {
                out.push(`  ${`${k}:`.padEnd(18)}${valueText(v)}`);
            }
        }
    }
    out.push(`payload${m.payload_encoding === 'base64' ? ' (base64, not UTF-8 text)' : ''}:`);
    out.push(String(m.payload));
    return out;
}
export function queueGetCommand(name, opts) {
    return run(opts, async (api) => {
        const body = {
            count: opts.count ?? 1,
            ackmode: opts.ack ? 'ack_requeue_false' : 'ack_requeue_true',
            encoding: 'auto',
        };
        const msgs = (await api.request('POST', api.path('queues', name, '/get'), body, noSuchQueue(name, opts.vhost)));
        if (opts.json)
            return printJson(msgs);
        if (msgs.length === 0) {
            console.log(`queue '${name}' is empty`);
            return;
        }
        msgs.forEach((m, i) => console.log(messageLines(m, i, msgs.length).join('\n')));
        console.log(opts.ack
            ? `${msgs.length} message(s) removed`
            : `${msgs.length} message(s) requeued (peek), ${msgs.length + (msgs.at(-1)?.message_count ?? 0)} ready`);
    });
}
/** `wharf peek`: `queue get` that always requeues. */
export function peekCommand(name, opts) {
    return queueGetCommand(name, { ...opts, ack: false });
}
export function queuePurgeCommand(name, opts) {
    return run(opts, async (api) => {
        const r = await api.request('DELETE', api.path('queues', name, '/contents'), undefined, noSuchQueue(name, opts.vhost));
        if (opts.json)
            return printJson(r ?? {});
        console.log(`purged queue '${name}'`);
    });
}
//# sourceMappingURL=queues.js.map