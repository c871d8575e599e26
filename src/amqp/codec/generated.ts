// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-amqp.mjs from amqp-rabbitmq-0.9.1.json; run `npm run gen` to refresh.
// test/codec/generated.test.ts fails when this file is stale.
//
// The spec file carries this notice, kept here as its licence requires:
//
// Copyright (C) 2008-2020 VMware, Inc. or its affiliates.
//
// Permission is hereby granted, free of charge, to any person
// obtaining a copy of this file (the "Software"), to deal in the
// Software without restriction, including without limitation the
// rights to use, copy, modify, merge, publish, distribute,
// sublicense, and/or sell copies of the Software, and to permit
// persons to whom the Software is furnished to do so, subject to
// the following conditions:
//
// The above copyright notice and this permission notice shall be
// included in all copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
// EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES
// OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
// NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
// HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
// WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
// FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR
// OTHER DEALINGS IN THE SOFTWARE.
//
// Class information entered from amqp_xml0-8.pdf and domain types from amqp-xml-doc0-9.pdf
// Updated for 0-9-1 by Tony Garnock-Jones
//
// b3cb053f15e7b98808c0ccc67f23cb3e  amqp_xml0-8.pdf
// http://twiststandards.org/?option=com_docman&task=cat_view&gid=28&Itemid=90
// 8444db91e2949dbecfb2585e9eef6d64  amqp-xml-doc0-9.pdf
// https://jira.amqp.org/confluence/download/attachments/720900/amqp-xml-doc0-9.pdf?version=1

import { CodecError, CodecErrorCode, undecodable } from './errors.js';
import { decodeTable, writeTable } from './field-table.js';
import type { Writer } from './writer.js';

// Every module-level value here is immutable (numbers, frozen objects): several brokers
// may share this module in one process, so nothing in it may carry state.

/** Deep-freezes a literal table (plain objects and arrays). */
function frozen<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) frozen(v);
    Object.freeze(o);
  }
  return o;
}

export const PROTOCOL_VERSION = frozen([0, 9, 1] as const);
export const DEFAULT_PORT = 5672;

export const FRAME_METHOD = 1;
export const FRAME_HEADER = 2;
export const FRAME_BODY = 3;
export const FRAME_HEARTBEAT = 8;
export const FRAME_MIN_SIZE = 4096;
export const FRAME_END = 206;

/** Reply codes for connection.close / channel.close. */
export const ReplyCode = frozen({
  REPLY_SUCCESS: 200,
  CONTENT_TOO_LARGE: 311,
  NO_ROUTE: 312,
  NO_CONSUMERS: 313,
  ACCESS_REFUSED: 403,
  NOT_FOUND: 404,
  RESOURCE_LOCKED: 405,
  PRECONDITION_FAILED: 406,
  CONNECTION_FORCED: 320,
  INVALID_PATH: 402,
  FRAME_ERROR: 501,
  SYNTAX_ERROR: 502,
  COMMAND_INVALID: 503,
  CHANNEL_ERROR: 504,
  UNEXPECTED_FRAME: 505,
  RESOURCE_ERROR: 506,
  NOT_ALLOWED: 530,
  NOT_IMPLEMENTED: 540,
  INTERNAL_ERROR: 541,
} as const);
export type ReplyCode = (typeof ReplyCode)[keyof typeof ReplyCode];

/** Soft errors close the channel; hard errors close the connection. */
// Frozen arrays, not Sets: a Set stays mutable even when frozen.
export const SOFT_ERRORS: readonly number[] = frozen([311, 312, 313, 403, 404, 405, 406]);
export const HARD_ERRORS: readonly number[] = frozen([320, 402, 501, 502, 503, 504, 505, 506, 530, 540, 541]);
export function isHardError(code: number): boolean {
  return HARD_ERRORS.includes(code);
}

export const ClassId = frozen({
  CONNECTION: 10,
  CHANNEL: 20,
  ACCESS: 30,
  EXCHANGE: 40,
  QUEUE: 50,
  BASIC: 60,
  TX: 90,
  CONFIRM: 85,
} as const);

// Method keys: (classId << 16) | methodId, one flat number to dispatch on.
export const CONNECTION_START = 0x0a000a; // 10/10
export const CONNECTION_START_OK = 0x0a000b; // 10/11
export const CONNECTION_SECURE = 0x0a0014; // 10/20
export const CONNECTION_SECURE_OK = 0x0a0015; // 10/21
export const CONNECTION_TUNE = 0x0a001e; // 10/30
export const CONNECTION_TUNE_OK = 0x0a001f; // 10/31
export const CONNECTION_OPEN = 0x0a0028; // 10/40
export const CONNECTION_OPEN_OK = 0x0a0029; // 10/41
export const CONNECTION_CLOSE = 0x0a0032; // 10/50
export const CONNECTION_CLOSE_OK = 0x0a0033; // 10/51
export const CONNECTION_BLOCKED = 0x0a003c; // 10/60
export const CONNECTION_UNBLOCKED = 0x0a003d; // 10/61
export const CONNECTION_UPDATE_SECRET = 0x0a0046; // 10/70
export const CONNECTION_UPDATE_SECRET_OK = 0x0a0047; // 10/71
export const CHANNEL_OPEN = 0x14000a; // 20/10
export const CHANNEL_OPEN_OK = 0x14000b; // 20/11
export const CHANNEL_FLOW = 0x140014; // 20/20
export const CHANNEL_FLOW_OK = 0x140015; // 20/21
export const CHANNEL_CLOSE = 0x140028; // 20/40
export const CHANNEL_CLOSE_OK = 0x140029; // 20/41
export const ACCESS_REQUEST = 0x1e000a; // 30/10
export const ACCESS_REQUEST_OK = 0x1e000b; // 30/11
export const EXCHANGE_DECLARE = 0x28000a; // 40/10
export const EXCHANGE_DECLARE_OK = 0x28000b; // 40/11
export const EXCHANGE_DELETE = 0x280014; // 40/20
export const EXCHANGE_DELETE_OK = 0x280015; // 40/21
export const EXCHANGE_BIND = 0x28001e; // 40/30
export const EXCHANGE_BIND_OK = 0x28001f; // 40/31
export const EXCHANGE_UNBIND = 0x280028; // 40/40
export const EXCHANGE_UNBIND_OK = 0x280033; // 40/51
export const QUEUE_DECLARE = 0x32000a; // 50/10
export const QUEUE_DECLARE_OK = 0x32000b; // 50/11
export const QUEUE_BIND = 0x320014; // 50/20
export const QUEUE_BIND_OK = 0x320015; // 50/21
export const QUEUE_PURGE = 0x32001e; // 50/30
export const QUEUE_PURGE_OK = 0x32001f; // 50/31
export const QUEUE_DELETE = 0x320028; // 50/40
export const QUEUE_DELETE_OK = 0x320029; // 50/41
export const QUEUE_UNBIND = 0x320032; // 50/50
export const QUEUE_UNBIND_OK = 0x320033; // 50/51
export const BASIC_QOS = 0x3c000a; // 60/10
export const BASIC_QOS_OK = 0x3c000b; // 60/11
export const BASIC_CONSUME = 0x3c0014; // 60/20
export const BASIC_CONSUME_OK = 0x3c0015; // 60/21
export const BASIC_CANCEL = 0x3c001e; // 60/30
export const BASIC_CANCEL_OK = 0x3c001f; // 60/31
export const BASIC_PUBLISH = 0x3c0028; // 60/40
export const BASIC_RETURN = 0x3c0032; // 60/50
export const BASIC_DELIVER = 0x3c003c; // 60/60
export const BASIC_GET = 0x3c0046; // 60/70
export const BASIC_GET_OK = 0x3c0047; // 60/71
export const BASIC_GET_EMPTY = 0x3c0048; // 60/72
export const BASIC_ACK = 0x3c0050; // 60/80
export const BASIC_REJECT = 0x3c005a; // 60/90
export const BASIC_RECOVER_ASYNC = 0x3c0064; // 60/100
export const BASIC_RECOVER = 0x3c006e; // 60/110
export const BASIC_RECOVER_OK = 0x3c006f; // 60/111
export const BASIC_NACK = 0x3c0078; // 60/120
export const TX_SELECT = 0x5a000a; // 90/10
export const TX_SELECT_OK = 0x5a000b; // 90/11
export const TX_COMMIT = 0x5a0014; // 90/20
export const TX_COMMIT_OK = 0x5a0015; // 90/21
export const TX_ROLLBACK = 0x5a001e; // 90/30
export const TX_ROLLBACK_OK = 0x5a001f; // 90/31
export const CONFIRM_SELECT = 0x55000a; // 85/10
export const CONFIRM_SELECT_OK = 0x55000b; // 85/11

