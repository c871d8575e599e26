import { DirectExchange } from './direct.js';
import type { Exchange, ExchangeOptions } from './exchange.js';
import { FanoutExchange } from './fanout.js';
import { HeadersExchange } from './headers.js';
import { TopicExchange } from './topic.js';

export type { Binding, ExchangeOptions, ExchangeTap, HeadersOf } from './exchange.js';
export { bindingId, Exchange } from './exchange.js';

type Ctor = new (vhost: string, name: string, type: string, options: ExchangeOptions) => Exchange;

const TYPES: ReadonlyMap<string, Ctor> = new Map<string, Ctor>([
  ['direct', DirectExchange],
  ['fanout', FanoutExchange],
  ['topic', TopicExchange],
  ['headers', HeadersExchange],
]);

export function isExchangeType(type: string): boolean {
  return TYPES.has(type);
}

export function createExchange(
  vhost: string,
  name: string,
  type: string,
  options: ExchangeOptions,
): Exchange {
  const C = TYPES.get(type);
  if (!C) throw new Error(`unknown exchange type ${type}`);
  return new C(vhost, name, type, options);
}
