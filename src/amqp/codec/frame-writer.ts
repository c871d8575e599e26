import { encodeTable } from './field-table.js';
import {
  BASIC_DELIVER,
  BASIC_GET_OK,
  BASIC_RETURN,
  ClassId,
  encodeMethod,
  FRAME_BODY,
  FRAME_END,
  FRAME_HEADER,
  FRAME_HEARTBEAT,
  FRAME_METHOD,
  type MethodArgs,
  type MethodArgsByKey,
  type MethodKey,
} from './generated.js';
import { type BasicProperties, encodeProperties } from './properties.js';
import { Writer } from './writer.js';

// Outgoing frames. methodFrame goes through a Writer (arguments of unknown size); the
// content fast paths (deliver, get-ok, return) size one buffer exactly for the method and
// header frames and leave large bodies in place: the caller writes the returned buffers in
// order (socket.cork/uncork or writev), so the body must not change until written.

const FRAME_OVERHEAD = 8; // type, channel, size, frame-end
const TWO_32 = 4294967296;
/** Bodies up to this size are copied next to the headers: one small write beats three. */
const INLINE_BODY_MAX = 2048;
// Shared read-only frames: handed to sockets as they are, never written after creation.
const FRAME_END_BUF = Buffer.from([FRAME_END]);
const HEARTBEAT = Buffer.from([FRAME_HEARTBEAT, 0, 0, 0, 0, 0, 0, FRAME_END]);

/**
 * Encodes outgoing frames. Each AMQP connection owns one: methodFrame and the property and
 * table encoders reuse its scratch Writer, so no state is shared between connections (or
 * brokers in one process). Every returned Buffer is the caller's own (a copy, or freshly
 * allocated); only large bodies are referenced, as documented on contentFrames.
 */
export class FrameWriter {
  private readonly w: Writer;

  constructor(initialSize = 4096) {
    this.w = new Writer(initialSize);
  }

  /** One method frame; args are the generated interface for `key`. */
  methodFrame<K extends MethodKey>(channel: number, key: K, args: MethodArgsByKey[K]): Buffer;
  methodFrame(channel: number, key: number, args: MethodArgs): Buffer;
  methodFrame(channel: number, key: number, args: MethodArgs): Buffer {
    return writeMethodFrame(this.w, channel, key, args);
  }

  /** Encoded basic properties (see encodeProperties), through this writer's scratch. */
  encodeProperties(props: BasicProperties): Buffer {
    return encodeProperties(props, this.w);
  }

  /** An encoded field table without its length prefix (see encodeTable). */
  encodeTable(table: Record<string, unknown>): Buffer {
    return encodeTable(table, this.w);
  }
}

// The free functions below hold no state. methodFrame allocates a Writer per call (fine for
// tests and rare paths; connections use their FrameWriter); the content fast paths size
// one exact buffer per call anyway.

/** One method frame; args are the generated interface for `key`. Allocates its own Writer. */
export function methodFrame<K extends MethodKey>(channel: number, key: K, args: MethodArgsByKey[K]): Buffer;
export function methodFrame(channel: number, key: number, args: MethodArgs): Buffer;
export function methodFrame(channel: number, key: number, args: MethodArgs): Buffer {
  return writeMethodFrame(new Writer(256), channel, key, args);
}

/** Encodes a method frame in scratch writer `w` and returns a copy. */
function writeMethodFrame(w: Writer, channel: number, key: number, args: MethodArgs): Buffer {
  w.pos = 0;
  w.ensure(11);
  w.buf[0] = FRAME_METHOD;
  w.buf.writeUInt16BE(channel, 1);
  w.buf.writeUInt32BE(key, 7);
  w.pos = 11;
  encodeMethod(w, key, args);
  w.u8(FRAME_END);
  w.buf.writeUInt32BE(w.pos - FRAME_OVERHEAD, 3);
  const out = w.toBuffer();
  w.shrink();
  return out;
}

/** The shared heartbeat frame (never mutate it). */
export function heartbeatFrame(): Buffer {
  return HEARTBEAT;
}

/**
 * A content header frame followed by body frames of at most frameMax - 8 payload bytes
 * (frameMax 0 = no limit); no body frame for an empty body. Large bodies are referenced.
 */
export function contentFrames(
  channel: number,
  classId: number,
  properties: Buffer,
  body: Buffer,
  frameMax: number,
): Buffer[] {
  const headLen = headerFrameSize(properties) + bodyHeadSize(body, frameMax);
  const head = Buffer.allocUnsafe(headLen);
  const pos = writeHeaderFrame(head, 0, channel, classId, properties, body.length);
  return finishBody(head, pos, channel, body, frameMax);
}

