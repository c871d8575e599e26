// Header rewrites the engine asks for, in the AMQP encoding: x-death on dead-lettering,
// x-delivery-count on quorum deliveries, x-delay on released delayed messages. Existing
// headers keep their exact types (the typed form is used), everything else its bytes.
//
// x-death exactly as RabbitMQ writes it (rabbit_dead_letter): an array of tables, most
// recent first, one per (queue, reason) with a count that grows on every repeat, plus
// x-first-death-{reason,queue,exchange} set once and x-last-death-* (RabbitMQ 3.13+)
// set every time. The copy loses its expiration property, kept in the entry as
// original-expiration.
import type { Death } from '../broker/index.js';
import {
  decodeHeadersTyped,
  decodeProperties,
  encodeProperties,
  type Field,
  type TypedTable,
  typedToTable,
} from './codec/index.js';
import { withIntHeader } from './codec/header-patch.js';

const str = (value: string): Field => ({ type: 'S', value });

export function deadLetteredProperties(properties: Buffer, death: Death): Buffer {
  const props = decodeProperties(properties);
  const headers: TypedTable = decodeHeadersTyped(properties) ?? {};
  const previous = headers['x-death'];
  const entries: Field[] = previous?.type === 'A' ? [...previous.value] : [];

  const i = entries.findIndex(
    (e) =>
      e.type === 'F' &&
      fieldString(e.value.queue) === death.queue &&
      fieldString(e.value.reason) === death.reason,
  );
  let entry: TypedTable;
  if (i >= 0) {
    entry = { ...(entries[i].value as TypedTable) };
    const count = entry.count;
    const n = count && typeof count.value !== 'object' ? Number(count.value) || 0 : 0;
    entry.count = { type: 'l', value: n + 1 };
    entries.splice(i, 1);
  } else {
    entry = {
      count: { type: 'l', value: 1 },
      reason: str(death.reason),
      queue: str(death.queue),
      time: { type: 'T', value: Math.floor(death.time / 1000) },
      exchange: str(death.exchange),
      'routing-keys': { type: 'A', value: death.routingKeys.map(str) },
    };
    if (props.expiration !== undefined) {
      entry['original-expiration'] = str(props.expiration);
    }
  }
  entries.unshift({ type: 'F', value: entry });
  headers['x-death'] = { type: 'A', value: entries };
  if (!headers['x-first-death-reason']) {
    headers['x-first-death-reason'] = str(death.reason);
    headers['x-first-death-queue'] = str(death.queue);
    headers['x-first-death-exchange'] = str(death.exchange);
  }
  headers['x-last-death-reason'] = str(death.reason);
  headers['x-last-death-queue'] = str(death.queue);
  headers['x-last-death-exchange'] = str(death.exchange);

  // RabbitMQ drops the expiration of every dead-lettered copy so it cannot expire again
  props.expiration = undefined;
  props.headers = typedToTable(headers);
  return encodeProperties(props);
}

function fieldString(f: Field | undefined): string | undefined {
  if (!f || f.type !== 'S') return undefined;
  return typeof f.value === 'string' ? f.value : f.value.toString('utf8');
}

/** Sets header x-delivery-count (a long, as RabbitMQ's quorum queues write it). */
export function withDeliveryCount(properties: Buffer, count: number): Buffer {
  return withIntHeader(properties, 'x-delivery-count', 'l', count);
}

/** x-delay becomes -delay (a signed int) once the delayed-message exchange releases it. */
export function withDelayReleased(properties: Buffer, delay: number): Buffer {
  return withIntHeader(properties, 'x-delay', 'I', -delay);
}

/** x-stream-offset (a long) on a delivery from a stream. */
export function withStreamOffset(properties: Buffer, offset: number): Buffer {
  return withIntHeader(properties, 'x-stream-offset', 'l', offset);
}