/** connection.start (10/10): version-major octet, version-minor octet, server-properties table, mechanisms longstr, locales longstr */
export interface ConnectionStartArgs {
  versionMajor: number;
  versionMinor: number;
  serverProperties: Record<string, unknown>;
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  mechanisms: string;
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  locales: string;
}
/** connection.start-ok (10/11): client-properties table, mechanism shortstr, response longstr, locale shortstr */
export interface ConnectionStartOkArgs {
  clientProperties: Record<string, unknown>;
  mechanism: string;
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  response: string;
  locale: string;
}
/** connection.secure (10/20): challenge longstr */
export interface ConnectionSecureArgs {
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  challenge: string;
}
/** connection.secure-ok (10/21): response longstr */
export interface ConnectionSecureOkArgs {
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  response: string;
}
/** connection.tune (10/30): channel-max short, frame-max long, heartbeat short */
export interface ConnectionTuneArgs {
  channelMax: number;
  frameMax: number;
  heartbeat: number;
}
/** connection.tune-ok (10/31): channel-max short, frame-max long, heartbeat short */
export interface ConnectionTuneOkArgs {
  channelMax: number;
  frameMax: number;
  heartbeat: number;
}
/** connection.open (10/40): virtual-host shortstr, capabilities shortstr, insist bit */
export interface ConnectionOpenArgs {
  virtualHost: string;
  capabilities: string;
  insist: boolean;
}
/** connection.open-ok (10/41): known-hosts shortstr */
export interface ConnectionOpenOkArgs {
  knownHosts: string;
}
/** connection.close (10/50): reply-code short, reply-text shortstr, class-id short, method-id short */
export interface ConnectionCloseArgs {
  replyCode: number;
  replyText: string;
  classId: number;
  methodId: number;
}
/** connection.close-ok (10/51): no arguments */
export type ConnectionCloseOkArgs = Record<string, never>;
/** connection.blocked (10/60): reason shortstr */
export interface ConnectionBlockedArgs {
  reason: string;
}
/** connection.unblocked (10/61): no arguments */
export type ConnectionUnblockedArgs = Record<string, never>;
/** connection.update-secret (10/70): new-secret longstr, reason shortstr */
export interface ConnectionUpdateSecretArgs {
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  newSecret: string;
  reason: string;
}
/** connection.update-secret-ok (10/71): no arguments */
export type ConnectionUpdateSecretOkArgs = Record<string, never>;
/** channel.open (20/10): out-of-band shortstr */
export interface ChannelOpenArgs {
  outOfBand: string;
}
/** channel.open-ok (20/11): channel-id longstr */
export interface ChannelOpenOkArgs {
  /** longstr: a byte string, one char per byte (latin1), so binary data survives. */
  channelId: string;
}
/** channel.flow (20/20): active bit */
export interface ChannelFlowArgs {
  active: boolean;
}
/** channel.flow-ok (20/21): active bit */
export interface ChannelFlowOkArgs {
  active: boolean;
}
/** channel.close (20/40): reply-code short, reply-text shortstr, class-id short, method-id short */
export interface ChannelCloseArgs {
  replyCode: number;
  replyText: string;
  classId: number;
  methodId: number;
}
/** channel.close-ok (20/41): no arguments */
export type ChannelCloseOkArgs = Record<string, never>;
/** access.request (30/10): realm shortstr, exclusive bit, passive bit, active bit, write bit, read bit */
export interface AccessRequestArgs {
  realm: string;
  exclusive: boolean;
  passive: boolean;
  active: boolean;
  write: boolean;
  read: boolean;
}
/** access.request-ok (30/11): ticket short */
export interface AccessRequestOkArgs {
  ticket: number;
}
/** exchange.declare (40/10): ticket short, exchange shortstr, type shortstr, passive bit, durable bit, auto-delete bit, internal bit, nowait bit, arguments table */
export interface ExchangeDeclareArgs {
  ticket: number;
  exchange: string;
  type: string;
  passive: boolean;
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  nowait: boolean;
  arguments: Record<string, unknown>;
}
/** exchange.declare-ok (40/11): no arguments */
export type ExchangeDeclareOkArgs = Record<string, never>;
/** exchange.delete (40/20): ticket short, exchange shortstr, if-unused bit, nowait bit */
export interface ExchangeDeleteArgs {
  ticket: number;
  exchange: string;
  ifUnused: boolean;
  nowait: boolean;
}
/** exchange.delete-ok (40/21): no arguments */
export type ExchangeDeleteOkArgs = Record<string, never>;
/** exchange.bind (40/30): ticket short, destination shortstr, source shortstr, routing-key shortstr, nowait bit, arguments table */
export interface ExchangeBindArgs {
  ticket: number;
  destination: string;
  source: string;
  routingKey: string;
  nowait: boolean;
  arguments: Record<string, unknown>;
}
/** exchange.bind-ok (40/31): no arguments */
export type ExchangeBindOkArgs = Record<string, never>;
/** exchange.unbind (40/40): ticket short, destination shortstr, source shortstr, routing-key shortstr, nowait bit, arguments table */
export interface ExchangeUnbindArgs {
  ticket: number;
  destination: string;
  source: string;
  routingKey: string;
  nowait: boolean;
  arguments: Record<string, unknown>;
}
/** exchange.unbind-ok (40/51): no arguments */
export type ExchangeUnbindOkArgs = Record<string, never>;
/** queue.declare (50/10): ticket short, queue shortstr, passive bit, durable bit, exclusive bit, auto-delete bit, nowait bit, arguments table */
export interface QueueDeclareArgs {
  ticket: number;
  queue: string;
  passive: boolean;
  durable: boolean;
  exclusive: boolean;
  autoDelete: boolean;
  nowait: boolean;
  arguments: Record<string, unknown>;
}
/** queue.declare-ok (50/11): queue shortstr, message-count long, consumer-count long */
export interface QueueDeclareOkArgs {
  queue: string;
  messageCount: number;
  consumerCount: number;
}
/** queue.bind (50/20): ticket short, queue shortstr, exchange shortstr, routing-key shortstr, nowait bit, arguments table */
export interface QueueBindArgs {
  ticket: number;
  queue: string;
  exchange: string;
  routingKey: string;
  nowait: boolean;
  arguments: Record<string, unknown>;
}
/** queue.bind-ok (50/21): no arguments */
export type QueueBindOkArgs = Record<string, never>;
/** queue.purge (50/30): ticket short, queue shortstr, nowait bit */
export interface QueuePurgeArgs {
  ticket: number;
  queue: string;
  nowait: boolean;
}
/** queue.purge-ok (50/31): message-count long */
export interface QueuePurgeOkArgs {
  messageCount: number;
}
/** queue.delete (50/40): ticket short, queue shortstr, if-unused bit, if-empty bit, nowait bit */
export interface QueueDeleteArgs {
  ticket: number;
  queue: string;
  ifUnused: boolean;
  ifEmpty: boolean;
  nowait: boolean;
}
/** queue.delete-ok (50/41): message-count long */
export interface QueueDeleteOkArgs {
  messageCount: number;
}
/** queue.unbind (50/50): ticket short, queue shortstr, exchange shortstr, routing-key shortstr, arguments table */
export interface QueueUnbindArgs {
  ticket: number;
  queue: string;
  exchange: string;
  routingKey: string;
  arguments: Record<string, unknown>;
}
/** queue.unbind-ok (50/51): no arguments */
export type QueueUnbindOkArgs = Record<string, never>;
/** basic.qos (60/10): prefetch-size long, prefetch-count short, global bit */
export interface BasicQosArgs {
  prefetchSize: number;
  prefetchCount: number;
  global: boolean;
}
/** basic.qos-ok (60/11): no arguments */
export type BasicQosOkArgs = Record<string, never>;
/** basic.consume (60/20): ticket short, queue shortstr, consumer-tag shortstr, no-local bit, no-ack bit, exclusive bit, nowait bit, arguments table */
export interface BasicConsumeArgs {
  ticket: number;
  queue: string;
  consumerTag: string;
  noLocal: boolean;
  noAck: boolean;
  exclusive: boolean;
  nowait: boolean;
  arguments: Record<string, unknown>;
}
/** basic.consume-ok (60/21): consumer-tag shortstr */
export interface BasicConsumeOkArgs {
  consumerTag: string;
}
/** basic.cancel (60/30): consumer-tag shortstr, nowait bit */
export interface BasicCancelArgs {
  consumerTag: string;
  nowait: boolean;
}
/** basic.cancel-ok (60/31): consumer-tag shortstr */
export interface BasicCancelOkArgs {
  consumerTag: string;
}
/** basic.publish (60/40): ticket short, exchange shortstr, routing-key shortstr, mandatory bit, immediate bit */
export interface BasicPublishArgs {
  ticket: number;
  exchange: string;
  routingKey: string;
  mandatory: boolean;
  immediate: boolean;
}
/** basic.return (60/50): reply-code short, reply-text shortstr, exchange shortstr, routing-key shortstr */
export interface BasicReturnArgs {
  replyCode: number;
  replyText: string;
  exchange: string;
  routingKey: string;
}
/** basic.deliver (60/60): consumer-tag shortstr, delivery-tag longlong, redelivered bit, exchange shortstr, routing-key shortstr */
export interface BasicDeliverArgs {
  consumerTag: string;
  deliveryTag: number;
  redelivered: boolean;
  exchange: string;
  routingKey: string;
}
/** basic.get (60/70): ticket short, queue shortstr, no-ack bit */
export interface BasicGetArgs {
  ticket: number;
  queue: string;
  noAck: boolean;
}
/** basic.get-ok (60/71): delivery-tag longlong, redelivered bit, exchange shortstr, routing-key shortstr, message-count long */
export interface BasicGetOkArgs {
  deliveryTag: number;
  redelivered: boolean;
  exchange: string;
  routingKey: string;
  messageCount: number;
}
/** basic.get-empty (60/72): cluster-id shortstr */
export interface BasicGetEmptyArgs {
  clusterId: string;
}
/** basic.ack (60/80): delivery-tag longlong, multiple bit */
export interface BasicAckArgs {
  deliveryTag: number;
  multiple: boolean;
}
/** basic.reject (60/90): delivery-tag longlong, requeue bit */
export interface BasicRejectArgs {
  deliveryTag: number;
  requeue: boolean;
}
/** basic.recover-async (60/100): requeue bit */
export interface BasicRecoverAsyncArgs {
  requeue: boolean;
}
/** basic.recover (60/110): requeue bit */
export interface BasicRecoverArgs {
  requeue: boolean;
}
/** basic.recover-ok (60/111): no arguments */
export type BasicRecoverOkArgs = Record<string, never>;
/** basic.nack (60/120): delivery-tag longlong, multiple bit, requeue bit */
export interface BasicNackArgs {
  deliveryTag: number;
  multiple: boolean;
  requeue: boolean;
}
/** tx.select (90/10): no arguments */
export type TxSelectArgs = Record<string, never>;
/** tx.select-ok (90/11): no arguments */
export type TxSelectOkArgs = Record<string, never>;
/** tx.commit (90/20): no arguments */
export type TxCommitArgs = Record<string, never>;
/** tx.commit-ok (90/21): no arguments */
export type TxCommitOkArgs = Record<string, never>;
/** tx.rollback (90/30): no arguments */
export type TxRollbackArgs = Record<string, never>;
/** tx.rollback-ok (90/31): no arguments */
export type TxRollbackOkArgs = Record<string, never>;
/** confirm.select (85/10): nowait bit */
export interface ConfirmSelectArgs {
  nowait: boolean;
}
/** confirm.select-ok (85/11): no arguments */
export type ConfirmSelectOkArgs = Record<string, never>;

/** Args type per method key, for typed encoders. */
export interface MethodArgsByKey {
  [CONNECTION_START]: ConnectionStartArgs;
  [CONNECTION_START_OK]: ConnectionStartOkArgs;
  [CONNECTION_SECURE]: ConnectionSecureArgs;
  [CONNECTION_SECURE_OK]: ConnectionSecureOkArgs;
  [CONNECTION_TUNE]: ConnectionTuneArgs;
  [CONNECTION_TUNE_OK]: ConnectionTuneOkArgs;
  [CONNECTION_OPEN]: ConnectionOpenArgs;
  [CONNECTION_OPEN_OK]: ConnectionOpenOkArgs;
  [CONNECTION_CLOSE]: ConnectionCloseArgs;
  [CONNECTION_CLOSE_OK]: ConnectionCloseOkArgs;
  [CONNECTION_BLOCKED]: ConnectionBlockedArgs;
  [CONNECTION_UNBLOCKED]: ConnectionUnblockedArgs;
  [CONNECTION_UPDATE_SECRET]: ConnectionUpdateSecretArgs;
  [CONNECTION_UPDATE_SECRET_OK]: ConnectionUpdateSecretOkArgs;
  [CHANNEL_OPEN]: ChannelOpenArgs;
  [CHANNEL_OPEN_OK]: ChannelOpenOkArgs;
  [CHANNEL_FLOW]: ChannelFlowArgs;
  [CHANNEL_FLOW_OK]: ChannelFlowOkArgs;
  [CHANNEL_CLOSE]: ChannelCloseArgs;
  [CHANNEL_CLOSE_OK]: ChannelCloseOkArgs;
  [ACCESS_REQUEST]: AccessRequestArgs;
  [ACCESS_REQUEST_OK]: AccessRequestOkArgs;
  [EXCHANGE_DECLARE]: ExchangeDeclareArgs;
  [EXCHANGE_DECLARE_OK]: ExchangeDeclareOkArgs;
  [EXCHANGE_DELETE]: ExchangeDeleteArgs;
  [EXCHANGE_DELETE_OK]: ExchangeDeleteOkArgs;
  [EXCHANGE_BIND]: ExchangeBindArgs;
  [EXCHANGE_BIND_OK]: ExchangeBindOkArgs;
  [EXCHANGE_UNBIND]: ExchangeUnbindArgs;
  [EXCHANGE_UNBIND_OK]: ExchangeUnbindOkArgs;
  [QUEUE_DECLARE]: QueueDeclareArgs;
  [QUEUE_DECLARE_OK]: QueueDeclareOkArgs;
  [QUEUE_BIND]: QueueBindArgs;
  [QUEUE_BIND_OK]: QueueBindOkArgs;
  [QUEUE_PURGE]: QueuePurgeArgs;
  [QUEUE_PURGE_OK]: QueuePurgeOkArgs;
  [QUEUE_DELETE]: QueueDeleteArgs;
  [QUEUE_DELETE_OK]: QueueDeleteOkArgs;
  [QUEUE_UNBIND]: QueueUnbindArgs;
  [QUEUE_UNBIND_OK]: QueueUnbindOkArgs;
  [BASIC_QOS]: BasicQosArgs;
  [BASIC_QOS_OK]: BasicQosOkArgs;
  [BASIC_CONSUME]: BasicConsumeArgs;
  [BASIC_CONSUME_OK]: BasicConsumeOkArgs;
  [BASIC_CANCEL]: BasicCancelArgs;
  [BASIC_CANCEL_OK]: BasicCancelOkArgs;
  [BASIC_PUBLISH]: BasicPublishArgs;
  [BASIC_RETURN]: BasicReturnArgs;
  [BASIC_DELIVER]: BasicDeliverArgs;
  [BASIC_GET]: BasicGetArgs;
  [BASIC_GET_OK]: BasicGetOkArgs;
  [BASIC_GET_EMPTY]: BasicGetEmptyArgs;
  [BASIC_ACK]: BasicAckArgs;
  [BASIC_REJECT]: BasicRejectArgs;
  [BASIC_RECOVER_ASYNC]: BasicRecoverAsyncArgs;
  [BASIC_RECOVER]: BasicRecoverArgs;
  [BASIC_RECOVER_OK]: BasicRecoverOkArgs;
  [BASIC_NACK]: BasicNackArgs;
  [TX_SELECT]: TxSelectArgs;
  [TX_SELECT_OK]: TxSelectOkArgs;
  [TX_COMMIT]: TxCommitArgs;
  [TX_COMMIT_OK]: TxCommitOkArgs;
  [TX_ROLLBACK]: TxRollbackArgs;
  [TX_ROLLBACK_OK]: TxRollbackOkArgs;
  [CONFIRM_SELECT]: ConfirmSelectArgs;
  [CONFIRM_SELECT_OK]: ConfirmSelectOkArgs;
}
export type MethodKey = keyof MethodArgsByKey;
export type MethodArgs = MethodArgsByKey[MethodKey];

