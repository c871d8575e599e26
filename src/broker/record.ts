// Layout of the `head` part of a stored record, private to the engine:
//   [f64 ttlMs, when flags has FLAG_TTL] u8 exchangeLength, exchange, u8 routingKeyLength,
//   routingKey, properties (rest)
// Exchange and routing key are AMQP short strings everywhere (<= 255 bytes). The
// per-message TTL sits in the head because it is the same for every queue a message is
// routed to; queue TTLs are applied from the record's arrival timestamp instead.
import type { Message } from './message.js';

/** Record flag bit 1: the head starts with the per-message TTL. */
export const FLAG_TTL = 2;

export function encodeHead(msg: Message): Buffer {
  const exLen = Buffer.byteLength(msg.exchange);
  const rkLen = Buffer.byteLength(msg.routingKey);
  const pre = msg.ttl === undefined ? 0 : 8;
  const head = Buffer.allocUnsafe(pre + 2 + exLen + rkLen + msg.properties.length);
  if (pre) head.writeDoubleBE(msg.ttl!, 0);
  head[pre] = exLen;
  head.write(msg.exchange, pre + 1, 'utf8');
  head[pre + 1 + exLen] = rkLen;
  head.write(msg.routingKey, pre + 2 + exLen, 'utf8');
  msg.properties.copy(head, pre + 2 + exLen + rkLen);
  return head;
}

export interface DecodedHead {
  exchange: string;
  routingKey: string;
  properties: Buffer;
}

export function decodeHead(head: Buffer, flags: number): DecodedHead {
  const pre = flags & FLAG_TTL ? 8 : 0;
  const exLen = head[pre];
  const rkLen = head[pre + 1 + exLen];
  return {
    exchange: head.toString('utf8', pre + 1, pre + 1 + exLen),
    routingKey: head.toString('utf8', pre + 2 + exLen, pre + 2 + exLen + rkLen),
    properties: head.subarray(pre + 2 + exLen + rkLen),
  };
}

/** Per-message TTL in ms, or undefined. */
export function headTtl(head: Buffer, flags: number): number | undefined {
  return flags & FLAG_TTL ? head.readDoubleBE(0) : undefined;
}
