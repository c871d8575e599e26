// Layout of the `head` part of a stored record, private to the engine:
//   [f64 ttlMs, when flags has FLAG_TTL]
//   narrow (FLAG_WIDE_HEAD clear): u8 exchangeLength, exchange, u8 routingKeyLength, routingKey
//   wide (FLAG_WIDE_HEAD set):     u32 exchangeLength, exchange, u32 routingKeyLength, routingKey
//   then properties (rest)
// AMQP short strings (<= 255 bytes) keep the narrow layout, which is also the only one
// records written before the wide layout existed use: they still decode as they are.
// Longer names and keys (Kafka keys of any size, Redis keys) take the wide layout, chosen
// per record by the flag. The per-message TTL sits in the head because it is the same
// for every queue a message is routed to; queue TTLs are applied from the record's
// arrival timestamp instead.
//
// Record flag bits used by the engine: 0 FLAG_PERSISTENT (store), 1 FLAG_TTL,
// 2 FLAG_MESSAGE_PERSISTENT (delayed exchange's held records), 3 FLAG_WIDE_HEAD,
// 4-6 a stream record's format (streams/stream-format.ts), 7 the store's (stream batches).
import type { Message } from './message.js';

/** Record flag bit 1: the head starts with the per-message TTL. */
export const FLAG_TTL = 2;
/** Record flag bit 3: the head's exchange and routing key lengths are u32, not u8. */
export const FLAG_WIDE_HEAD = 8;

const NARROW_MAX = 255;
/** u32 lengths; a single Buffer cannot reach this anyway. */
const WIDE_MAX = 0xffffffff;

/** True when the exchange or routing key is too long for the narrow layout. */
export function needsWideHead(msg: Pick<Message, 'exchange' | 'routingKey'>): boolean {
  // a UTF-16 code unit is at most 3 UTF-8 bytes: short strings skip byteLength
  if (msg.exchange.length <= 85 && msg.routingKey.length <= 85) return false;
  return Buffer.byteLength(msg.exchange) > NARROW_MAX || Buffer.byteLength(msg.routingKey) > NARROW_MAX;
}

/** The head-related record flags of a message (FLAG_TTL, FLAG_WIDE_HEAD): OR them into the record's flags. */
export function headFlags(msg: Message): number {
  return (msg.ttl === undefined ? 0 : FLAG_TTL) | (needsWideHead(msg) ? FLAG_WIDE_HEAD : 0);
}

/**
 * Encodes the head in the layout `headFlags(msg)` announces, or in the one `wide` asks
 * for (a rewrite keeps the layout its record's flags name).
 */
export function encodeHead(msg: Message, wide = needsWideHead(msg)): Buffer {
  const exLen = Buffer.byteLength(msg.exchange);
  const rkLen = Buffer.byteLength(msg.routingKey);
  const max = wide ? WIDE_MAX : NARROW_MAX;
  if (exLen > max || rkLen > max) {
    // only a caller that forced the narrow layout gets here: never wrap a length silently
    throw new RangeError(
      `exchange or routing key too long for a stored message head (${exLen}, ${rkLen} bytes)`,
    );
  }
  const lenBytes = wide ? 4 : 1;
  const pre = msg.ttl === undefined ? 0 : 8;
  const head = Buffer.allocUnsafe(pre + 2 * lenBytes + exLen + rkLen + msg.properties.length);
  if (pre) head.writeDoubleBE(msg.ttl!, 0);
  let at = pre;
  if (wide) head.writeUInt32BE(exLen, at);
  else head[at] = exLen;
  at += lenBytes;
  at += head.write(msg.exchange, at, 'utf8');
  if (wide) head.writeUInt32BE(rkLen, at);
  else head[at] = rkLen;
  at += lenBytes;
  at += head.write(msg.routingKey, at, 'utf8');
  msg.properties.copy(head, at);
  return head;
}

/**
 * The start of the head of a message with this exchange and routing key and no per-message TTL (what
 * encodeHead writes before the properties), and the record flags its layout needs: a front that stores many
 * records under one routing key (a Redis stream's entries) makes it once and writes the properties after it
 * (PropertiesFormat.encodeHeaders' prefix), so that prefix + properties = encodeHead(message).
 */
export function headPrefix(exchange: string, routingKey: string): { prefix: Buffer; flags: number } {
  const msg = { exchange, routingKey, properties: Buffer.alloc(0), ttl: undefined } as unknown as Message;
  return { prefix: encodeHead(msg), flags: headFlags(msg) };
}

export interface DecodedHead {
  exchange: string;
  routingKey: string;
  properties: Buffer;
}

export function decodeHead(head: Buffer, flags: number): DecodedHead {
  const wide = (flags & FLAG_WIDE_HEAD) !== 0;
  const lenBytes = wide ? 4 : 1;
  let at = flags & FLAG_TTL ? 8 : 0;
  const exLen = readLength(head, at, wide);
  const exStart = at + lenBytes;
  at = exStart + exLen;
  const rkLen = readLength(head, at, wide);
  const rkStart = at + lenBytes;
  at = rkStart + rkLen;
  if (at > head.length) throw new RangeError(`stored message head is malformed (${head.length} bytes)`);
  return {
    exchange: head.toString('utf8', exStart, exStart + exLen),
    routingKey: head.toString('utf8', rkStart, rkStart + rkLen),
    properties: head.subarray(at),
  };
}

/**
 * Where a narrow head's exchange and routing key start and end: two short strings (u8 length + UTF-8 bytes)
 * back to back, which is also how several wire formats carry them (AMQP's deliver), so a front can copy them
 * as bytes instead of decoding two strings per delivery. The properties start at the end. -1 for a wide
 * head, whose names a caller decodes with decodeHead.
 */
export function narrowNamesStart(flags: number): number {
  if (flags & FLAG_WIDE_HEAD) return -1;
  return flags & FLAG_TTL ? 8 : 0;
}

/** The end of a narrow head's names (see narrowNamesStart), checked against the head's length. */
export function narrowNamesEnd(head: Buffer, start: number): number {
  const rkAt = start < head.length ? start + 1 + head[start] : head.length;
  const end = rkAt < head.length ? rkAt + 1 + head[rkAt] : Infinity;
  if (end > head.length) {
    throw new RangeError(`stored message head is malformed (${head.length} bytes)`);
  }
  return end;
}

function readLength(head: Buffer, at: number, wide: boolean): number {
  if (at + (wide ? 4 : 1) > head.length) {
    throw new RangeError(`stored message head is malformed (${head.length} bytes)`);
  }
  return wide ? head.readUInt32BE(at) : head[at];
}

/** Per-message TTL in ms, or undefined. */
export function headTtl(head: Buffer, flags: number): number | undefined {
  return flags & FLAG_TTL ? head.readDoubleBE(0) : undefined;
}