export interface MethodInfo {
  readonly classId: number;
  readonly methodId: number;
  /** e.g. basic.publish */
  readonly name: string;
  /** The method expects a reply (the spec marks it synchronous). */
  readonly synchronous: boolean;
  /** The method is followed by a content header and body frames. */
  readonly content: boolean;
  /** Arguments in wire order: camelCase name and primitive AMQP type. */
  readonly fields: readonly MethodField[];
}

export interface MethodField {
  readonly name: string;
  readonly type: 'bit' | 'octet' | 'short' | 'long' | 'longlong' | 'timestamp' | 'shortstr' | 'longstr' | 'table';
}

export const METHOD_INFO: Readonly<Record<number, MethodInfo>> = frozen({
  [CONNECTION_START]: { classId: 10, methodId: 10, name: 'connection.start', synchronous: true, content: false,
    fields: [{ name: 'versionMajor', type: 'octet' }, { name: 'versionMinor', type: 'octet' }, { name: 'serverProperties', type: 'table' }, { name: 'mechanisms', type: 'longstr' }, { name: 'locales', type: 'longstr' }] },
  [CONNECTION_START_OK]: { classId: 10, methodId: 11, name: 'connection.start-ok', synchronous: false, content: false,
    fields: [{ name: 'clientProperties', type: 'table' }, { name: 'mechanism', type: 'shortstr' }, { name: 'response', type: 'longstr' }, { name: 'locale', type: 'shortstr' }] },
  [CONNECTION_SECURE]: { classId: 10, methodId: 20, name: 'connection.secure', synchronous: true, content: false,
    fields: [{ name: 'challenge', type: 'longstr' }] },
  [CONNECTION_SECURE_OK]: { classId: 10, methodId: 21, name: 'connection.secure-ok', synchronous: false, content: false,
    fields: [{ name: 'response', type: 'longstr' }] },
  [CONNECTION_TUNE]: { classId: 10, methodId: 30, name: 'connection.tune', synchronous: true, content: false,
    fields: [{ name: 'channelMax', type: 'short' }, { name: 'frameMax', type: 'long' }, { name: 'heartbeat', type: 'short' }] },
  [CONNECTION_TUNE_OK]: { classId: 10, methodId: 31, name: 'connection.tune-ok', synchronous: false, content: false,
    fields: [{ name: 'channelMax', type: 'short' }, { name: 'frameMax', type: 'long' }, { name: 'heartbeat', type: 'short' }] },
  [CONNECTION_OPEN]: { classId: 10, methodId: 40, name: 'connection.open', synchronous: true, content: false,
    fields: [{ name: 'virtualHost', type: 'shortstr' }, { name: 'capabilities', type: 'shortstr' }, { name: 'insist', type: 'bit' }] },
  [CONNECTION_OPEN_OK]: { classId: 10, methodId: 41, name: 'connection.open-ok', synchronous: false, content: false,
    fields: [{ name: 'knownHosts', type: 'shortstr' }] },
  [CONNECTION_CLOSE]: { classId: 10, methodId: 50, name: 'connection.close', synchronous: true, content: false,
    fields: [{ name: 'replyCode', type: 'short' }, { name: 'replyText', type: 'shortstr' }, { name: 'classId', type: 'short' }, { name: 'methodId', type: 'short' }] },
  [CONNECTION_CLOSE_OK]: { classId: 10, methodId: 51, name: 'connection.close-ok', synchronous: false, content: false,
    fields: [] },
  [CONNECTION_BLOCKED]: { classId: 10, methodId: 60, name: 'connection.blocked', synchronous: false, content: false,
    fields: [{ name: 'reason', type: 'shortstr' }] },
  [CONNECTION_UNBLOCKED]: { classId: 10, methodId: 61, name: 'connection.unblocked', synchronous: false, content: false,
    fields: [] },
  [CONNECTION_UPDATE_SECRET]: { classId: 10, methodId: 70, name: 'connection.update-secret', synchronous: true, content: false,
    fields: [{ name: 'newSecret', type: 'longstr' }, { name: 'reason', type: 'shortstr' }] },
  [CONNECTION_UPDATE_SECRET_OK]: { classId: 10, methodId: 71, name: 'connection.update-secret-ok', synchronous: false, content: false,
    fields: [] },
  [CHANNEL_OPEN]: { classId: 20, methodId: 10, name: 'channel.open', synchronous: true, content: false,
    fields: [{ name: 'outOfBand', type: 'shortstr' }] },
  [CHANNEL_OPEN_OK]: { classId: 20, methodId: 11, name: 'channel.open-ok', synchronous: false, content: false,
    fields: [{ name: 'channelId', type: 'longstr' }] },
  [CHANNEL_FLOW]: { classId: 20, methodId: 20, name: 'channel.flow', synchronous: true, content: false,
    fields: [{ name: 'active', type: 'bit' }] },
  [CHANNEL_FLOW_OK]: { classId: 20, methodId: 21, name: 'channel.flow-ok', synchronous: false, content: false,
    fields: [{ name: 'active', type: 'bit' }] },
  [CHANNEL_CLOSE]: { classId: 20, methodId: 40, name: 'channel.close', synchronous: true, content: false,
    fields: [{ name: 'replyCode', type: 'short' }, { name: 'replyText', type: 'shortstr' }, { name: 'classId', type: 'short' }, { name: 'methodId', type: 'short' }] },
  [CHANNEL_CLOSE_OK]: { classId: 20, methodId: 41, name: 'channel.close-ok', synchronous: false, content: false,
    fields: [] },
  [ACCESS_REQUEST]: { classId: 30, methodId: 10, name: 'access.request', synchronous: true, content: false,
    fields: [{ name: 'realm', type: 'shortstr' }, { name: 'exclusive', type: 'bit' }, { name: 'passive', type: 'bit' }, { name: 'active', type: 'bit' }, { name: 'write', type: 'bit' }, { name: 'read', type: 'bit' }] },
  [ACCESS_REQUEST_OK]: { classId: 30, methodId: 11, name: 'access.request-ok', synchronous: false, content: false,
    fields: [{ name: 'ticket', type: 'short' }] },
  [EXCHANGE_DECLARE]: { classId: 40, methodId: 10, name: 'exchange.declare', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'exchange', type: 'shortstr' }, { name: 'type', type: 'shortstr' }, { name: 'passive', type: 'bit' }, { name: 'durable', type: 'bit' }, { name: 'autoDelete', type: 'bit' }, { name: 'internal', type: 'bit' }, { name: 'nowait', type: 'bit' }, { name: 'arguments', type: 'table' }] },
  [EXCHANGE_DECLARE_OK]: { classId: 40, methodId: 11, name: 'exchange.declare-ok', synchronous: false, content: false,
    fields: [] },
  [EXCHANGE_DELETE]: { classId: 40, methodId: 20, name: 'exchange.delete', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'exchange', type: 'shortstr' }, { name: 'ifUnused', type: 'bit' }, { name: 'nowait', type: 'bit' }] },
  [EXCHANGE_DELETE_OK]: { classId: 40, methodId: 21, name: 'exchange.delete-ok', synchronous: false, content: false,
    fields: [] },
  [EXCHANGE_BIND]: { classId: 40, methodId: 30, name: 'exchange.bind', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'destination', type: 'shortstr' }, { name: 'source', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }, { name: 'nowait', type: 'bit' }, { name: 'arguments', type: 'table' }] },
  [EXCHANGE_BIND_OK]: { classId: 40, methodId: 31, name: 'exchange.bind-ok', synchronous: false, content: false,
    fields: [] },
  [EXCHANGE_UNBIND]: { classId: 40, methodId: 40, name: 'exchange.unbind', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'destination', type: 'shortstr' }, { name: 'source', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }, { name: 'nowait', type: 'bit' }, { name: 'arguments', type: 'table' }] },
  [EXCHANGE_UNBIND_OK]: { classId: 40, methodId: 51, name: 'exchange.unbind-ok', synchronous: false, content: false,
    fields: [] },
  [QUEUE_DECLARE]: { classId: 50, methodId: 10, name: 'queue.declare', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'passive', type: 'bit' }, { name: 'durable', type: 'bit' }, { name: 'exclusive', type: 'bit' }, { name: 'autoDelete', type: 'bit' }, { name: 'nowait', type: 'bit' }, { name: 'arguments', type: 'table' }] },
  [QUEUE_DECLARE_OK]: { classId: 50, methodId: 11, name: 'queue.declare-ok', synchronous: false, content: false,
    fields: [{ name: 'queue', type: 'shortstr' }, { name: 'messageCount', type: 'long' }, { name: 'consumerCount', type: 'long' }] },
  [QUEUE_BIND]: { classId: 50, methodId: 20, name: 'queue.bind', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'exchange', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }, { name: 'nowait', type: 'bit' }, { name: 'arguments', type: 'table' }] },
  [QUEUE_BIND_OK]: { classId: 50, methodId: 21, name: 'queue.bind-ok', synchronous: false, content: false,
    fields: [] },
  [QUEUE_PURGE]: { classId: 50, methodId: 30, name: 'queue.purge', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'nowait', type: 'bit' }] },
  [QUEUE_PURGE_OK]: { classId: 50, methodId: 31, name: 'queue.purge-ok', synchronous: false, content: false,
    fields: [{ name: 'messageCount', type: 'long' }] },
  [QUEUE_DELETE]: { classId: 50, methodId: 40, name: 'queue.delete', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'ifUnused', type: 'bit' }, { name: 'ifEmpty', type: 'bit' }, { name: 'nowait', type: 'bit' }] },
  [QUEUE_DELETE_OK]: { classId: 50, methodId: 41, name: 'queue.delete-ok', synchronous: false, content: false,
    fields: [{ name: 'messageCount', type: 'long' }] },
  [QUEUE_UNBIND]: { classId: 50, methodId: 50, name: 'queue.unbind', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'exchange', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }, { name: 'arguments', type: 'table' }] },
  [QUEUE_UNBIND_OK]: { classId: 50, methodId: 51, name: 'queue.unbind-ok', synchronous: false, content: false,
    fields: [] },
  [BASIC_QOS]: { classId: 60, methodId: 10, name: 'basic.qos', synchronous: true, content: false,
    fields: [{ name: 'prefetchSize', type: 'long' }, { name: 'prefetchCount', type: 'short' }, { name: 'global', type: 'bit' }] },
  [BASIC_QOS_OK]: { classId: 60, methodId: 11, name: 'basic.qos-ok', synchronous: false, content: false,
    fields: [] },
  [BASIC_CONSUME]: { classId: 60, methodId: 20, name: 'basic.consume', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'consumerTag', type: 'shortstr' }, { name: 'noLocal', type: 'bit' }, { name: 'noAck', type: 'bit' }, { name: 'exclusive', type: 'bit' }, { name: 'nowait', type: 'bit' }, { name: 'arguments', type: 'table' }] },
  [BASIC_CONSUME_OK]: { classId: 60, methodId: 21, name: 'basic.consume-ok', synchronous: false, content: false,
    fields: [{ name: 'consumerTag', type: 'shortstr' }] },
  [BASIC_CANCEL]: { classId: 60, methodId: 30, name: 'basic.cancel', synchronous: true, content: false,
    fields: [{ name: 'consumerTag', type: 'shortstr' }, { name: 'nowait', type: 'bit' }] },
  [BASIC_CANCEL_OK]: { classId: 60, methodId: 31, name: 'basic.cancel-ok', synchronous: false, content: false,
    fields: [{ name: 'consumerTag', type: 'shortstr' }] },
  [BASIC_PUBLISH]: { classId: 60, methodId: 40, name: 'basic.publish', synchronous: false, content: true,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'exchange', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }, { name: 'mandatory', type: 'bit' }, { name: 'immediate', type: 'bit' }] },
  [BASIC_RETURN]: { classId: 60, methodId: 50, name: 'basic.return', synchronous: false, content: true,
    fields: [{ name: 'replyCode', type: 'short' }, { name: 'replyText', type: 'shortstr' }, { name: 'exchange', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }] },
  [BASIC_DELIVER]: { classId: 60, methodId: 60, name: 'basic.deliver', synchronous: false, content: true,
    fields: [{ name: 'consumerTag', type: 'shortstr' }, { name: 'deliveryTag', type: 'longlong' }, { name: 'redelivered', type: 'bit' }, { name: 'exchange', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }] },
  [BASIC_GET]: { classId: 60, methodId: 70, name: 'basic.get', synchronous: true, content: false,
    fields: [{ name: 'ticket', type: 'short' }, { name: 'queue', type: 'shortstr' }, { name: 'noAck', type: 'bit' }] },
  [BASIC_GET_OK]: { classId: 60, methodId: 71, name: 'basic.get-ok', synchronous: false, content: true,
    fields: [{ name: 'deliveryTag', type: 'longlong' }, { name: 'redelivered', type: 'bit' }, { name: 'exchange', type: 'shortstr' }, { name: 'routingKey', type: 'shortstr' }, { name: 'messageCount', type: 'long' }] },
  [BASIC_GET_EMPTY]: { classId: 60, methodId: 72, name: 'basic.get-empty', synchronous: false, content: false,
    fields: [{ name: 'clusterId', type: 'shortstr' }] },
  [BASIC_ACK]: { classId: 60, methodId: 80, name: 'basic.ack', synchronous: false, content: false,
    fields: [{ name: 'deliveryTag', type: 'longlong' }, { name: 'multiple', type: 'bit' }] },
  [BASIC_REJECT]: { classId: 60, methodId: 90, name: 'basic.reject', synchronous: false, content: false,
    fields: [{ name: 'deliveryTag', type: 'longlong' }, { name: 'requeue', type: 'bit' }] },
  [BASIC_RECOVER_ASYNC]: { classId: 60, methodId: 100, name: 'basic.recover-async', synchronous: false, content: false,
    fields: [{ name: 'requeue', type: 'bit' }] },
  [BASIC_RECOVER]: { classId: 60, methodId: 110, name: 'basic.recover', synchronous: true, content: false,
    fields: [{ name: 'requeue', type: 'bit' }] },
  [BASIC_RECOVER_OK]: { classId: 60, methodId: 111, name: 'basic.recover-ok', synchronous: false, content: false,
    fields: [] },
  [BASIC_NACK]: { classId: 60, methodId: 120, name: 'basic.nack', synchronous: false, content: false,
    fields: [{ name: 'deliveryTag', type: 'longlong' }, { name: 'multiple', type: 'bit' }, { name: 'requeue', type: 'bit' }] },
  [TX_SELECT]: { classId: 90, methodId: 10, name: 'tx.select', synchronous: true, content: false,
    fields: [] },
  [TX_SELECT_OK]: { classId: 90, methodId: 11, name: 'tx.select-ok', synchronous: false, content: false,
    fields: [] },
  [TX_COMMIT]: { classId: 90, methodId: 20, name: 'tx.commit', synchronous: true, content: false,
    fields: [] },
  [TX_COMMIT_OK]: { classId: 90, methodId: 21, name: 'tx.commit-ok', synchronous: false, content: false,
    fields: [] },
  [TX_ROLLBACK]: { classId: 90, methodId: 30, name: 'tx.rollback', synchronous: true, content: false,
    fields: [] },
  [TX_ROLLBACK_OK]: { classId: 90, methodId: 31, name: 'tx.rollback-ok', synchronous: false, content: false,
    fields: [] },
  [CONFIRM_SELECT]: { classId: 85, methodId: 10, name: 'confirm.select', synchronous: true, content: false,
    fields: [{ name: 'nowait', type: 'bit' }] },
  [CONFIRM_SELECT_OK]: { classId: 85, methodId: 11, name: 'confirm.select-ok', synchronous: false, content: false,
    fields: [] },
});

