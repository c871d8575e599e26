// `wharf alerts` (exit code 1 while a critical alert fires) and `wharf dlq list|replay`.
import type { ApiOptions } from '../api-client.js';
import { age, type Json, noSuchQueue, printJson, run, table } from './common.js';

const num = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v));

function alertRows(alerts: Json[]): string[][] {
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

export function alertsCommand(opts: ApiOptions): Promise<void> {
  return run(opts, async (api) => {
    const alerts = (await api.get('/api/alerts')) as Json[];
    const critical = alerts.some((a) => a.severity === 'critical');
    if (opts.json) printJson(alerts);
    else if (alerts.length === 0) console.log('no alerts firing');
    else {
      console.log(
        table(
          ['severity', 'rule', 'vhost', 'queue', 'value', 'threshold', 'for'],
          alertRows(alerts),
          [4, 5, 6],
        ),
      );
    }
    return critical ? 1 : 0;
  });
}

export function dlqListCommand(opts: ApiOptions): Promise<void> {
  return run(opts, async (api) => {
    const rules = (await api.get('/api/alerts/rules')) as Json[];
    const names = new Set(rules.filter((r) => r.metric === 'dlq_depth').map((r) => r.name));
    const alerts = (await api.get('/api/alerts')) as Json[];
    const seen = new Map<string, Json>();
    for (const a of alerts) {
      if (!names.has(a.rule) || a.vhost !== opts.vhost) continue;
      if (!seen.has(a.queue)) seen.set(a.queue, a);
    }
    const list = [...seen.values()].map((a) => ({ vhost: a.vhost, queue: a.queue, messages: a.value }));
    if (opts.json) return printJson(list);
    if (list.length === 0) {
      console.log('no dead-letter queue holds messages');
      return;
    }
    console.log(
      table(
        ['queue', 'messages'],
        list.map((d) => [String(d.queue), String(d.messages)]),
        [1],
      ),
    );
  });
}

export interface ReplayOptions extends ApiOptions {
  count?: number;
  reason?: string;
  toExchange?: string;
  routingKey?: string;
}

export function dlqReplayCommand(queue: string, opts: ReplayOptions): Promise<void> {
  return run(opts, async (api) => {
    const body: Record<string, unknown> = {};
    if (opts.count !== undefined) body.count = opts.count;
    if (opts.reason !== undefined) body.reason = opts.reason;
    if (opts.toExchange !== undefined || opts.routingKey !== undefined) {
      body.target = { exchange: opts.toExchange ?? '', routing_key: opts.routingKey ?? '' };
    }
    const r: Json = await api.request(
      'POST',
      api.path('queues', queue, '/replay'),
      body,
      noSuchQueue(queue, opts.vhost),
    );
    if (opts.json) return printJson(r);
    console.log(`moved ${r.moved}, skipped ${r.skipped}, remaining ${r.remaining}`);
  });
}
