// How a Redis stream entry is stored: as an AMQP-format stream record, so that an AMQP stream consumer of the
// same queue reads it as a message, and how any AMQP-format record reads back as a Redis entry.
//
//   XADD orders * sku 42 qty 1   ->  headers {sku: "42", qty: "1", x-redis-id: "1700000000000-0"}, body empty
//   XADD orders * body hello k v ->  headers {body: void, k: "v", x-redis-id: ...}, body "hello"
//
// - Each field is a header of the same name, its value a long string (a byte array when the value is not
//   UTF-8); a field named `body` is the message body, its place among the fields kept by a void header.
// - When headers cannot hold the fields exactly (a name repeated, longer than 255 bytes, not UTF-8, made of
//   digits only (JavaScript would reorder it), or one of Wharf's own header names) the whole field list goes
//   into the array header `x-redis-fields` (name, value, name, value, ...) and the body stays empty.
// - `x-redis-id` holds the entry ID. A message published over AMQP has none: its ID comes from its arrival
//   time (entry-index.ts), its headers become fields (numbers and other values as text) and its body the last
//   field, `body`.
// The engine reads and writes the properties through its PropertiesFormat: no AMQP code here.
import { isUtf8 } from 'node:buffer';
import type { PropertiesFormat } from '../../broker/index.js';
import { decodeHead, encodeHead } from '../../broker/messages/record.js';

export const ID_HEADER = 'x-redis-id';
export const FIELDS_HEADER = 'x-redis-fields';
const BODY = 'body';
const EMPTY: Buffer = Buffer.alloc(0);
const DIGITS = /^(0|[1-9][0-9]*)$/;

/** A decoded entry: its stored ID text (undefined: none stored) and its fields as name, value, ... */
export interface DecodedEntry {
  id: string | undefined;
  fields: Buffer[];
}

function needsList(fields: readonly Buffer[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < fields.length; i += 2) {
    const f = fields[i];
    if (f.length > 255 || f.length === 0) return true;
    // not UTF-8: a header name could not hold it exactly
    if (!isUtf8(f)) return true;
    const name = f.toString('utf8');
    if (DIGITS.test(name) || name === ID_HEADER || name === FIELDS_HEADER || name === 'x-stream-offset')
      return true;
    if (seen.has(name)) return true;
    seen.add(name);
  }
  return false;
}

function valueOf(v: Buffer): string | Buffer {
  // a strict validation (no round trip through a string and back): what decodes back to the same bytes
  return isUtf8(v) ? v.toString('utf8') : Buffer.from(v);
}

/** The record head and body of an entry with this ID and these fields (name, value, ...). */
export function encodeEntry(
  format: PropertiesFormat,
  key: string,
  id: string,
  fields: readonly Buffer[],
  nowMs: number,
): { head: Buffer; body: Buffer } {
  const headers: Record<string, unknown> = {};
  let body: Buffer = EMPTY;
  if (needsList(fields)) {
    headers[FIELDS_HEADER] = fields.map((f) => valueOf(f));
  } else {
    for (let i = 0; i < fields.length; i += 2) {
      const name = fields[i].toString('utf8');
      if (name === BODY) {
        headers[BODY] = null;
        body = fields[i + 1];
      } else headers[name] = valueOf(fields[i + 1]);
    }
  }
  headers[ID_HEADER] = id;
  const properties = format.encode({
    headers,
    delivery_mode: 2,
    timestamp: Math.floor(nowMs / 1000),
  });
  return { head: encodeHead({ exchange: '', routingKey: key, properties, ttl: undefined } as never), body };
}

function bytes(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v);
  if (typeof v === 'string') return Buffer.from(v);
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'object')
    return Buffer.from(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x)));
  return Buffer.from(String(v));
}

/** The entry an AMQP-format record holds (its head and body as stored, its flags for the head layout). */
export function decodeEntry(
  format: PropertiesFormat,
  flags: number,
  head: Buffer,
  body: Buffer,
): DecodedEntry {
  const { properties } = decodeHead(head, flags);
  const headers = format.headers(properties) ?? {};
  const idValue = headers[ID_HEADER];
  const id = idValue === undefined ? undefined : bytes(idValue).toString('latin1');
  const list = headers[FIELDS_HEADER];
  if (id !== undefined && Array.isArray(list)) return { id, fields: list.map(bytes) };
  const fields: Buffer[] = [];
  let sawBody = false;
  for (const [name, v] of Object.entries(headers)) {
    if (name === ID_HEADER || name === 'x-stream-offset') continue;
    if (id !== undefined && name === FIELDS_HEADER) continue;
    fields.push(Buffer.from(name));
    if (name === BODY && (v === null || v === undefined)) {
      sawBody = true;
      fields.push(body);
    } else fields.push(bytes(v));
  }
  // a message published over AMQP: its body is the last field
  if (!sawBody && (id === undefined || body.length > 0)) fields.push(Buffer.from(BODY), body);
  return { id, fields };
}