export const METHOD_NAMES: Readonly<Record<number, string>> = frozen({
  [CONNECTION_START]: 'connection.start',
  [CONNECTION_START_OK]: 'connection.start-ok',
  [CONNECTION_SECURE]: 'connection.secure',
  [CONNECTION_SECURE_OK]: 'connection.secure-ok',
  [CONNECTION_TUNE]: 'connection.tune',
  [CONNECTION_TUNE_OK]: 'connection.tune-ok',
  [CONNECTION_OPEN]: 'connection.open',
  [CONNECTION_OPEN_OK]: 'connection.open-ok',
  [CONNECTION_CLOSE]: 'connection.close',
  [CONNECTION_CLOSE_OK]: 'connection.close-ok',
  [CONNECTION_BLOCKED]: 'connection.blocked',
  [CONNECTION_UNBLOCKED]: 'connection.unblocked',
  [CONNECTION_UPDATE_SECRET]: 'connection.update-secret',
  [CONNECTION_UPDATE_SECRET_OK]: 'connection.update-secret-ok',
  [CHANNEL_OPEN]: 'channel.open',
  [CHANNEL_OPEN_OK]: 'channel.open-ok',
  [CHANNEL_FLOW]: 'channel.flow',
  [CHANNEL_FLOW_OK]: 'channel.flow-ok',
  [CHANNEL_CLOSE]: 'channel.close',
  [CHANNEL_CLOSE_OK]: 'channel.close-ok',
  [ACCESS_REQUEST]: 'access.request',
  [ACCESS_REQUEST_OK]: 'access.request-ok',
  [EXCHANGE_DECLARE]: 'exchange.declare',
  [EXCHANGE_DECLARE_OK]: 'exchange.declare-ok',
  [EXCHANGE_DELETE]: 'exchange.delete',
  [EXCHANGE_DELETE_OK]: 'exchange.delete-ok',
  [EXCHANGE_BIND]: 'exchange.bind',
  [EXCHANGE_BIND_OK]: 'exchange.bind-ok',
  [EXCHANGE_UNBIND]: 'exchange.unbind',
  [EXCHANGE_UNBIND_OK]: 'exchange.unbind-ok',
  [QUEUE_DECLARE]: 'queue.declare',
  [QUEUE_DECLARE_OK]: 'queue.declare-ok',
  [QUEUE_BIND]: 'queue.bind',
  [QUEUE_BIND_OK]: 'queue.bind-ok',
  [QUEUE_PURGE]: 'queue.purge',
  [QUEUE_PURGE_OK]: 'queue.purge-ok',
  [QUEUE_DELETE]: 'queue.delete',
  [QUEUE_DELETE_OK]: 'queue.delete-ok',
  [QUEUE_UNBIND]: 'queue.unbind',
  [QUEUE_UNBIND_OK]: 'queue.unbind-ok',
  [BASIC_QOS]: 'basic.qos',
  [BASIC_QOS_OK]: 'basic.qos-ok',
  [BASIC_CONSUME]: 'basic.consume',
  [BASIC_CONSUME_OK]: 'basic.consume-ok',
  [BASIC_CANCEL]: 'basic.cancel',
  [BASIC_CANCEL_OK]: 'basic.cancel-ok',
  [BASIC_PUBLISH]: 'basic.publish',
  [BASIC_RETURN]: 'basic.return',
  [BASIC_DELIVER]: 'basic.deliver',
  [BASIC_GET]: 'basic.get',
  [BASIC_GET_OK]: 'basic.get-ok',
  [BASIC_GET_EMPTY]: 'basic.get-empty',
  [BASIC_ACK]: 'basic.ack',
  [BASIC_REJECT]: 'basic.reject',
  [BASIC_RECOVER_ASYNC]: 'basic.recover-async',
  [BASIC_RECOVER]: 'basic.recover',
  [BASIC_RECOVER_OK]: 'basic.recover-ok',
  [BASIC_NACK]: 'basic.nack',
  [TX_SELECT]: 'tx.select',
  [TX_SELECT_OK]: 'tx.select-ok',
  [TX_COMMIT]: 'tx.commit',
  [TX_COMMIT_OK]: 'tx.commit-ok',
  [TX_ROLLBACK]: 'tx.rollback',
  [TX_ROLLBACK_OK]: 'tx.rollback-ok',
  [CONFIRM_SELECT]: 'confirm.select',
  [CONFIRM_SELECT_OK]: 'confirm.select-ok',
});

export function isSynchronous(key: number): boolean {
  switch (key) {
    case CONNECTION_START:
    case CONNECTION_SECURE:
    case CONNECTION_TUNE:
    case CONNECTION_OPEN:
    case CONNECTION_CLOSE:
    case CONNECTION_UPDATE_SECRET:
    case CHANNEL_OPEN:
    case CHANNEL_FLOW:
    case CHANNEL_CLOSE:
    case ACCESS_REQUEST:
    case EXCHANGE_DECLARE:
    case EXCHANGE_DELETE:
    case EXCHANGE_BIND:
    case EXCHANGE_UNBIND:
    case QUEUE_DECLARE:
    case QUEUE_BIND:
    case QUEUE_PURGE:
    case QUEUE_DELETE:
    case QUEUE_UNBIND:
    case BASIC_QOS:
    case BASIC_CONSUME:
    case BASIC_CANCEL:
    case BASIC_GET:
    case BASIC_RECOVER:
    case TX_SELECT:
    case TX_COMMIT:
    case TX_ROLLBACK:
    case CONFIRM_SELECT:
      return true;
    default:
      return false;
  }
}

export function hasContent(key: number): boolean {
  switch (key) {
    case BASIC_PUBLISH:
    case BASIC_RETURN:
    case BASIC_DELIVER:
    case BASIC_GET_OK:
      return true;
    default:
      return false;
  }
}

// Decoders read args from b[o, end) (the method frame payload after class and method ids)
// and require the args to fill it exactly. They keep no state: the offset is a parameter.
// shortstr is UTF-8; longstr is a byte string (latin1: one char per byte, so binary SASL
// responses survive); longlong is a JS number.
const TWO_32 = 4294967296;
const EMPTY: Record<string, never> = Object.freeze({}) as Record<string, never>;

function truncated(key: number): CodecError {
  return undecodable(`truncated ${METHOD_NAMES[key]}`, key >>> 16, key & 0xffff);
}
function trailing(key: number): CodecError {
  return undecodable(`trailing bytes after ${METHOD_NAMES[key]}`, key >>> 16, key & 0xffff);
}

