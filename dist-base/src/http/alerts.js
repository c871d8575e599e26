// Alerts over HTTP: GET /api/alerts (the firing alerts, evaluated on demand),
// GET /api/alerts/rules (the rule set) and GET /api/alerts/prometheus-rules (the same
// rules as a Prometheus alerting-rules file over the series of GET /metrics).
import { deadLetterQueues } from '../broker/operations/alerts.js';
import { isMonitor, listedVhosts } from './access.js';
import { replayRoutes } from './replay.js';
import { TextResponse } from './router.js';
/** A PromQL string literal (double-quoted, Go escapes). */
function promString(s) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
/** A literal name as an RE2 regex. */
function reEscape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
const yamlString = (s) => JSON.stringify(s);
function duration(ms) {
    return `${Math.max(1, Math.round(ms / 1000))}s`;
}
/**
 * The PromQL expression of one rule. dlq_depth needs the topology (which queues are
 * dead-letter queues), so its expression names the dead-letter queues of `dlqs`
 * (vhost -> queue names) as they are when the file is generated.
 */
export function ruleExpression(rule, windowMs, dlqs, recentMs = 60_000, minBaselineRate = 1) {
    const q = `queue=~${promString(rule.pattern ?? '.*')}`;
    const t = String(rule.threshold);
    switch (rule.metric) {
        case 'depth':
            return `wharf_queue_messages_ready{${q}} > ${t}`;
        case 'consumer_lag':
            // queues with consumers attached, and consumer groups summed over a stream's partitions
            return (`wharf_queue_consumer_lag{${q}} > ${t}` +
                ` or sum by (vhost, group, stream) (wharf_stream_group_lag{stream=~${promString(rule.pattern ?? '.*')}}) > ${t}`);
        case 'oldest_age_seconds':
            return `wharf_queue_oldest_message_age_seconds{${q}} > ${t}`;
        case 'dead_letter_ratio': {
            const w = duration(windowMs);
            return (`increase(wharf_queue_messages_dead_lettered_total{${q}}[${w}])` +
                ` / on(vhost, queue) increase(wharf_queue_messages_published_total{${q}}[${w}]) > ${t}`);
        }
        case 'dlq_depth': {
            const parts = [];
            for (const [vhost, names] of dlqs) {
                if (names.length === 0)
                    continue;
                const set = names.map(reEscape).join('|');
                parts.push(`wharf_queue_messages{vhost=${promString(vhost)},${q},queue=~${promString(set)}} > ${t}`);
            }
            // no dead-letter queue yet: a selector that matches nothing keeps the rule valid
            return parts.length > 0 ? parts.join(' or ') : `wharf_queue_messages{${q},queue=""} > ${t}`;
        }
        case 'processing_rate_drop': {
            // the broker's own rule in PromQL: recent vs baseline delivery rate, while messages wait
            const recent = duration(recentMs);
            const base = duration(windowMs);
            const delivered = `wharf_queue_messages_delivered_total{${q}}`;
            const baseline = `rate(${delivered}[${base}] offset ${recent})`;
            return (`(1 - rate(${delivered}[${recent}]) / on(vhost, queue) ${baseline}) > ${t}` +
                ` and on(vhost, queue) ${baseline} >= ${minBaselineRate}` +
                ` and on(vhost, queue) wharf_queue_messages_ready{${q}} > 0`);
        }
    }
}
const SUMMARY = {
    depth: 'ready messages',
    consumer_lag: "ready messages while consumers are attached, or a consumer group's lag on a stream",
    oldest_age_seconds: 'age in seconds of the oldest ready message',
    dead_letter_ratio: 'dead-lettered / published messages',
    dlq_depth: 'messages in a dead-letter queue',
    processing_rate_drop: 'fraction by which the delivery rate fell against the window before',
};
/** The rules as a Prometheus alerting-rules file (YAML). */
export function prometheusRulesYaml(broker) {
    const dlqs = new Map();
    for (const v of broker.vhosts.values())
        dlqs.set(v.name, [...deadLetterQueues(v)].sort());
    const lines = [
        '# Prometheus alerting rules equivalent to the Wharf broker alert rules',
        '# (GET /api/alerts/rules), over the series of GET /metrics. Dead-letter queues',
        '# are named as they were when this file was generated.',
        'groups:',
        `  - name: ${yamlString('wharf')}`,
        '    rules:',
    ];
    for (const rule of broker.alerts.rules) {
        lines.push(`      - alert: ${yamlString(rule.name)}`, `        expr: ${yamlString(ruleExpression(rule, broker.alerts.window, dlqs, broker.alerts.recentWindow, broker.alerts.minimumBaselineRate))}`, '        labels:', `          severity: ${yamlString(rule.severity)}`, '        annotations:', `          summary: ${yamlString(`${SUMMARY[rule.metric]} above ${rule.threshold} on queue {{ $labels.vhost }}/{{ $labels.queue }}`)}`, `          value: ${yamlString('{{ $value }}')}`);
    }
    return lines.join('\n') + '\n';
}
function sendYaml(ctx) {
    return new TextResponse('text/yaml; charset=utf-8', prometheusRulesYaml(ctx.broker));
}
/** The alert routes, and dead-letter replay's (one entry in the server's route list). */
export const alertRoutes = [
    [
        'GET',
        '/api/alerts',
        (ctx) => {
            // each user sees the alerts of the vhosts it can list (monitors and administrators: all)
            const all = ctx.broker.alerts.evaluate(Date.now());
            if (!ctx.user || isMonitor(ctx.user))
                return all;
            const mine = new Set(listedVhosts(ctx).map((v) => v.name));
            return all.filter((a) => mine.has(a.vhost));
        },
    ],
    ['GET', '/api/alerts/rules', (ctx) => ctx.broker.alerts.rules],
    ['GET', '/api/alerts/prometheus-rules', sendYaml],
    ...replayRoutes,
];
//# sourceMappingURL=alerts.js.map