import { printJson, rate, run, table } from './common.js';
export function overviewCommand(opts) {
    return run(opts, async (api) => {
        const o = await api.get('/api/overview');
        if (opts.json)
            return printJson(o);
        const t = o.object_totals ?? {};
        const q = o.queue_totals ?? {};
        const s = o.message_stats ?? {};
        console.log(`${o.product_name ?? 'Wharf'} ${o.product_version ?? ''} on ${o.node ?? '?'}`.trim());
        console.log(table(['connections', 'channels', 'exchanges', 'queues', 'consumers'], [[t.connections, t.channels, t.exchanges, t.queues, t.consumers].map((x) => String(x ?? 0))]));
        console.log();
        console.log(table(['messages', 'ready', 'unacked', 'publish/s', 'deliver/s', 'ack/s', 'redeliver/s'], [
            [
                String(q.messages ?? 0),
                String(q.messages_ready ?? 0),
                String(q.messages_unacknowledged ?? 0),
                rate(s, 'publish'),
                rate(s, 'deliver_get'),
                rate(s, 'ack'),
                rate(s, 'redeliver'),
            ],
        ]));
    });
}
//# sourceMappingURL=overview.js.map