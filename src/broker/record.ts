// Layout of the `head` part of a stored record, private to the engine:
//   u8 exchangeLength, exchange, u8 routingKeyLength, routingKey, properties (rest)
// Exchange and routing key are AMQP short strings everywhere (<= 255 bytes).
import type { Message } from './message.js';

export function encodeHead(msg: Message): Buffer {
  const exLen = Buffer.byteLength(msg.exchange);
  const rkLen = Buffer.byteLength(msg.routingKey);
  const head = Buffer.allocUnsafe(2 + exLen + rkLen + msg.properties.length);
  head[0] = exLen;
  head.write(msg.exchange, 1, 'utf8');
  head[1 + exLen] = rkLen;
  head.write(msg.routingKey, 2 + exLen, 'utf8');
  msg.properties.copy(head, 2 + exLen + rkLen);
  return head;
}

export interface DecodedHead {
  exchange: string;
  routingKey: string;
  properties: Buffer;
}

export function decodeHead(head: Buffer): DecodedHead {
  const exLen = head[0];
  const rkLen = head[1 + exLen];
  return {
    exchange: head.toString('utf8', 1, 1 + exLen),
    routingKey: head.toString('utf8', 2 + exLen, 2 + exLen + rkLen),
    properties: head.subarray(2 + exLen + rkLen),
  };
}