export function decodeConnectionStart(b: Buffer, o: number, end: number): ConnectionStartArgs {
  let n = 0;
  if (o + 1 > end) throw truncated(CONNECTION_START);
  const fVersionMajor = b[o];
  o += 1;
  if (o + 1 > end) throw truncated(CONNECTION_START);
  const fVersionMinor = b[o];
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_START);
  const fServerProperties = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_START);
  const fMechanisms = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_START);
  const fLocales = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o !== end) throw trailing(CONNECTION_START);
  return { versionMajor: fVersionMajor, versionMinor: fVersionMinor, serverProperties: fServerProperties, mechanisms: fMechanisms, locales: fLocales };
}
export function decodeConnectionStartOk(b: Buffer, o: number, end: number): ConnectionStartOkArgs {
  let n = 0;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_START_OK);
  const fClientProperties = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_START_OK);
  const fMechanism = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_START_OK);
  const fResponse = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_START_OK);
  const fLocale = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(CONNECTION_START_OK);
  return { clientProperties: fClientProperties, mechanism: fMechanism, response: fResponse, locale: fLocale };
}
export function decodeConnectionSecure(b: Buffer, o: number, end: number): ConnectionSecureArgs {
  let n = 0;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_SECURE);
  const fChallenge = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o !== end) throw trailing(CONNECTION_SECURE);
  return { challenge: fChallenge };
}
export function decodeConnectionSecureOk(b: Buffer, o: number, end: number): ConnectionSecureOkArgs {
  let n = 0;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_SECURE_OK);
  const fResponse = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o !== end) throw trailing(CONNECTION_SECURE_OK);
  return { response: fResponse };
}
export function decodeConnectionTune(b: Buffer, o: number, end: number): ConnectionTuneArgs {
  if (o + 2 > end) throw truncated(CONNECTION_TUNE);
  const fChannelMax = b.readUInt16BE(o);
  o += 2;
  if (o + 4 > end) throw truncated(CONNECTION_TUNE);
  const fFrameMax = b.readUInt32BE(o);
  o += 4;
  if (o + 2 > end) throw truncated(CONNECTION_TUNE);
  const fHeartbeat = b.readUInt16BE(o);
  o += 2;
  if (o !== end) throw trailing(CONNECTION_TUNE);
  return { channelMax: fChannelMax, frameMax: fFrameMax, heartbeat: fHeartbeat };
}
export function decodeConnectionTuneOk(b: Buffer, o: number, end: number): ConnectionTuneOkArgs {
  if (o + 2 > end) throw truncated(CONNECTION_TUNE_OK);
  const fChannelMax = b.readUInt16BE(o);
  o += 2;
  if (o + 4 > end) throw truncated(CONNECTION_TUNE_OK);
  const fFrameMax = b.readUInt32BE(o);
  o += 4;
  if (o + 2 > end) throw truncated(CONNECTION_TUNE_OK);
  const fHeartbeat = b.readUInt16BE(o);
  o += 2;
  if (o !== end) throw trailing(CONNECTION_TUNE_OK);
  return { channelMax: fChannelMax, frameMax: fFrameMax, heartbeat: fHeartbeat };
}
export function decodeConnectionOpen(b: Buffer, o: number, end: number): ConnectionOpenArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_OPEN);
  const fVirtualHost = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_OPEN);
  const fCapabilities = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(CONNECTION_OPEN);
  const fInsist = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(CONNECTION_OPEN);
  return { virtualHost: fVirtualHost, capabilities: fCapabilities, insist: fInsist };
}
export function decodeConnectionOpenOk(b: Buffer, o: number, end: number): ConnectionOpenOkArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_OPEN_OK);
  const fKnownHosts = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(CONNECTION_OPEN_OK);
  return { knownHosts: fKnownHosts };
}
export function decodeConnectionClose(b: Buffer, o: number, end: number): ConnectionCloseArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(CONNECTION_CLOSE);
  const fReplyCode = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_CLOSE);
  const fReplyText = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 2 > end) throw truncated(CONNECTION_CLOSE);
  const fClassId = b.readUInt16BE(o);
  o += 2;
  if (o + 2 > end) throw truncated(CONNECTION_CLOSE);
  const fMethodId = b.readUInt16BE(o);
  o += 2;
  if (o !== end) throw trailing(CONNECTION_CLOSE);
  return { replyCode: fReplyCode, replyText: fReplyText, classId: fClassId, methodId: fMethodId };
}
export function decodeConnectionCloseOk(_b: Buffer, o: number, end: number): ConnectionCloseOkArgs {
  if (o !== end) throw trailing(CONNECTION_CLOSE_OK);
  return EMPTY;
}
export function decodeConnectionBlocked(b: Buffer, o: number, end: number): ConnectionBlockedArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_BLOCKED);
  const fReason = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(CONNECTION_BLOCKED);
  return { reason: fReason };
}
export function decodeConnectionUnblocked(_b: Buffer, o: number, end: number): ConnectionUnblockedArgs {
  if (o !== end) throw trailing(CONNECTION_UNBLOCKED);
  return EMPTY;
}
export function decodeConnectionUpdateSecret(b: Buffer, o: number, end: number): ConnectionUpdateSecretArgs {
  let n = 0;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CONNECTION_UPDATE_SECRET);
  const fNewSecret = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CONNECTION_UPDATE_SECRET);
  const fReason = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(CONNECTION_UPDATE_SECRET);
  return { newSecret: fNewSecret, reason: fReason };
}
export function decodeConnectionUpdateSecretOk(_b: Buffer, o: number, end: number): ConnectionUpdateSecretOkArgs {
  if (o !== end) throw trailing(CONNECTION_UPDATE_SECRET_OK);
  return EMPTY;
}
export function decodeChannelOpen(b: Buffer, o: number, end: number): ChannelOpenArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CHANNEL_OPEN);
  const fOutOfBand = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(CHANNEL_OPEN);
  return { outOfBand: fOutOfBand };
}
export function decodeChannelOpenOk(b: Buffer, o: number, end: number): ChannelOpenOkArgs {
  let n = 0;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(CHANNEL_OPEN_OK);
  const fChannelId = b.toString('latin1', o + 4, o + 4 + n);
  o += 4 + n;
  if (o !== end) throw trailing(CHANNEL_OPEN_OK);
  return { channelId: fChannelId };
}
export function decodeChannelFlow(b: Buffer, o: number, end: number): ChannelFlowArgs {
  if (o + 1 > end) throw truncated(CHANNEL_FLOW);
  const fActive = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(CHANNEL_FLOW);
  return { active: fActive };
}
export function decodeChannelFlowOk(b: Buffer, o: number, end: number): ChannelFlowOkArgs {
  if (o + 1 > end) throw truncated(CHANNEL_FLOW_OK);
  const fActive = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(CHANNEL_FLOW_OK);
  return { active: fActive };
}
export function decodeChannelClose(b: Buffer, o: number, end: number): ChannelCloseArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(CHANNEL_CLOSE);
  const fReplyCode = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(CHANNEL_CLOSE);
  const fReplyText = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 2 > end) throw truncated(CHANNEL_CLOSE);
  const fClassId = b.readUInt16BE(o);
  o += 2;
  if (o + 2 > end) throw truncated(CHANNEL_CLOSE);
  const fMethodId = b.readUInt16BE(o);
  o += 2;
  if (o !== end) throw trailing(CHANNEL_CLOSE);
  return { replyCode: fReplyCode, replyText: fReplyText, classId: fClassId, methodId: fMethodId };
}
export function decodeChannelCloseOk(_b: Buffer, o: number, end: number): ChannelCloseOkArgs {
  if (o !== end) throw trailing(CHANNEL_CLOSE_OK);
  return EMPTY;
}
export function decodeAccessRequest(b: Buffer, o: number, end: number): AccessRequestArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(ACCESS_REQUEST);
  const fRealm = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(ACCESS_REQUEST);
  const fExclusive = (b[o] & 1) !== 0;
  const fPassive = (b[o] & 2) !== 0;
  const fActive = (b[o] & 4) !== 0;
  const fWrite = (b[o] & 8) !== 0;
  const fRead = (b[o] & 16) !== 0;
  o += 1;
  if (o !== end) throw trailing(ACCESS_REQUEST);
  return { realm: fRealm, exclusive: fExclusive, passive: fPassive, active: fActive, write: fWrite, read: fRead };
}
export function decodeAccessRequestOk(b: Buffer, o: number, end: number): AccessRequestOkArgs {
  if (o + 2 > end) throw truncated(ACCESS_REQUEST_OK);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o !== end) throw trailing(ACCESS_REQUEST_OK);
  return { ticket: fTicket };
}
export function decodeExchangeDeclare(b: Buffer, o: number, end: number): ExchangeDeclareArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(EXCHANGE_DECLARE);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_DECLARE);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_DECLARE);
  const fType = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(EXCHANGE_DECLARE);
  const fPassive = (b[o] & 1) !== 0;
  const fDurable = (b[o] & 2) !== 0;
  const fAutoDelete = (b[o] & 4) !== 0;
  const fInternal = (b[o] & 8) !== 0;
  const fNowait = (b[o] & 16) !== 0;
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(EXCHANGE_DECLARE);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(EXCHANGE_DECLARE);
  return { ticket: fTicket, exchange: fExchange, type: fType, passive: fPassive, durable: fDurable, autoDelete: fAutoDelete, internal: fInternal, nowait: fNowait, arguments: fArguments };
}
export function decodeExchangeDeclareOk(_b: Buffer, o: number, end: number): ExchangeDeclareOkArgs {
  if (o !== end) throw trailing(EXCHANGE_DECLARE_OK);
  return EMPTY;
}
export function decodeExchangeDelete(b: Buffer, o: number, end: number): ExchangeDeleteArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(EXCHANGE_DELETE);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_DELETE);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(EXCHANGE_DELETE);
  const fIfUnused = (b[o] & 1) !== 0;
  const fNowait = (b[o] & 2) !== 0;
  o += 1;
  if (o !== end) throw trailing(EXCHANGE_DELETE);
  return { ticket: fTicket, exchange: fExchange, ifUnused: fIfUnused, nowait: fNowait };
}
export function decodeExchangeDeleteOk(_b: Buffer, o: number, end: number): ExchangeDeleteOkArgs {
  if (o !== end) throw trailing(EXCHANGE_DELETE_OK);
  return EMPTY;
}
export function decodeExchangeBind(b: Buffer, o: number, end: number): ExchangeBindArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(EXCHANGE_BIND);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_BIND);
  const fDestination = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_BIND);
  const fSource = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_BIND);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(EXCHANGE_BIND);
  const fNowait = (b[o] & 1) !== 0;
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(EXCHANGE_BIND);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(EXCHANGE_BIND);
  return { ticket: fTicket, destination: fDestination, source: fSource, routingKey: fRoutingKey, nowait: fNowait, arguments: fArguments };
}
export function decodeExchangeBindOk(_b: Buffer, o: number, end: number): ExchangeBindOkArgs {
  if (o !== end) throw trailing(EXCHANGE_BIND_OK);
  return EMPTY;
}
export function decodeExchangeUnbind(b: Buffer, o: number, end: number): ExchangeUnbindArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(EXCHANGE_UNBIND);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_UNBIND);
  const fDestination = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_UNBIND);
  const fSource = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(EXCHANGE_UNBIND);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(EXCHANGE_UNBIND);
  const fNowait = (b[o] & 1) !== 0;
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(EXCHANGE_UNBIND);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(EXCHANGE_UNBIND);
  return { ticket: fTicket, destination: fDestination, source: fSource, routingKey: fRoutingKey, nowait: fNowait, arguments: fArguments };
}
export function decodeExchangeUnbindOk(_b: Buffer, o: number, end: number): ExchangeUnbindOkArgs {
  if (o !== end) throw trailing(EXCHANGE_UNBIND_OK);
  return EMPTY;
}
export function decodeQueueDeclare(b: Buffer, o: number, end: number): QueueDeclareArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(QUEUE_DECLARE);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_DECLARE);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(QUEUE_DECLARE);
  const fPassive = (b[o] & 1) !== 0;
  const fDurable = (b[o] & 2) !== 0;
  const fExclusive = (b[o] & 4) !== 0;
  const fAutoDelete = (b[o] & 8) !== 0;
  const fNowait = (b[o] & 16) !== 0;
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(QUEUE_DECLARE);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(QUEUE_DECLARE);
  return { ticket: fTicket, queue: fQueue, passive: fPassive, durable: fDurable, exclusive: fExclusive, autoDelete: fAutoDelete, nowait: fNowait, arguments: fArguments };
}
export function decodeQueueDeclareOk(b: Buffer, o: number, end: number): QueueDeclareOkArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_DECLARE_OK);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 4 > end) throw truncated(QUEUE_DECLARE_OK);
  const fMessageCount = b.readUInt32BE(o);
  o += 4;
  if (o + 4 > end) throw truncated(QUEUE_DECLARE_OK);
  const fConsumerCount = b.readUInt32BE(o);
  o += 4;
  if (o !== end) throw trailing(QUEUE_DECLARE_OK);
  return { queue: fQueue, messageCount: fMessageCount, consumerCount: fConsumerCount };
}
export function decodeQueueBind(b: Buffer, o: number, end: number): QueueBindArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(QUEUE_BIND);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_BIND);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_BIND);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_BIND);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(QUEUE_BIND);
  const fNowait = (b[o] & 1) !== 0;
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(QUEUE_BIND);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(QUEUE_BIND);
  return { ticket: fTicket, queue: fQueue, exchange: fExchange, routingKey: fRoutingKey, nowait: fNowait, arguments: fArguments };
}
export function decodeQueueBindOk(_b: Buffer, o: number, end: number): QueueBindOkArgs {
  if (o !== end) throw trailing(QUEUE_BIND_OK);
  return EMPTY;
}
export function decodeQueuePurge(b: Buffer, o: number, end: number): QueuePurgeArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(QUEUE_PURGE);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_PURGE);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(QUEUE_PURGE);
  const fNowait = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(QUEUE_PURGE);
  return { ticket: fTicket, queue: fQueue, nowait: fNowait };
}
export function decodeQueuePurgeOk(b: Buffer, o: number, end: number): QueuePurgeOkArgs {
  if (o + 4 > end) throw truncated(QUEUE_PURGE_OK);
  const fMessageCount = b.readUInt32BE(o);
  o += 4;
  if (o !== end) throw trailing(QUEUE_PURGE_OK);
  return { messageCount: fMessageCount };
}
export function decodeQueueDelete(b: Buffer, o: number, end: number): QueueDeleteArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(QUEUE_DELETE);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_DELETE);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(QUEUE_DELETE);
  const fIfUnused = (b[o] & 1) !== 0;
  const fIfEmpty = (b[o] & 2) !== 0;
  const fNowait = (b[o] & 4) !== 0;
  o += 1;
  if (o !== end) throw trailing(QUEUE_DELETE);
  return { ticket: fTicket, queue: fQueue, ifUnused: fIfUnused, ifEmpty: fIfEmpty, nowait: fNowait };
}
export function decodeQueueDeleteOk(b: Buffer, o: number, end: number): QueueDeleteOkArgs {
  if (o + 4 > end) throw truncated(QUEUE_DELETE_OK);
  const fMessageCount = b.readUInt32BE(o);
  o += 4;
  if (o !== end) throw trailing(QUEUE_DELETE_OK);
  return { messageCount: fMessageCount };
}
export function decodeQueueUnbind(b: Buffer, o: number, end: number): QueueUnbindArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(QUEUE_UNBIND);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_UNBIND);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_UNBIND);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(QUEUE_UNBIND);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(QUEUE_UNBIND);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(QUEUE_UNBIND);
  return { ticket: fTicket, queue: fQueue, exchange: fExchange, routingKey: fRoutingKey, arguments: fArguments };
}
export function decodeQueueUnbindOk(_b: Buffer, o: number, end: number): QueueUnbindOkArgs {
  if (o !== end) throw trailing(QUEUE_UNBIND_OK);
  return EMPTY;
}
export function decodeBasicQos(b: Buffer, o: number, end: number): BasicQosArgs {
  if (o + 4 > end) throw truncated(BASIC_QOS);
  const fPrefetchSize = b.readUInt32BE(o);
  o += 4;
  if (o + 2 > end) throw truncated(BASIC_QOS);
  const fPrefetchCount = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end) throw truncated(BASIC_QOS);
  const fGlobal = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_QOS);
  return { prefetchSize: fPrefetchSize, prefetchCount: fPrefetchCount, global: fGlobal };
}
export function decodeBasicQosOk(_b: Buffer, o: number, end: number): BasicQosOkArgs {
  if (o !== end) throw trailing(BASIC_QOS_OK);
  return EMPTY;
}
export function decodeBasicConsume(b: Buffer, o: number, end: number): BasicConsumeArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(BASIC_CONSUME);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_CONSUME);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_CONSUME);
  const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(BASIC_CONSUME);
  const fNoLocal = (b[o] & 1) !== 0;
  const fNoAck = (b[o] & 2) !== 0;
  const fExclusive = (b[o] & 4) !== 0;
  const fNowait = (b[o] & 8) !== 0;
  o += 1;
  if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end) throw truncated(BASIC_CONSUME);
  const fArguments = decodeTable(b, o + 4, n);
  o += 4 + n;
  if (o !== end) throw trailing(BASIC_CONSUME);
  return { ticket: fTicket, queue: fQueue, consumerTag: fConsumerTag, noLocal: fNoLocal, noAck: fNoAck, exclusive: fExclusive, nowait: fNowait, arguments: fArguments };
}
export function decodeBasicConsumeOk(b: Buffer, o: number, end: number): BasicConsumeOkArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_CONSUME_OK);
  const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(BASIC_CONSUME_OK);
  return { consumerTag: fConsumerTag };
}
export function decodeBasicCancel(b: Buffer, o: number, end: number): BasicCancelArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_CANCEL);
  const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(BASIC_CANCEL);
  const fNowait = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_CANCEL);
  return { consumerTag: fConsumerTag, nowait: fNowait };
}
export function decodeBasicCancelOk(b: Buffer, o: number, end: number): BasicCancelOkArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_CANCEL_OK);
  const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(BASIC_CANCEL_OK);
  return { consumerTag: fConsumerTag };
}
export function decodeBasicPublish(b: Buffer, o: number, end: number): BasicPublishArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(BASIC_PUBLISH);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_PUBLISH);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_PUBLISH);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(BASIC_PUBLISH);
  const fMandatory = (b[o] & 1) !== 0;
  const fImmediate = (b[o] & 2) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_PUBLISH);
  return { ticket: fTicket, exchange: fExchange, routingKey: fRoutingKey, mandatory: fMandatory, immediate: fImmediate };
}
export function decodeBasicReturn(b: Buffer, o: number, end: number): BasicReturnArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(BASIC_RETURN);
  const fReplyCode = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_RETURN);
  const fReplyText = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_RETURN);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_RETURN);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(BASIC_RETURN);
  return { replyCode: fReplyCode, replyText: fReplyText, exchange: fExchange, routingKey: fRoutingKey };
}
export function decodeBasicDeliver(b: Buffer, o: number, end: number): BasicDeliverArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_DELIVER);
  const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 8 > end) throw truncated(BASIC_DELIVER);
  const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
  o += 8;
  if (o + 1 > end) throw truncated(BASIC_DELIVER);
  const fRedelivered = (b[o] & 1) !== 0;
  o += 1;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_DELIVER);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_DELIVER);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(BASIC_DELIVER);
  return { consumerTag: fConsumerTag, deliveryTag: fDeliveryTag, redelivered: fRedelivered, exchange: fExchange, routingKey: fRoutingKey };
}
export function decodeBasicGet(b: Buffer, o: number, end: number): BasicGetArgs {
  let n = 0;
  if (o + 2 > end) throw truncated(BASIC_GET);
  const fTicket = b.readUInt16BE(o);
  o += 2;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_GET);
  const fQueue = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end) throw truncated(BASIC_GET);
  const fNoAck = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_GET);
  return { ticket: fTicket, queue: fQueue, noAck: fNoAck };
}
export function decodeBasicGetOk(b: Buffer, o: number, end: number): BasicGetOkArgs {
  let n = 0;
  if (o + 8 > end) throw truncated(BASIC_GET_OK);
  const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
  o += 8;
  if (o + 1 > end) throw truncated(BASIC_GET_OK);
  const fRedelivered = (b[o] & 1) !== 0;
  o += 1;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_GET_OK);
  const fExchange = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_GET_OK);
  const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o + 4 > end) throw truncated(BASIC_GET_OK);
  const fMessageCount = b.readUInt32BE(o);
  o += 4;
  if (o !== end) throw trailing(BASIC_GET_OK);
  return { deliveryTag: fDeliveryTag, redelivered: fRedelivered, exchange: fExchange, routingKey: fRoutingKey, messageCount: fMessageCount };
}
export function decodeBasicGetEmpty(b: Buffer, o: number, end: number): BasicGetEmptyArgs {
  let n = 0;
  if (o + 1 > end || o + 1 + (n = b[o]) > end) throw truncated(BASIC_GET_EMPTY);
  const fClusterId = b.toString('utf8', o + 1, o + 1 + n);
  o += 1 + n;
  if (o !== end) throw trailing(BASIC_GET_EMPTY);
  return { clusterId: fClusterId };
}
export function decodeBasicAck(b: Buffer, o: number, end: number): BasicAckArgs {
  if (o + 8 > end) throw truncated(BASIC_ACK);
  const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
  o += 8;
  if (o + 1 > end) throw truncated(BASIC_ACK);
  const fMultiple = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_ACK);
  return { deliveryTag: fDeliveryTag, multiple: fMultiple };
}
export function decodeBasicReject(b: Buffer, o: number, end: number): BasicRejectArgs {
  if (o + 8 > end) throw truncated(BASIC_REJECT);
  const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
  o += 8;
  if (o + 1 > end) throw truncated(BASIC_REJECT);
  const fRequeue = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_REJECT);
  return { deliveryTag: fDeliveryTag, requeue: fRequeue };
}
export function decodeBasicRecoverAsync(b: Buffer, o: number, end: number): BasicRecoverAsyncArgs {
  if (o + 1 > end) throw truncated(BASIC_RECOVER_ASYNC);
  const fRequeue = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_RECOVER_ASYNC);
  return { requeue: fRequeue };
}
export function decodeBasicRecover(b: Buffer, o: number, end: number): BasicRecoverArgs {
  if (o + 1 > end) throw truncated(BASIC_RECOVER);
  const fRequeue = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_RECOVER);
  return { requeue: fRequeue };
}
export function decodeBasicRecoverOk(_b: Buffer, o: number, end: number): BasicRecoverOkArgs {
  if (o !== end) throw trailing(BASIC_RECOVER_OK);
  return EMPTY;
}
export function decodeBasicNack(b: Buffer, o: number, end: number): BasicNackArgs {
  if (o + 8 > end) throw truncated(BASIC_NACK);
  const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
  o += 8;
  if (o + 1 > end) throw truncated(BASIC_NACK);
  const fMultiple = (b[o] & 1) !== 0;
  const fRequeue = (b[o] & 2) !== 0;
  o += 1;
  if (o !== end) throw trailing(BASIC_NACK);
  return { deliveryTag: fDeliveryTag, multiple: fMultiple, requeue: fRequeue };
}
export function decodeTxSelect(_b: Buffer, o: number, end: number): TxSelectArgs {
  if (o !== end) throw trailing(TX_SELECT);
  return EMPTY;
}
export function decodeTxSelectOk(_b: Buffer, o: number, end: number): TxSelectOkArgs {
  if (o !== end) throw trailing(TX_SELECT_OK);
  return EMPTY;
}
export function decodeTxCommit(_b: Buffer, o: number, end: number): TxCommitArgs {
  if (o !== end) throw trailing(TX_COMMIT);
  return EMPTY;
}
export function decodeTxCommitOk(_b: Buffer, o: number, end: number): TxCommitOkArgs {
  if (o !== end) throw trailing(TX_COMMIT_OK);
  return EMPTY;
}
export function decodeTxRollback(_b: Buffer, o: number, end: number): TxRollbackArgs {
  if (o !== end) throw trailing(TX_ROLLBACK);
  return EMPTY;
}
export function decodeTxRollbackOk(_b: Buffer, o: number, end: number): TxRollbackOkArgs {
  if (o !== end) throw trailing(TX_ROLLBACK_OK);
  return EMPTY;
}
export function decodeConfirmSelect(b: Buffer, o: number, end: number): ConfirmSelectArgs {
  if (o + 1 > end) throw truncated(CONFIRM_SELECT);
  const fNowait = (b[o] & 1) !== 0;
  o += 1;
  if (o !== end) throw trailing(CONFIRM_SELECT);
  return { nowait: fNowait };
}
export function decodeConfirmSelectOk(_b: Buffer, o: number, end: number): ConfirmSelectOkArgs {
  if (o !== end) throw trailing(CONFIRM_SELECT_OK);
  return EMPTY;
}