/** basic.deliver + header + body, in as few buffers as possible. */
export function deliverFrames(
  channel: number,
  consumerTag: string,
  deliveryTag: number,
  redelivered: boolean,
  exchange: string,
  routingKey: string,
  properties: Buffer,
  body: Buffer,
  frameMax: number,
): Buffer[] {
  const exLen = Buffer.byteLength(exchange);
  const rkLen = Buffer.byteLength(routingKey);
  checkShort(0, exLen, rkLen);
  const names = Buffer.allocUnsafe(2 + exLen + rkLen);
  shortstr(names, shortstr(names, 0, exchange, exLen), routingKey, rkLen);
  const tag = Buffer.from(consumerTag);
  return deliverFramesRaw(
    channel,
    tag,
    deliveryTag,
    redelivered,
    names,
    0,
    names.length,
    properties,
    body,
    frameMax,
  );
}

/**
 * basic.deliver + header + body from bytes already in wire form: the consumer tag encoded once per consumer,
 * and the exchange and routing key as the two short strings they are, back to back, in `names` from
 * `namesStart` to `namesEnd` (a stored message head keeps them so). Per delivery nothing is decoded or
 * re-encoded: the deliver path of every consumed message.
 */
export function deliverFramesRaw(
  channel: number,
  consumerTag: Buffer,
  deliveryTag: number,
  redelivered: boolean,
  names: Buffer,
  namesStart: number,
  namesEnd: number,
  properties: Buffer,
  body: Buffer,
  frameMax: number,
): Buffer[] {
  const ctLen = consumerTag.length;
  checkShort(ctLen, 0, 0);
  // class+method 4, consumer-tag, delivery-tag 8, redelivered 1, exchange and routing-key
  const argsLen = 4 + 1 + ctLen + 8 + 1 + (namesEnd - namesStart);
  const head = Buffer.allocUnsafe(
    FRAME_OVERHEAD + argsLen + headerFrameSize(properties) + bodyHeadSize(body, frameMax),
  );
  let pos = methodHead(head, channel, argsLen, BASIC_DELIVER);
  head[pos++] = ctLen;
  pos += consumerTag.copy(head, pos);
  pos = u64(head, pos, deliveryTag);
  head[pos++] = redelivered ? 1 : 0;
  pos += names.copy(head, pos, namesStart, namesEnd);
  head[pos++] = FRAME_END;
  pos = writeHeaderFrame(head, pos, channel, ClassId.BASIC, properties, body.length);
  return finishBody(head, pos, channel, body, frameMax);
}

/** basic.get-ok + header + body, in as few buffers as possible. */
export function getOkFrames(
  channel: number,
  deliveryTag: number,
  redelivered: boolean,
  exchange: string,
  routingKey: string,
  messageCount: number,
  properties: Buffer,
  body: Buffer,
  frameMax: number,
): Buffer[] {
  const exLen = Buffer.byteLength(exchange);
  const rkLen = Buffer.byteLength(routingKey);
  checkShort(0, exLen, rkLen);
  // class+method 4, delivery-tag 8, redelivered 1, exchange, routing-key, message-count 4
  const argsLen = 4 + 8 + 1 + 1 + exLen + 1 + rkLen + 4;
  const head = Buffer.allocUnsafe(
    FRAME_OVERHEAD + argsLen + headerFrameSize(properties) + bodyHeadSize(body, frameMax),
  );
  let pos = methodHead(head, channel, argsLen, BASIC_GET_OK);
  pos = u64(head, pos, deliveryTag);
  head[pos++] = redelivered ? 1 : 0;
  pos = shortstr(head, pos, exchange, exLen);
  pos = shortstr(head, pos, routingKey, rkLen);
  pos = head.writeUInt32BE(messageCount, pos);
  head[pos++] = FRAME_END;
  pos = writeHeaderFrame(head, pos, channel, ClassId.BASIC, properties, body.length);
  return finishBody(head, pos, channel, body, frameMax);
}

