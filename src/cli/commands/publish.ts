// `wharf publish`: one message through POST /api/exchanges/{vhost}/{name}/publish.
// Exit code 2 when the message was not routed to any queue.
import type { ApiOptions } from '../api-client.js';
import { CliError } from '../api-client.js';
import { type Json, printJson, run } from './common.js';

export interface PublishOptions extends ApiOptions {
  persistent?: boolean;
  header?: string[];
}

export function collectHeader(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function publishCommand(
  exchange: string,
  routingKey: string,
  payload: string,
  opts: PublishOptions,
): Promise<void> {
  return run(opts, async (api) => {
    const headers: Record<string, string> = {};
    for (const h of opts.header ?? []) {
      const eq = h.indexOf('=');
      if (eq <= 0) throw new CliError(`--header expects k=v, got '${h}'`);
      headers[h.slice(0, eq)] = h.slice(eq + 1);
    }
    const properties: Record<string, unknown> = {};
    if (opts.persistent) properties.delivery_mode = 2;
    if (Object.keys(headers).length > 0) properties.headers = headers;
    const ex = exchange === '' ? 'amq.default' : exchange;
    const r: Json = await api.request(
      'POST',
      api.path('exchanges', ex, '/publish'),
      { properties, routing_key: routingKey, payload, payload_encoding: 'string' },
      `no such exchange '${exchange}' in vhost '${opts.vhost}'`,
    );
    if (opts.json) printJson(r);
    else console.log(r?.routed ? 'routed' : 'not routed');
    return r?.routed ? 0 : 2;
  });
}