/** Decodes the args of a method; throws CodecError 540 for an unknown key, 502 for bad args. */
export function decodeMethod(key: number, b: Buffer, o: number, end: number): MethodArgs {
  switch (key) {
    case CONNECTION_START:
      return decodeConnectionStart(b, o, end);
    case CONNECTION_START_OK:
      return decodeConnectionStartOk(b, o, end);
    case CONNECTION_SECURE:
      return decodeConnectionSecure(b, o, end);
    case CONNECTION_SECURE_OK:
      return decodeConnectionSecureOk(b, o, end);
    case CONNECTION_TUNE:
      return decodeConnectionTune(b, o, end);
    case CONNECTION_TUNE_OK:
      return decodeConnectionTuneOk(b, o, end);
    case CONNECTION_OPEN:
      return decodeConnectionOpen(b, o, end);
    case CONNECTION_OPEN_OK:
      return decodeConnectionOpenOk(b, o, end);
    case CONNECTION_CLOSE:
      return decodeConnectionClose(b, o, end);
    case CONNECTION_CLOSE_OK:
      return decodeConnectionCloseOk(b, o, end);
    case CONNECTION_BLOCKED:
      return decodeConnectionBlocked(b, o, end);
    case CONNECTION_UNBLOCKED:
      return decodeConnectionUnblocked(b, o, end);
    case CONNECTION_UPDATE_SECRET:
      return decodeConnectionUpdateSecret(b, o, end);
    case CONNECTION_UPDATE_SECRET_OK:
      return decodeConnectionUpdateSecretOk(b, o, end);
    case CHANNEL_OPEN:
      return decodeChannelOpen(b, o, end);
    case CHANNEL_OPEN_OK:
      return decodeChannelOpenOk(b, o, end);
    case CHANNEL_FLOW:
      return decodeChannelFlow(b, o, end);
    case CHANNEL_FLOW_OK:
      return decodeChannelFlowOk(b, o, end);
    case CHANNEL_CLOSE:
      return decodeChannelClose(b, o, end);
    case CHANNEL_CLOSE_OK:
      return decodeChannelCloseOk(b, o, end);
    case ACCESS_REQUEST:
      return decodeAccessRequest(b, o, end);
    case ACCESS_REQUEST_OK:
      return decodeAccessRequestOk(b, o, end);
    case EXCHANGE_DECLARE:
      return decodeExchangeDeclare(b, o, end);
    case EXCHANGE_DECLARE_OK:
      return decodeExchangeDeclareOk(b, o, end);
    case EXCHANGE_DELETE:
      return decodeExchangeDelete(b, o, end);
    case EXCHANGE_DELETE_OK:
      return decodeExchangeDeleteOk(b, o, end);
    case EXCHANGE_BIND:
      return decodeExchangeBind(b, o, end);
    case EXCHANGE_BIND_OK:
      return decodeExchangeBindOk(b, o, end);
    case EXCHANGE_UNBIND:
      return decodeExchangeUnbind(b, o, end);
    case EXCHANGE_UNBIND_OK:
      return decodeExchangeUnbindOk(b, o, end);
    case QUEUE_DECLARE:
      return decodeQueueDeclare(b, o, end);
    case QUEUE_DECLARE_OK:
      return decodeQueueDeclareOk(b, o, end);
    case QUEUE_BIND:
      return decodeQueueBind(b, o, end);
    case QUEUE_BIND_OK:
      return decodeQueueBindOk(b, o, end);
    case QUEUE_PURGE:
      return decodeQueuePurge(b, o, end);
    case QUEUE_PURGE_OK:
      return decodeQueuePurgeOk(b, o, end);
    case QUEUE_DELETE:
      return decodeQueueDelete(b, o, end);
    case QUEUE_DELETE_OK:
      return decodeQueueDeleteOk(b, o, end);
    case QUEUE_UNBIND:
      return decodeQueueUnbind(b, o, end);
    case QUEUE_UNBIND_OK:
      return decodeQueueUnbindOk(b, o, end);
    case BASIC_QOS:
      return decodeBasicQos(b, o, end);
    case BASIC_QOS_OK:
      return decodeBasicQosOk(b, o, end);
    case BASIC_CONSUME:
      return decodeBasicConsume(b, o, end);
    case BASIC_CONSUME_OK:
      return decodeBasicConsumeOk(b, o, end);
    case BASIC_CANCEL:
      return decodeBasicCancel(b, o, end);
    case BASIC_CANCEL_OK:
      return decodeBasicCancelOk(b, o, end);
    case BASIC_PUBLISH:
      return decodeBasicPublish(b, o, end);
    case BASIC_RETURN:
      return decodeBasicReturn(b, o, end);
    case BASIC_DELIVER:
      return decodeBasicDeliver(b, o, end);
    case BASIC_GET:
      return decodeBasicGet(b, o, end);
    case BASIC_GET_OK:
      return decodeBasicGetOk(b, o, end);
    case BASIC_GET_EMPTY:
      return decodeBasicGetEmpty(b, o, end);
    case BASIC_ACK:
      return decodeBasicAck(b, o, end);
    case BASIC_REJECT:
      return decodeBasicReject(b, o, end);
    case BASIC_RECOVER_ASYNC:
      return decodeBasicRecoverAsync(b, o, end);
    case BASIC_RECOVER:
      return decodeBasicRecover(b, o, end);
    case BASIC_RECOVER_OK:
      return decodeBasicRecoverOk(b, o, end);
    case BASIC_NACK:
      return decodeBasicNack(b, o, end);
    case TX_SELECT:
      return decodeTxSelect(b, o, end);
    case TX_SELECT_OK:
      return decodeTxSelectOk(b, o, end);
    case TX_COMMIT:
      return decodeTxCommit(b, o, end);
    case TX_COMMIT_OK:
      return decodeTxCommitOk(b, o, end);
    case TX_ROLLBACK:
      return decodeTxRollback(b, o, end);
    case TX_ROLLBACK_OK:
      return decodeTxRollbackOk(b, o, end);
    case CONFIRM_SELECT:
      return decodeConfirmSelect(b, o, end);
    case CONFIRM_SELECT_OK:
      return decodeConfirmSelectOk(b, o, end);
    default:
      throw unknownMethod(key);
  }
}

