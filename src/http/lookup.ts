// Finding the objects a path names; a missing one is RabbitMQ's 404.
import type { Exchange } from '../broker/exchanges/index.js';
import type { Broker, Queue, VHost } from '../broker/index.js';
import { notFound } from './json.js';

export function vhostOf(broker: Broker, name: string): VHost {
  const v = broker.vhost(name);
  if (!v) throw notFound();
  return v;
}

/** RabbitMQ names the default exchange 'amq.default' in paths. */
export function exchangeName(name: string): string {
  return name === 'amq.default' ? '' : name;
}

export function exchangeOf(v: VHost, name: string): Exchange {
  const ex = v.exchanges.get(exchangeName(name));
  if (!ex) throw notFound();
  return ex;
}

export function queueOf(v: VHost, name: string): Queue {
  const q = v.queues.get(name);
  if (!q) throw notFound();
  return q;
}
