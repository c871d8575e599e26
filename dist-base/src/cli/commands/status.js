// `wharf status`: one look at the broker for humans and scripts. Exit 0 healthy, 1 when
// the management API cannot be reached or refuses the credentials, 3 while a resource
// alarm is in effect or a critical alert fires (warnings alone leave it healthy).
import { CliError, EXIT } from '../api-client.js';
import { age, printJson, run } from './common.js';
/** Seconds since the broker process started, from /metrics (Node's process metrics). */
async function uptimeSeconds(api) {
    try {
        const { status, text } = await api.send('GET', '/metrics');
        if (status !== 200)
            return undefined;
        const m = /^wharf_process_start_time_seconds\s+(\d+(?:\.\d+)?)\s*$/m.exec(text);
        return m ? Math.max(0, Date.now() / 1000 - Number(m[1])) : undefined;
    }
    catch {
        return undefined;
    }
}
export function statusCommand(opts) {
    return run(opts, async (api) => {
        let overview;
        try {
            overview = await api.get('/api/overview');
        }
        catch (err) {
            if (opts.json && err instanceof CliError) {
                printJson({ url: opts.url, reachable: false, healthy: false, error: err.message });
            }
            throw err;
        }
        const health = await api.send('GET', '/api/health/checks/alarms');
        const alarm = health.status === 200 ? undefined : String(health.json?.reason ?? health.text);
        const alerts = (await api.get('/api/alerts'));
        const uptime = await uptimeSeconds(api);
        const critical = alerts.filter((a) => a.severity === 'critical').length;
        const warning = alerts.filter((a) => a.severity === 'warning').length;
        const problems = [];
        if (alarm !== undefined)
            problems.push(alarm);
        if (critical > 0)
            problems.push(`${critical} critical alert(s) firing`);
        const t = overview.object_totals ?? {};
        const q = overview.queue_totals ?? {};
        const report = {
            url: opts.url,
            reachable: true,
            healthy: problems.length === 0,
            problems,
            product: overview.product_name ?? 'Wharf',
            version: overview.product_version ?? null,
            node: overview.node ?? null,
            uptime_seconds: uptime === undefined ? null : Math.floor(uptime),
            alarms: alarm === undefined ? 'none' : alarm,
            object_totals: {
                connections: t.connections ?? 0,
                channels: t.channels ?? 0,
                exchanges: t.exchanges ?? 0,
                queues: t.queues ?? 0,
                consumers: t.consumers ?? 0,
            },
            queue_totals: {
                messages: q.messages ?? 0,
                messages_ready: q.messages_ready ?? 0,
                messages_unacknowledged: q.messages_unacknowledged ?? 0,
            },
            alerts: { firing: alerts.length, critical, warning },
        };
        if (opts.json)
            printJson(report);
        else {
            const o = report.object_totals;
            const m = report.queue_totals;
            const line = (k, v) => console.log(`${`${k}:`.padEnd(13)}${v}`);
            console.log(`${report.product} ${report.version ?? ''} on ${report.node ?? '?'} at ${opts.url}`);
            line('uptime', uptime === undefined ? 'unknown' : age(uptime));
            line('alarms', report.alarms);
            line('objects', `${o.connections} connection(s), ${o.channels} channel(s), ${o.queues} queue(s), ` +
                `${o.exchanges} exchange(s), ${o.consumers} consumer(s)`);
            line('messages', `${m.messages} (${m.messages_ready} ready, ${m.messages_unacknowledged} unacked)`);
            line('alerts', alerts.length === 0
                ? 'none firing'
                : `${alerts.length} firing (${critical} critical, ${warning} warning)`);
            line('status', report.healthy ? 'healthy' : `UNHEALTHY: ${problems.join('; ')}`);
        }
        return report.healthy ? EXIT.OK : EXIT.UNHEALTHY;
    });
}
//# sourceMappingURL=status.js.map