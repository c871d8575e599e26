// `wharf alerts` (exit code 3 while a critical alert fires) and `wharf dlq list|replay`.
import { CliError, EXIT } from '../api-client.js';
import { age, Interrupt, noSuchQueue, printJson, run, table } from './common.js';
import { ProgressBar } from './progress.js';
const num = (v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v));
function alertRows(alerts) {
    const now = Date.now();
    return alerts.map((a) => [
        String(a.severity),
        String(a.rule),
        String(a.vhost),
        String(a.queue),
        num(a.value),
        num(a.threshold),
        typeof a.since === 'number' ? age((now - a.since) / 1000) : '-',
    ]);
}
export function alertsCommand(opts) {
    return run(opts, async (api) => {
        const alerts = (await api.get('/api/alerts'));
        const critical = alerts.some((a) => a.severity === 'critical');
        if (opts.json)
            printJson(alerts);
        else if (alerts.length === 0)
            console.log('no alerts firing');
        else {
            console.log(table(['severity', 'rule', 'vhost', 'queue', 'value', 'threshold', 'for'], alertRows(alerts), [4, 5, 6]));
        }
        return critical ? EXIT.UNHEALTHY : EXIT.OK;
    });
}
export function dlqListCommand(opts) {
    return run(opts, async (api) => {
        const rules = (await api.get('/api/alerts/rules'));
        const names = new Set(rules.filter((r) => r.metric === 'dlq_depth').map((r) => r.name));
        const alerts = (await api.get('/api/alerts'));
        const seen = new Map();
        for (const a of alerts) {
            if (!names.has(a.rule) || a.vhost !== opts.vhost)
                continue;
            if (!seen.has(a.queue))
                seen.set(a.queue, a);
        }
        const list = [...seen.values()].map((a) => ({ vhost: a.vhost, queue: a.queue, messages: a.value }));
        if (opts.json)
            return printJson(list);
        if (list.length === 0) {
            console.log('no dead-letter queue holds messages');
            return;
        }
        console.log(table(['queue', 'messages'], list.map((d) => [String(d.queue), String(d.messages)]), [1]));
    });
}
/** Messages moved per replay request: each request is answered once its moves are synced. */
export const REPLAY_CHUNK = 500;
/**
 * `wharf dlq replay`: calls the replay endpoint with count <= --chunk until it moved
 * --count messages or the queue's ready count when it started, whichever is fewer (so
 * messages that die again meanwhile are not chased forever), or until a request moves
 * fewer than it asked for (nothing left that matches). Draws a progress bar on stderr
 * when it is a terminal.
 */
export function dlqReplayCommand(queue, opts) {
    return run(opts, async (api) => {
        const base = {};
        if (opts.reason !== undefined)
            base.reason = opts.reason;
        if (opts.header !== undefined) {
            const eq = opts.header.indexOf('=');
            if (eq <= 0)
                throw new CliError(`--header expects name=value, got '${opts.header}'`);
            base.header = { name: opts.header.slice(0, eq), value: opts.header.slice(eq + 1) };
        }
        if (opts.toExchange !== undefined || opts.routingKey !== undefined) {
            base.target = { exchange: opts.toExchange ?? '', routing_key: opts.routingKey ?? '' };
        }
        const missing = noSuchQueue(queue, opts.vhost);
        const info = await api.get(api.path('queues', queue), missing);
        // never more than were ready at the start: replayed messages that die again are not chased
        const ready = Number(info.messages_ready ?? 0);
        const total = Math.min(opts.count ?? ready, ready);
        const chunk = opts.chunk ?? REPLAY_CHUNK;
        const bar = ProgressBar.maybe(opts, total, 'moved');
        const interrupt = new Interrupt();
        let moved = 0;
        let requests = 0;
        let last = { moved: 0, skipped: 0, remaining: Number(info.messages ?? 0) };
        try {
            while (moved < total && !interrupt.stopped) {
                const n = Math.min(chunk, total - moved);
                last = await api.request('POST', api.path('queues', queue, '/replay'), { ...base, count: n }, missing);
                requests++;
                moved += Number(last.moved);
                bar?.update(moved);
                if (last.moved < n)
                    break; // the queue holds no more messages that match
            }
        }
        finally {
            interrupt.dispose();
            bar?.finish();
        }
        // skipped: what the last request examined and left (earlier ones saw the same messages)
        const result = { moved, skipped: Number(last.skipped), remaining: Number(last.remaining), requests };
        if (opts.json)
            printJson(result);
        else
            console.log(`moved ${result.moved}, skipped ${result.skipped}, remaining ${result.remaining}`);
        return interrupt.stopped ? EXIT.INTERRUPTED : EXIT.OK;
    });
}
//# sourceMappingURL=alerts.js.map