function unknownMethod(key: number): CodecError {
  const c = key >>> 16;
  const m = key & 0xffff;
  return new CodecError(CodecErrorCode.NOT_IMPLEMENTED, `unknown method ${c}/${m}`, c, m);
}

// Encoders append args (not class and method ids) to a Writer. longstr args are byte
// strings (latin1), the inverse of the decoders.
export function encodeConnectionStart(w: Writer, a: ConnectionStartArgs): void {
  w.u8(a.versionMajor);
  w.u8(a.versionMinor);
  writeTable(w, a.serverProperties);
  w.longstrBytes(a.mechanisms);
  w.longstrBytes(a.locales);
}
export function encodeConnectionStartOk(w: Writer, a: ConnectionStartOkArgs): void {
  writeTable(w, a.clientProperties);
  w.shortstr(a.mechanism);
  w.longstrBytes(a.response);
  w.shortstr(a.locale);
}
export function encodeConnectionSecure(w: Writer, a: ConnectionSecureArgs): void {
  w.longstrBytes(a.challenge);
}
export function encodeConnectionSecureOk(w: Writer, a: ConnectionSecureOkArgs): void {
  w.longstrBytes(a.response);
}
export function encodeConnectionTune(w: Writer, a: ConnectionTuneArgs): void {
  w.u16(a.channelMax);
  w.u32(a.frameMax);
  w.u16(a.heartbeat);
}
export function encodeConnectionTuneOk(w: Writer, a: ConnectionTuneOkArgs): void {
  w.u16(a.channelMax);
  w.u32(a.frameMax);
  w.u16(a.heartbeat);
}
export function encodeConnectionOpen(w: Writer, a: ConnectionOpenArgs): void {
  w.shortstr(a.virtualHost);
  w.shortstr(a.capabilities);
  w.u8((a.insist ? 1 : 0));
}
export function encodeConnectionOpenOk(w: Writer, a: ConnectionOpenOkArgs): void {
  w.shortstr(a.knownHosts);
}
export function encodeConnectionClose(w: Writer, a: ConnectionCloseArgs): void {
  w.u16(a.replyCode);
  w.shortstr(a.replyText);
  w.u16(a.classId);
  w.u16(a.methodId);
}
export function encodeConnectionCloseOk(_w: Writer, _a: ConnectionCloseOkArgs): void {}
export function encodeConnectionBlocked(w: Writer, a: ConnectionBlockedArgs): void {
  w.shortstr(a.reason);
}
export function encodeConnectionUnblocked(_w: Writer, _a: ConnectionUnblockedArgs): void {}
export function encodeConnectionUpdateSecret(w: Writer, a: ConnectionUpdateSecretArgs): void {
  w.longstrBytes(a.newSecret);
  w.shortstr(a.reason);
}
export function encodeConnectionUpdateSecretOk(_w: Writer, _a: ConnectionUpdateSecretOkArgs): void {}
export function encodeChannelOpen(w: Writer, a: ChannelOpenArgs): void {
  w.shortstr(a.outOfBand);
}
export function encodeChannelOpenOk(w: Writer, a: ChannelOpenOkArgs): void {
  w.longstrBytes(a.channelId);
}
export function encodeChannelFlow(w: Writer, a: ChannelFlowArgs): void {
  w.u8((a.active ? 1 : 0));
}
export function encodeChannelFlowOk(w: Writer, a: ChannelFlowOkArgs): void {
  w.u8((a.active ? 1 : 0));
}
export function encodeChannelClose(w: Writer, a: ChannelCloseArgs): void {
  w.u16(a.replyCode);
  w.shortstr(a.replyText);
  w.u16(a.classId);
  w.u16(a.methodId);
}
export function encodeChannelCloseOk(_w: Writer, _a: ChannelCloseOkArgs): void {}
export function encodeAccessRequest(w: Writer, a: AccessRequestArgs): void {
  w.shortstr(a.realm);
  w.u8((a.exclusive ? 1 : 0) | (a.passive ? 2 : 0) | (a.active ? 4 : 0) | (a.write ? 8 : 0) | (a.read ? 16 : 0));
}
export function encodeAccessRequestOk(w: Writer, a: AccessRequestOkArgs): void {
  w.u16(a.ticket);
}
export function encodeExchangeDeclare(w: Writer, a: ExchangeDeclareArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.exchange);
  w.shortstr(a.type);
  w.u8((a.passive ? 1 : 0) | (a.durable ? 2 : 0) | (a.autoDelete ? 4 : 0) | (a.internal ? 8 : 0) | (a.nowait ? 16 : 0));
  writeTable(w, a.arguments);
}
export function encodeExchangeDeclareOk(_w: Writer, _a: ExchangeDeclareOkArgs): void {}
export function encodeExchangeDelete(w: Writer, a: ExchangeDeleteArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.exchange);
  w.u8((a.ifUnused ? 1 : 0) | (a.nowait ? 2 : 0));
}
export function encodeExchangeDeleteOk(_w: Writer, _a: ExchangeDeleteOkArgs): void {}
export function encodeExchangeBind(w: Writer, a: ExchangeBindArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.destination);
  w.shortstr(a.source);
  w.shortstr(a.routingKey);
  w.u8((a.nowait ? 1 : 0));
  writeTable(w, a.arguments);
}
export function encodeExchangeBindOk(_w: Writer, _a: ExchangeBindOkArgs): void {}
export function encodeExchangeUnbind(w: Writer, a: ExchangeUnbindArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.destination);
  w.shortstr(a.source);
  w.shortstr(a.routingKey);
  w.u8((a.nowait ? 1 : 0));
  writeTable(w, a.arguments);
}
export function encodeExchangeUnbindOk(_w: Writer, _a: ExchangeUnbindOkArgs): void {}
export function encodeQueueDeclare(w: Writer, a: QueueDeclareArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.u8((a.passive ? 1 : 0) | (a.durable ? 2 : 0) | (a.exclusive ? 4 : 0) | (a.autoDelete ? 8 : 0) | (a.nowait ? 16 : 0));
  writeTable(w, a.arguments);
}
export function encodeQueueDeclareOk(w: Writer, a: QueueDeclareOkArgs): void {
  w.shortstr(a.queue);
  w.u32(a.messageCount);
  w.u32(a.consumerCount);
}
export function encodeQueueBind(w: Writer, a: QueueBindArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.shortstr(a.exchange);
  w.shortstr(a.routingKey);
  w.u8((a.nowait ? 1 : 0));
  writeTable(w, a.arguments);
}
export function encodeQueueBindOk(_w: Writer, _a: QueueBindOkArgs): void {}
export function encodeQueuePurge(w: Writer, a: QueuePurgeArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.u8((a.nowait ? 1 : 0));
}
export function encodeQueuePurgeOk(w: Writer, a: QueuePurgeOkArgs): void {
  w.u32(a.messageCount);
}
export function encodeQueueDelete(w: Writer, a: QueueDeleteArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.u8((a.ifUnused ? 1 : 0) | (a.ifEmpty ? 2 : 0) | (a.nowait ? 4 : 0));
}
export function encodeQueueDeleteOk(w: Writer, a: QueueDeleteOkArgs): void {
  w.u32(a.messageCount);
}
export function encodeQueueUnbind(w: Writer, a: QueueUnbindArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.shortstr(a.exchange);
  w.shortstr(a.routingKey);
  writeTable(w, a.arguments);
}
export function encodeQueueUnbindOk(_w: Writer, _a: QueueUnbindOkArgs): void {}
export function encodeBasicQos(w: Writer, a: BasicQosArgs): void {
  w.u32(a.prefetchSize);
  w.u16(a.prefetchCount);
  w.u8((a.global ? 1 : 0));
}
export function encodeBasicQosOk(_w: Writer, _a: BasicQosOkArgs): void {}
export function encodeBasicConsume(w: Writer, a: BasicConsumeArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.shortstr(a.consumerTag);
  w.u8((a.noLocal ? 1 : 0) | (a.noAck ? 2 : 0) | (a.exclusive ? 4 : 0) | (a.nowait ? 8 : 0));
  writeTable(w, a.arguments);
}
export function encodeBasicConsumeOk(w: Writer, a: BasicConsumeOkArgs): void {
  w.shortstr(a.consumerTag);
}
export function encodeBasicCancel(w: Writer, a: BasicCancelArgs): void {
  w.shortstr(a.consumerTag);
  w.u8((a.nowait ? 1 : 0));
}
export function encodeBasicCancelOk(w: Writer, a: BasicCancelOkArgs): void {
  w.shortstr(a.consumerTag);
}
export function encodeBasicPublish(w: Writer, a: BasicPublishArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.exchange);
  w.shortstr(a.routingKey);
  w.u8((a.mandatory ? 1 : 0) | (a.immediate ? 2 : 0));
}
export function encodeBasicReturn(w: Writer, a: BasicReturnArgs): void {
  w.u16(a.replyCode);
  w.shortstr(a.replyText);
  w.shortstr(a.exchange);
  w.shortstr(a.routingKey);
}
export function encodeBasicDeliver(w: Writer, a: BasicDeliverArgs): void {
  w.shortstr(a.consumerTag);
  w.u64(a.deliveryTag);
  w.u8((a.redelivered ? 1 : 0));
  w.shortstr(a.exchange);
  w.shortstr(a.routingKey);
}
export function encodeBasicGet(w: Writer, a: BasicGetArgs): void {
  w.u16(a.ticket);
  w.shortstr(a.queue);
  w.u8((a.noAck ? 1 : 0));
}
export function encodeBasicGetOk(w: Writer, a: BasicGetOkArgs): void {
  w.u64(a.deliveryTag);
  w.u8((a.redelivered ? 1 : 0));
  w.shortstr(a.exchange);
  w.shortstr(a.routingKey);
  w.u32(a.messageCount);
}
export function encodeBasicGetEmpty(w: Writer, a: BasicGetEmptyArgs): void {
  w.shortstr(a.clusterId);
}
export function encodeBasicAck(w: Writer, a: BasicAckArgs): void {
  w.u64(a.deliveryTag);
  w.u8((a.multiple ? 1 : 0));
}
export function encodeBasicReject(w: Writer, a: BasicRejectArgs): void {
  w.u64(a.deliveryTag);
  w.u8((a.requeue ? 1 : 0));
}
export function encodeBasicRecoverAsync(w: Writer, a: BasicRecoverAsyncArgs): void {
  w.u8((a.requeue ? 1 : 0));
}
export function encodeBasicRecover(w: Writer, a: BasicRecoverArgs): void {
  w.u8((a.requeue ? 1 : 0));
}
export function encodeBasicRecoverOk(_w: Writer, _a: BasicRecoverOkArgs): void {}
export function encodeBasicNack(w: Writer, a: BasicNackArgs): void {
  w.u64(a.deliveryTag);
  w.u8((a.multiple ? 1 : 0) | (a.requeue ? 2 : 0));
}
export function encodeTxSelect(_w: Writer, _a: TxSelectArgs): void {}
export function encodeTxSelectOk(_w: Writer, _a: TxSelectOkArgs): void {}
export function encodeTxCommit(_w: Writer, _a: TxCommitArgs): void {}
export function encodeTxCommitOk(_w: Writer, _a: TxCommitOkArgs): void {}
export function encodeTxRollback(_w: Writer, _a: TxRollbackArgs): void {}
export function encodeTxRollbackOk(_w: Writer, _a: TxRollbackOkArgs): void {}
export function encodeConfirmSelect(w: Writer, a: ConfirmSelectArgs): void {
  w.u8((a.nowait ? 1 : 0));
}
export function encodeConfirmSelectOk(_w: Writer, _a: ConfirmSelectOkArgs): void {}