/** basic.return + header + body, in as few buffers as possible. */
export function returnFrames(
  channel: number,
  replyCode: number,
  replyText: string,
  exchange: string,
  routingKey: string,
  properties: Buffer,
  body: Buffer,
  frameMax: number,
): Buffer[] {
  const rtLen = Buffer.byteLength(replyText);
  const exLen = Buffer.byteLength(exchange);
  const rkLen = Buffer.byteLength(routingKey);
  checkShort(rtLen, exLen, rkLen);
  // class+method 4, reply-code 2, reply-text, exchange, routing-key
  const argsLen = 4 + 2 + 1 + rtLen + 1 + exLen + 1 + rkLen;
  const head = Buffer.allocUnsafe(
    FRAME_OVERHEAD + argsLen + headerFrameSize(properties) + bodyHeadSize(body, frameMax),
  );
  let pos = methodHead(head, channel, argsLen, BASIC_RETURN);
  pos = head.writeUInt16BE(replyCode, pos);
  pos = shortstr(head, pos, replyText, rtLen);
  pos = shortstr(head, pos, exchange, exLen);
  pos = shortstr(head, pos, routingKey, rkLen);
  head[pos++] = FRAME_END;
  pos = writeHeaderFrame(head, pos, channel, ClassId.BASIC, properties, body.length);
  return finishBody(head, pos, channel, body, frameMax);
}

// ---- helpers ----

function checkShort(a: number, b: number, c: number): void {
  if (a > 255 || b > 255 || c > 255) throw new RangeError('shortstr longer than 255 bytes');
}

function methodHead(buf: Buffer, channel: number, payloadLen: number, key: number): number {
  buf[0] = FRAME_METHOD;
  buf.writeUInt16BE(channel, 1);
  buf.writeUInt32BE(payloadLen, 3);
  buf.writeUInt32BE(key, 7);
  return 11;
}

function shortstr(buf: Buffer, pos: number, s: string, len: number): number {
  buf[pos] = len;
  if (len > 0) buf.write(s, pos + 1, len, 'utf8');
  return pos + 1 + len;
}

function u64(buf: Buffer, pos: number, v: number): number {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`not a uint64: ${v}`);
  buf.writeUInt32BE(Math.floor(v / TWO_32), pos);
  buf.writeUInt32BE(v >>> 0, pos + 4);
  return pos + 8;
}

function headerFrameSize(properties: Buffer): number {
  return FRAME_OVERHEAD + 12 + properties.length;
}

function writeHeaderFrame(
  buf: Buffer,
  pos: number,
  channel: number,
  classId: number,
  properties: Buffer,
  bodySize: number,
): number {
  buf[pos] = FRAME_HEADER;
  buf.writeUInt16BE(channel, pos + 1);
  buf.writeUInt32BE(12 + properties.length, pos + 3);
  buf.writeUInt16BE(classId, pos + 7);
  buf.writeUInt16BE(0, pos + 9); // weight, always 0
  pos = u64(buf, pos + 11, bodySize);
  pos += properties.copy(buf, pos);
  buf[pos] = FRAME_END;
  return pos + 1;
}

function maxPayload(frameMax: number): number {
  return frameMax > 0 ? frameMax - FRAME_OVERHEAD : 0xffffffff;
}

/** Bytes the head buffer needs for the body: the first body frame head, or a whole inlined frame. */
function bodyHeadSize(body: Buffer, frameMax: number): number {
  if (body.length === 0) return 0;
  if (body.length <= INLINE_BODY_MAX && body.length <= maxPayload(frameMax))
    return FRAME_OVERHEAD + body.length;
  return 7;
}

/**
 * Appends the body frames after `head`, which has room as sized by bodyHeadSize. Body slices
 * are referenced; each frame-end and the next frame head share one 8-byte buffer.
 */
function finishBody(head: Buffer, pos: number, channel: number, body: Buffer, frameMax: number): Buffer[] {
  const total = body.length;
  if (total === 0) return [head];
  const max = maxPayload(frameMax);
  if (total <= INLINE_BODY_MAX && total <= max) {
    pos = bodyFrameHead(head, pos, channel, total);
    pos += body.copy(head, pos);
    head[pos] = FRAME_END;
    return [head];
  }
  let n = Math.min(max, total);
  bodyFrameHead(head, pos, channel, n);
  const out = [head, body.subarray(0, n)];
  for (let off = n; off < total; off += n) {
    n = Math.min(max, total - off);
    const mid = Buffer.allocUnsafe(8);
    mid[0] = FRAME_END;
    bodyFrameHead(mid, 1, channel, n);
    out.push(mid, body.subarray(off, off + n));
  }
  out.push(FRAME_END_BUF);
  return out;
}

function bodyFrameHead(buf: Buffer, pos: number, channel: number, size: number): number {
  buf[pos] = FRAME_BODY;
  buf.writeUInt16BE(channel, pos + 1);
  buf.writeUInt32BE(size, pos + 3);
  return pos + 7;
}
