// `wharf queues`, `wharf queue get`, `wharf queue purge`.
import type { ApiOptions } from '../api-client.js';
import { age, type Json, noSuchQueue, printJson, rate, run, table } from './common.js';

export interface QueuesOptions extends ApiOptions {
  sort?: string;
}

export function queuesCommand(opts: QueuesOptions): Promise<void> {
  return run(opts, async (api) => {
    const sort = opts.sort ?? 'name';
    if (!['depth', 'name', 'age'].includes(sort)) throw new Error(`--sort must be depth, name or age`);
    const list: Json[] = (await api.get(api.path('queues'), `no such vhost '${opts.vhost}'`)) as Json[];
    if (sort === 'name') list.sort((a, b) => String(a.name).localeCompare(String(b.name)));
    else if (sort === 'depth') list.sort((a, b) => (b.messages ?? 0) - (a.messages ?? 0));
    else list.sort((a, b) => (b.oldest_message_age_seconds ?? 0) - (a.oldest_message_age_seconds ?? 0));
    if (opts.json) return printJson(list);
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
    console.log(
      table(
        ['name', 'type', 'ready', 'unacked', 'consumers', 'oldest', 'publish/s', 'deliver/s'],
        rows,
        [2, 3, 4, 5, 6, 7],
      ),
    );
  });
}

export interface GetOptions extends ApiOptions {
  count?: number;
  ack?: boolean;
}

export function queueGetCommand(name: string, opts: GetOptions): Promise<void> {
  return run(opts, async (api) => {
    const body = {
      count: opts.count ?? 1,
      ackmode: opts.ack ? 'ack_requeue_false' : 'ack_requeue_true',
      encoding: 'auto',
    };
    const msgs = (await api.request(
      'POST',
      api.path('queues', name, '/get'),
      body,
      noSuchQueue(name, opts.vhost),
    )) as Json[];
    if (opts.json) return printJson(msgs);
    if (msgs.length === 0) {
      console.log(`queue '${name}' is empty`);
      return;
    }
    msgs.forEach((m, i) => {
      const p = m.properties ?? {};
      console.log(`--- message ${i + 1} (${m.payload_bytes} bytes${m.redelivered ? ', redelivered' : ''})`);
      console.log(`exchange:     ${m.exchange === '' ? "'' (default)" : m.exchange}`);
      console.log(`routing key:  ${m.routing_key}`);
      for (const key of ['content_type', 'delivery_mode', 'message_id', 'correlation_id', 'timestamp']) {
        if (p[key] !== undefined) console.log(`${`${key.replace('_', ' ')}:`.padEnd(14)}${p[key]}`);
      }
      if (p.headers && Object.keys(p.headers).length > 0) {
        console.log(`headers:      ${JSON.stringify(p.headers)}`);
      }
      console.log(`payload${m.payload_encoding === 'base64' ? ' (base64)' : ''}:`);
      console.log(m.payload);
    });
    console.log(opts.ack ? `${msgs.length} message(s) removed` : `${msgs.length} message(s) requeued (peek)`);
  });
}

export function queuePurgeCommand(name: string, opts: ApiOptions): Promise<void> {
  return run(opts, async (api) => {
    const r = await api.request(
      'DELETE',
      api.path('queues', name, '/contents'),
      undefined,
      noSuchQueue(name, opts.vhost),
    );
    if (opts.json) return printJson(r ?? {});
    console.log(`purged queue '${name}'`);
  });
}
