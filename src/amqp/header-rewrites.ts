// Header rewrites the engine asks for, in the AMQP encoding: the dead-letter history on
// dead-lettering, x-delivery-count on quorum deliveries, x-delay on released delayed
// messages. Existing headers keep their exact types (the typed form is used), everything
// else its bytes.
//
// The history is RabbitMQ's (rabbit_dead_letter), recorded by the engine's rule
// (broker/dead-letters/death-history.ts); here it is only read and written: x-death is an
// array of tables, most recent first, x-first-death-{reason,queue,exchange} and
// x-last-death-* (RabbitMQ 3.13+) are headers, and the copy loses its expiration property,
// kept in a new entry as original-expiration.
import type { DeathEntry, DeathHistory, DeathUpdate } from '../broker/index.js';
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

export function deadLetteredProperties(
  properties: Buffer,
  record: (history: DeathHistory) => DeathUpdate,
): { properties: Buffer; history: DeathUpdate } {
  const props = decodeProperties(properties);
  const headers: TypedTable = decodeHeadersTyped(properties) ?? {};
  const previous = headers['x-death'];
  const stored: Field[] = previous?.type === 'A' ? previous.value : [];
  const history = record({
    entries: stored.map(readEntry),
    hasFirstDeath: headers['x-first-death-reason'] !== undefined,
    expiration: props.expiration,
  });
  headers['x-death'] = { type: 'A', value: history.entries.map(writeEntry) };
  if (history.first) {
    headers['x-first-death-reason'] = str(history.first.reason);
    headers['x-first-death-queue'] = str(history.first.queue);
    headers['x-first-death-exchange'] = str(history.first.exchange);
  }
  headers['x-last-death-reason'] = str(history.last.reason);
  headers['x-last-death-queue'] = str(history.last.queue);
  headers['x-last-death-exchange'] = str(history.last.exchange);
  // RabbitMQ drops the expiration of every dead-lettered copy so it cannot expire again
  props.expiration = undefined;
  props.headers = typedToTable(headers);
  return { properties: encodeProperties(props), history };
}

function readEntry(e: Field): DeathEntry {
  if (e.type !== 'F') return { queue: undefined, reason: undefined, count: 0, stored: e };
  return {
    queue: fieldString(e.value.queue),
    reason: fieldString(e.value.reason),
    count: countOf(e.value),
    stored: e,
  };
}

function writeEntry(e: DeathEntry): Field {
  const stored = e.stored as Field | undefined;
  if (stored) {
    // as it was, with its count's own type, unless the count grew (then a long, as RabbitMQ)
    if (stored.type !== 'F' || countOf(stored.value) === e.count) return stored;
    return { type: 'F', value: { ...stored.value, count: { type: 'l', value: e.count } } };
  }
  const d = e.death!;
  const entry: TypedTable = {
    count: { type: 'l', value: e.count },
    reason: str(d.reason),
    queue: str(d.queue),
    time: { type: 'T', value: Math.floor(d.time / 1000) },
    exchange: str(d.exchange),
    'routing-keys': { type: 'A', value: d.routingKeys.map(str) },
  };
  if (e.originalExpiration !== undefined) entry['original-expiration'] = str(e.originalExpiration);
  return { type: 'F', value: entry };
}

function countOf(entry: TypedTable): number {
  const count = entry.count;
  return count && typeof count.value !== 'object' ? Number(count.value) || 0 : 0;
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