/** Encodes the args of a method; throws CodecError 540 for an unknown key. */
export function encodeMethod<K extends MethodKey>(w: Writer, key: K, args: MethodArgsByKey[K]): void;
export function encodeMethod(w: Writer, key: number, args: MethodArgs): void;
export function encodeMethod(w: Writer, key: number, args: MethodArgs): void {
  switch (key) {
    case CONNECTION_START:
      return encodeConnectionStart(w, args as ConnectionStartArgs);
    case CONNECTION_START_OK:
      return encodeConnectionStartOk(w, args as ConnectionStartOkArgs);
    case CONNECTION_SECURE:
      return encodeConnectionSecure(w, args as ConnectionSecureArgs);
    case CONNECTION_SECURE_OK:
      return encodeConnectionSecureOk(w, args as ConnectionSecureOkArgs);
    case CONNECTION_TUNE:
      return encodeConnectionTune(w, args as ConnectionTuneArgs);
    case CONNECTION_TUNE_OK:
      return encodeConnectionTuneOk(w, args as ConnectionTuneOkArgs);
    case CONNECTION_OPEN:
      return encodeConnectionOpen(w, args as ConnectionOpenArgs);
    case CONNECTION_OPEN_OK:
      return encodeConnectionOpenOk(w, args as ConnectionOpenOkArgs);
    case CONNECTION_CLOSE:
      return encodeConnectionClose(w, args as ConnectionCloseArgs);
    case CONNECTION_CLOSE_OK:
      return encodeConnectionCloseOk(w, args as ConnectionCloseOkArgs);
    case CONNECTION_BLOCKED:
      return encodeConnectionBlocked(w, args as ConnectionBlockedArgs);
    case CONNECTION_UNBLOCKED:
      return encodeConnectionUnblocked(w, args as ConnectionUnblockedArgs);
    case CONNECTION_UPDATE_SECRET:
      return encodeConnectionUpdateSecret(w, args as ConnectionUpdateSecretArgs);
    case CONNECTION_UPDATE_SECRET_OK:
      return encodeConnectionUpdateSecretOk(w, args as ConnectionUpdateSecretOkArgs);
    case CHANNEL_OPEN:
      return encodeChannelOpen(w, args as ChannelOpenArgs);
    case CHANNEL_OPEN_OK:
      return encodeChannelOpenOk(w, args as ChannelOpenOkArgs);
    case CHANNEL_FLOW:
      return encodeChannelFlow(w, args as ChannelFlowArgs);
    case CHANNEL_FLOW_OK:
      return encodeChannelFlowOk(w, args as ChannelFlowOkArgs);
    case CHANNEL_CLOSE:
      return encodeChannelClose(w, args as ChannelCloseArgs);
    case CHANNEL_CLOSE_OK:
      return encodeChannelCloseOk(w, args as ChannelCloseOkArgs);
    case ACCESS_REQUEST:
      return encodeAccessRequest(w, args as AccessRequestArgs);
    case ACCESS_REQUEST_OK:
      return encodeAccessRequestOk(w, args as AccessRequestOkArgs);
    case EXCHANGE_DECLARE:
      return encodeExchangeDeclare(w, args as ExchangeDeclareArgs);
    case EXCHANGE_DECLARE_OK:
      return encodeExchangeDeclareOk(w, args as ExchangeDeclareOkArgs);
    case EXCHANGE_DELETE:
      return encodeExchangeDelete(w, args as ExchangeDeleteArgs);
    case EXCHANGE_DELETE_OK:
      return encodeExchangeDeleteOk(w, args as ExchangeDeleteOkArgs);
    case EXCHANGE_BIND:
      return encodeExchangeBind(w, args as ExchangeBindArgs);
    case EXCHANGE_BIND_OK:
      return encodeExchangeBindOk(w, args as ExchangeBindOkArgs);
    case EXCHANGE_UNBIND:
      return encodeExchangeUnbind(w, args as ExchangeUnbindArgs);
    case EXCHANGE_UNBIND_OK:
      return encodeExchangeUnbindOk(w, args as ExchangeUnbindOkArgs);
    case QUEUE_DECLARE:
      return encodeQueueDeclare(w, args as QueueDeclareArgs);
    case QUEUE_DECLARE_OK:
      return encodeQueueDeclareOk(w, args as QueueDeclareOkArgs);
    case QUEUE_BIND:
      return encodeQueueBind(w, args as QueueBindArgs);
    case QUEUE_BIND_OK:
      return encodeQueueBindOk(w, args as QueueBindOkArgs);
    case QUEUE_PURGE:
      return encodeQueuePurge(w, args as QueuePurgeArgs);
    case QUEUE_PURGE_OK:
      return encodeQueuePurgeOk(w, args as QueuePurgeOkArgs);
    case QUEUE_DELETE:
      return encodeQueueDelete(w, args as QueueDeleteArgs);
    case QUEUE_DELETE_OK:
      return encodeQueueDeleteOk(w, args as QueueDeleteOkArgs);
    case QUEUE_UNBIND:
      return encodeQueueUnbind(w, args as QueueUnbindArgs);
    case QUEUE_UNBIND_OK:
      return encodeQueueUnbindOk(w, args as QueueUnbindOkArgs);
    case BASIC_QOS:
      return encodeBasicQos(w, args as BasicQosArgs);
    case BASIC_QOS_OK:
      return encodeBasicQosOk(w, args as BasicQosOkArgs);
    case BASIC_CONSUME:
      return encodeBasicConsume(w, args as BasicConsumeArgs);
    case BASIC_CONSUME_OK:
      return encodeBasicConsumeOk(w, args as BasicConsumeOkArgs);
    case BASIC_CANCEL:
      return encodeBasicCancel(w, args as BasicCancelArgs);
    case BASIC_CANCEL_OK:
      return encodeBasicCancelOk(w, args as BasicCancelOkArgs);
    case BASIC_PUBLISH:
      return encodeBasicPublish(w, args as BasicPublishArgs);
    case BASIC_RETURN:
      return encodeBasicReturn(w, args as BasicReturnArgs);
    case BASIC_DELIVER:
      return encodeBasicDeliver(w, args as BasicDeliverArgs);
    case BASIC_GET:
      return encodeBasicGet(w, args as BasicGetArgs);
    case BASIC_GET_OK:
      return encodeBasicGetOk(w, args as BasicGetOkArgs);
    case BASIC_GET_EMPTY:
      return encodeBasicGetEmpty(w, args as BasicGetEmptyArgs);
    case BASIC_ACK:
      return encodeBasicAck(w, args as BasicAckArgs);
    case BASIC_REJECT:
      return encodeBasicReject(w, args as BasicRejectArgs);
    case BASIC_RECOVER_ASYNC:
      return encodeBasicRecoverAsync(w, args as BasicRecoverAsyncArgs);
    case BASIC_RECOVER:
      return encodeBasicRecover(w, args as BasicRecoverArgs);
    case BASIC_RECOVER_OK:
      return encodeBasicRecoverOk(w, args as BasicRecoverOkArgs);
    case BASIC_NACK:
      return encodeBasicNack(w, args as BasicNackArgs);
    case TX_SELECT:
      return encodeTxSelect(w, args as TxSelectArgs);
    case TX_SELECT_OK:
      return encodeTxSelectOk(w, args as TxSelectOkArgs);
    case TX_COMMIT:
      return encodeTxCommit(w, args as TxCommitArgs);
    case TX_COMMIT_OK:
      return encodeTxCommitOk(w, args as TxCommitOkArgs);
    case TX_ROLLBACK:
      return encodeTxRollback(w, args as TxRollbackArgs);
    case TX_ROLLBACK_OK:
      return encodeTxRollbackOk(w, args as TxRollbackOkArgs);
    case CONFIRM_SELECT:
      return encodeConfirmSelect(w, args as ConfirmSelectArgs);
    case CONFIRM_SELECT_OK:
      return encodeConfirmSelectOk(w, args as ConfirmSelectOkArgs);
    default:
      throw unknownMethod(key);
  }
}

// Content header property flags of class basic: the first property is bit 15 of the
// flags word, the next bit 14, and so on; bit 0 means another flags word follows.
export const BasicFlag = frozen({
  CONTENT_TYPE: 0x8000,
  CONTENT_ENCODING: 0x4000,
  HEADERS: 0x2000,
  DELIVERY_MODE: 0x1000,
  PRIORITY: 0x0800,
  CORRELATION_ID: 0x0400,
  REPLY_TO: 0x0200,
  EXPIRATION: 0x0100,
  MESSAGE_ID: 0x0080,
  TIMESTAMP: 0x0040,
  TYPE: 0x0020,
  USER_ID: 0x0010,
  APP_ID: 0x0008,
  CLUSTER_ID: 0x0004,
} as const);

/** The basic properties in wire order, with their camelCase name, type and flag bit. */
export const BASIC_PROPERTIES = frozen([
  { name: 'contentType', type: 'shortstr', flag: 0x8000 },
  { name: 'contentEncoding', type: 'shortstr', flag: 0x4000 },
  { name: 'headers', type: 'table', flag: 0x2000 },
  { name: 'deliveryMode', type: 'octet', flag: 0x1000 },
  { name: 'priority', type: 'octet', flag: 0x0800 },
  { name: 'correlationId', type: 'shortstr', flag: 0x0400 },
  { name: 'replyTo', type: 'shortstr', flag: 0x0200 },
  { name: 'expiration', type: 'shortstr', flag: 0x0100 },
  { name: 'messageId', type: 'shortstr', flag: 0x0080 },
  { name: 'timestamp', type: 'timestamp', flag: 0x0040 },
  { name: 'type', type: 'shortstr', flag: 0x0020 },
  { name: 'userId', type: 'shortstr', flag: 0x0010 },
  { name: 'appId', type: 'shortstr', flag: 0x0008 },
  { name: 'clusterId', type: 'shortstr', flag: 0x0004 },
] as const);

/** Decoded basic properties; a property absent from the header is absent here. */
export interface BasicProperties {
  contentType?: string;
  contentEncoding?: string;
  headers?: Record<string, unknown>;
  deliveryMode?: number;
  priority?: number;
  correlationId?: string;
  replyTo?: string;
  expiration?: string;
  messageId?: string;
  timestamp?: number;
  type?: string;
  userId?: string;
  appId?: string;
  clusterId?: string;
}

