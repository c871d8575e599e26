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
// Every module-level value here is immutable (numbers, frozen objects): several brokers
// may share this module in one process, so nothing in it may carry state.
/** Deep-freezes a literal table (plain objects and arrays). */
function frozen(o) {
    if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
        for (const v of Object.values(o))
            frozen(v);
        Object.freeze(o);
    }
    return o;
}
export const PROTOCOL_VERSION = frozen([0, 9, 1]);
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
});
/** Soft errors close the channel; hard errors close the connection. */
// Frozen arrays, not Sets: a Set stays mutable even when frozen.
export const SOFT_ERRORS = frozen([311, 312, 313, 403, 404, 405, 406]);
export const HARD_ERRORS = frozen([320, 402, 501, 502, 503, 504, 505, 506, 530, 540, 541]);
export function isHardError(code) {
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
});
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
export const METHOD_INFO = frozen({
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
export const METHOD_NAMES = frozen({
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
export function isSynchronous(key) {
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
export function hasContent(key) {
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
const EMPTY = Object.freeze({});
function truncated(key) {
    return undecodable(`truncated ${METHOD_NAMES[key]}`, key >>> 16, key & 0xffff);
}
function trailing(key) {
    return undecodable(`trailing bytes after ${METHOD_NAMES[key]}`, key >>> 16, key & 0xffff);
}
export function decodeConnectionStart(b, o, end) {
    let n = 0;
    if (o + 1 > end)
        throw truncated(CONNECTION_START);
    const fVersionMajor = b[o];
    o += 1;
    if (o + 1 > end)
        throw truncated(CONNECTION_START);
    const fVersionMinor = b[o];
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_START);
    const fServerProperties = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_START);
    const fMechanisms = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_START);
    const fLocales = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o !== end)
        throw trailing(CONNECTION_START);
    return { versionMajor: fVersionMajor, versionMinor: fVersionMinor, serverProperties: fServerProperties, mechanisms: fMechanisms, locales: fLocales };
}
export function decodeConnectionStartOk(b, o, end) {
    let n = 0;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_START_OK);
    const fClientProperties = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_START_OK);
    const fMechanism = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_START_OK);
    const fResponse = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_START_OK);
    const fLocale = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(CONNECTION_START_OK);
    return { clientProperties: fClientProperties, mechanism: fMechanism, response: fResponse, locale: fLocale };
}
export function decodeConnectionSecure(b, o, end) {
    let n = 0;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_SECURE);
    const fChallenge = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o !== end)
        throw trailing(CONNECTION_SECURE);
    return { challenge: fChallenge };
}
export function decodeConnectionSecureOk(b, o, end) {
    let n = 0;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_SECURE_OK);
    const fResponse = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o !== end)
        throw trailing(CONNECTION_SECURE_OK);
    return { response: fResponse };
}
export function decodeConnectionTune(b, o, end) {
    if (o + 2 > end)
        throw truncated(CONNECTION_TUNE);
    const fChannelMax = b.readUInt16BE(o);
    o += 2;
    if (o + 4 > end)
        throw truncated(CONNECTION_TUNE);
    const fFrameMax = b.readUInt32BE(o);
    o += 4;
    if (o + 2 > end)
        throw truncated(CONNECTION_TUNE);
    const fHeartbeat = b.readUInt16BE(o);
    o += 2;
    if (o !== end)
        throw trailing(CONNECTION_TUNE);
    return { channelMax: fChannelMax, frameMax: fFrameMax, heartbeat: fHeartbeat };
}
export function decodeConnectionTuneOk(b, o, end) {
    if (o + 2 > end)
        throw truncated(CONNECTION_TUNE_OK);
    const fChannelMax = b.readUInt16BE(o);
    o += 2;
    if (o + 4 > end)
        throw truncated(CONNECTION_TUNE_OK);
    const fFrameMax = b.readUInt32BE(o);
    o += 4;
    if (o + 2 > end)
        throw truncated(CONNECTION_TUNE_OK);
    const fHeartbeat = b.readUInt16BE(o);
    o += 2;
    if (o !== end)
        throw trailing(CONNECTION_TUNE_OK);
    return { channelMax: fChannelMax, frameMax: fFrameMax, heartbeat: fHeartbeat };
}
export function decodeConnectionOpen(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_OPEN);
    const fVirtualHost = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_OPEN);
    const fCapabilities = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(CONNECTION_OPEN);
    const fInsist = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(CONNECTION_OPEN);
    return { virtualHost: fVirtualHost, capabilities: fCapabilities, insist: fInsist };
}
export function decodeConnectionOpenOk(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_OPEN_OK);
    const fKnownHosts = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(CONNECTION_OPEN_OK);
    return { knownHosts: fKnownHosts };
}
export function decodeConnectionClose(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(CONNECTION_CLOSE);
    const fReplyCode = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_CLOSE);
    const fReplyText = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 2 > end)
        throw truncated(CONNECTION_CLOSE);
    const fClassId = b.readUInt16BE(o);
    o += 2;
    if (o + 2 > end)
        throw truncated(CONNECTION_CLOSE);
    const fMethodId = b.readUInt16BE(o);
    o += 2;
    if (o !== end)
        throw trailing(CONNECTION_CLOSE);
    return { replyCode: fReplyCode, replyText: fReplyText, classId: fClassId, methodId: fMethodId };
}
export function decodeConnectionCloseOk(_b, o, end) {
    if (o !== end)
        throw trailing(CONNECTION_CLOSE_OK);
    return EMPTY;
}
export function decodeConnectionBlocked(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_BLOCKED);
    const fReason = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(CONNECTION_BLOCKED);
    return { reason: fReason };
}
export function decodeConnectionUnblocked(_b, o, end) {
    if (o !== end)
        throw trailing(CONNECTION_UNBLOCKED);
    return EMPTY;
}
export function decodeConnectionUpdateSecret(b, o, end) {
    let n = 0;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CONNECTION_UPDATE_SECRET);
    const fNewSecret = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CONNECTION_UPDATE_SECRET);
    const fReason = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(CONNECTION_UPDATE_SECRET);
    return { newSecret: fNewSecret, reason: fReason };
}
export function decodeConnectionUpdateSecretOk(_b, o, end) {
    if (o !== end)
        throw trailing(CONNECTION_UPDATE_SECRET_OK);
    return EMPTY;
}
export function decodeChannelOpen(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CHANNEL_OPEN);
    const fOutOfBand = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(CHANNEL_OPEN);
    return { outOfBand: fOutOfBand };
}
export function decodeChannelOpenOk(b, o, end) {
    let n = 0;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(CHANNEL_OPEN_OK);
    const fChannelId = b.toString('latin1', o + 4, o + 4 + n);
    o += 4 + n;
    if (o !== end)
        throw trailing(CHANNEL_OPEN_OK);
    return { channelId: fChannelId };
}
export function decodeChannelFlow(b, o, end) {
    if (o + 1 > end)
        throw truncated(CHANNEL_FLOW);
    const fActive = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(CHANNEL_FLOW);
    return { active: fActive };
}
export function decodeChannelFlowOk(b, o, end) {
    if (o + 1 > end)
        throw truncated(CHANNEL_FLOW_OK);
    const fActive = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(CHANNEL_FLOW_OK);
    return { active: fActive };
}
export function decodeChannelClose(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(CHANNEL_CLOSE);
    const fReplyCode = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(CHANNEL_CLOSE);
    const fReplyText = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 2 > end)
        throw truncated(CHANNEL_CLOSE);
    const fClassId = b.readUInt16BE(o);
    o += 2;
    if (o + 2 > end)
        throw truncated(CHANNEL_CLOSE);
    const fMethodId = b.readUInt16BE(o);
    o += 2;
    if (o !== end)
        throw trailing(CHANNEL_CLOSE);
    return { replyCode: fReplyCode, replyText: fReplyText, classId: fClassId, methodId: fMethodId };
}
export function decodeChannelCloseOk(_b, o, end) {
    if (o !== end)
        throw trailing(CHANNEL_CLOSE_OK);
    return EMPTY;
}
export function decodeAccessRequest(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(ACCESS_REQUEST);
    const fRealm = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(ACCESS_REQUEST);
    const fExclusive = (b[o] & 1) !== 0;
    const fPassive = (b[o] & 2) !== 0;
    const fActive = (b[o] & 4) !== 0;
    const fWrite = (b[o] & 8) !== 0;
    const fRead = (b[o] & 16) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(ACCESS_REQUEST);
    return { realm: fRealm, exclusive: fExclusive, passive: fPassive, active: fActive, write: fWrite, read: fRead };
}
export function decodeAccessRequestOk(b, o, end) {
    if (o + 2 > end)
        throw truncated(ACCESS_REQUEST_OK);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o !== end)
        throw trailing(ACCESS_REQUEST_OK);
    return { ticket: fTicket };
}
export function decodeExchangeDeclare(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(EXCHANGE_DECLARE);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_DECLARE);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_DECLARE);
    const fType = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(EXCHANGE_DECLARE);
    const fPassive = (b[o] & 1) !== 0;
    const fDurable = (b[o] & 2) !== 0;
    const fAutoDelete = (b[o] & 4) !== 0;
    const fInternal = (b[o] & 8) !== 0;
    const fNowait = (b[o] & 16) !== 0;
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(EXCHANGE_DECLARE);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(EXCHANGE_DECLARE);
    return { ticket: fTicket, exchange: fExchange, type: fType, passive: fPassive, durable: fDurable, autoDelete: fAutoDelete, internal: fInternal, nowait: fNowait, arguments: fArguments };
}
export function decodeExchangeDeclareOk(_b, o, end) {
    if (o !== end)
        throw trailing(EXCHANGE_DECLARE_OK);
    return EMPTY;
}
export function decodeExchangeDelete(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(EXCHANGE_DELETE);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_DELETE);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(EXCHANGE_DELETE);
    const fIfUnused = (b[o] & 1) !== 0;
    const fNowait = (b[o] & 2) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(EXCHANGE_DELETE);
    return { ticket: fTicket, exchange: fExchange, ifUnused: fIfUnused, nowait: fNowait };
}
export function decodeExchangeDeleteOk(_b, o, end) {
    if (o !== end)
        throw trailing(EXCHANGE_DELETE_OK);
    return EMPTY;
}
export function decodeExchangeBind(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(EXCHANGE_BIND);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_BIND);
    const fDestination = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_BIND);
    const fSource = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_BIND);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(EXCHANGE_BIND);
    const fNowait = (b[o] & 1) !== 0;
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(EXCHANGE_BIND);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(EXCHANGE_BIND);
    return { ticket: fTicket, destination: fDestination, source: fSource, routingKey: fRoutingKey, nowait: fNowait, arguments: fArguments };
}
export function decodeExchangeBindOk(_b, o, end) {
    if (o !== end)
        throw trailing(EXCHANGE_BIND_OK);
    return EMPTY;
}
export function decodeExchangeUnbind(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(EXCHANGE_UNBIND);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_UNBIND);
    const fDestination = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_UNBIND);
    const fSource = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(EXCHANGE_UNBIND);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(EXCHANGE_UNBIND);
    const fNowait = (b[o] & 1) !== 0;
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(EXCHANGE_UNBIND);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(EXCHANGE_UNBIND);
    return { ticket: fTicket, destination: fDestination, source: fSource, routingKey: fRoutingKey, nowait: fNowait, arguments: fArguments };
}
export function decodeExchangeUnbindOk(_b, o, end) {
    if (o !== end)
        throw trailing(EXCHANGE_UNBIND_OK);
    return EMPTY;
}
export function decodeQueueDeclare(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(QUEUE_DECLARE);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_DECLARE);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(QUEUE_DECLARE);
    const fPassive = (b[o] & 1) !== 0;
    const fDurable = (b[o] & 2) !== 0;
    const fExclusive = (b[o] & 4) !== 0;
    const fAutoDelete = (b[o] & 8) !== 0;
    const fNowait = (b[o] & 16) !== 0;
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(QUEUE_DECLARE);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(QUEUE_DECLARE);
    return { ticket: fTicket, queue: fQueue, passive: fPassive, durable: fDurable, exclusive: fExclusive, autoDelete: fAutoDelete, nowait: fNowait, arguments: fArguments };
}
export function decodeQueueDeclareOk(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_DECLARE_OK);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 4 > end)
        throw truncated(QUEUE_DECLARE_OK);
    const fMessageCount = b.readUInt32BE(o);
    o += 4;
    if (o + 4 > end)
        throw truncated(QUEUE_DECLARE_OK);
    const fConsumerCount = b.readUInt32BE(o);
    o += 4;
    if (o !== end)
        throw trailing(QUEUE_DECLARE_OK);
    return { queue: fQueue, messageCount: fMessageCount, consumerCount: fConsumerCount };
}
export function decodeQueueBind(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(QUEUE_BIND);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_BIND);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_BIND);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_BIND);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(QUEUE_BIND);
    const fNowait = (b[o] & 1) !== 0;
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(QUEUE_BIND);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(QUEUE_BIND);
    return { ticket: fTicket, queue: fQueue, exchange: fExchange, routingKey: fRoutingKey, nowait: fNowait, arguments: fArguments };
}
export function decodeQueueBindOk(_b, o, end) {
    if (o !== end)
        throw trailing(QUEUE_BIND_OK);
    return EMPTY;
}
export function decodeQueuePurge(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(QUEUE_PURGE);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_PURGE);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(QUEUE_PURGE);
    const fNowait = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(QUEUE_PURGE);
    return { ticket: fTicket, queue: fQueue, nowait: fNowait };
}
export function decodeQueuePurgeOk(b, o, end) {
    if (o + 4 > end)
        throw truncated(QUEUE_PURGE_OK);
    const fMessageCount = b.readUInt32BE(o);
    o += 4;
    if (o !== end)
        throw trailing(QUEUE_PURGE_OK);
    return { messageCount: fMessageCount };
}
export function decodeQueueDelete(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(QUEUE_DELETE);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_DELETE);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(QUEUE_DELETE);
    const fIfUnused = (b[o] & 1) !== 0;
    const fIfEmpty = (b[o] & 2) !== 0;
    const fNowait = (b[o] & 4) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(QUEUE_DELETE);
    return { ticket: fTicket, queue: fQueue, ifUnused: fIfUnused, ifEmpty: fIfEmpty, nowait: fNowait };
}
export function decodeQueueDeleteOk(b, o, end) {
    if (o + 4 > end)
        throw truncated(QUEUE_DELETE_OK);
    const fMessageCount = b.readUInt32BE(o);
    o += 4;
    if (o !== end)
        throw trailing(QUEUE_DELETE_OK);
    return { messageCount: fMessageCount };
}
export function decodeQueueUnbind(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(QUEUE_UNBIND);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_UNBIND);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_UNBIND);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(QUEUE_UNBIND);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(QUEUE_UNBIND);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(QUEUE_UNBIND);
    return { ticket: fTicket, queue: fQueue, exchange: fExchange, routingKey: fRoutingKey, arguments: fArguments };
}
export function decodeQueueUnbindOk(_b, o, end) {
    if (o !== end)
        throw trailing(QUEUE_UNBIND_OK);
    return EMPTY;
}
export function decodeBasicQos(b, o, end) {
    if (o + 4 > end)
        throw truncated(BASIC_QOS);
    const fPrefetchSize = b.readUInt32BE(o);
    o += 4;
    if (o + 2 > end)
        throw truncated(BASIC_QOS);
    const fPrefetchCount = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end)
        throw truncated(BASIC_QOS);
    const fGlobal = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_QOS);
    return { prefetchSize: fPrefetchSize, prefetchCount: fPrefetchCount, global: fGlobal };
}
export function decodeBasicQosOk(_b, o, end) {
    if (o !== end)
        throw trailing(BASIC_QOS_OK);
    return EMPTY;
}
export function decodeBasicConsume(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(BASIC_CONSUME);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_CONSUME);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_CONSUME);
    const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(BASIC_CONSUME);
    const fNoLocal = (b[o] & 1) !== 0;
    const fNoAck = (b[o] & 2) !== 0;
    const fExclusive = (b[o] & 4) !== 0;
    const fNowait = (b[o] & 8) !== 0;
    o += 1;
    if (o + 4 > end || o + 4 + (n = b.readUInt32BE(o)) > end)
        throw truncated(BASIC_CONSUME);
    const fArguments = decodeTable(b, o + 4, n);
    o += 4 + n;
    if (o !== end)
        throw trailing(BASIC_CONSUME);
    return { ticket: fTicket, queue: fQueue, consumerTag: fConsumerTag, noLocal: fNoLocal, noAck: fNoAck, exclusive: fExclusive, nowait: fNowait, arguments: fArguments };
}
export function decodeBasicConsumeOk(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_CONSUME_OK);
    const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(BASIC_CONSUME_OK);
    return { consumerTag: fConsumerTag };
}
export function decodeBasicCancel(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_CANCEL);
    const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(BASIC_CANCEL);
    const fNowait = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_CANCEL);
    return { consumerTag: fConsumerTag, nowait: fNowait };
}
export function decodeBasicCancelOk(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_CANCEL_OK);
    const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(BASIC_CANCEL_OK);
    return { consumerTag: fConsumerTag };
}
export function decodeBasicPublish(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(BASIC_PUBLISH);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_PUBLISH);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_PUBLISH);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(BASIC_PUBLISH);
    const fMandatory = (b[o] & 1) !== 0;
    const fImmediate = (b[o] & 2) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_PUBLISH);
    return { ticket: fTicket, exchange: fExchange, routingKey: fRoutingKey, mandatory: fMandatory, immediate: fImmediate };
}
export function decodeBasicReturn(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(BASIC_RETURN);
    const fReplyCode = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_RETURN);
    const fReplyText = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_RETURN);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_RETURN);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(BASIC_RETURN);
    return { replyCode: fReplyCode, replyText: fReplyText, exchange: fExchange, routingKey: fRoutingKey };
}
export function decodeBasicDeliver(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_DELIVER);
    const fConsumerTag = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 8 > end)
        throw truncated(BASIC_DELIVER);
    const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
    o += 8;
    if (o + 1 > end)
        throw truncated(BASIC_DELIVER);
    const fRedelivered = (b[o] & 1) !== 0;
    o += 1;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_DELIVER);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_DELIVER);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(BASIC_DELIVER);
    return { consumerTag: fConsumerTag, deliveryTag: fDeliveryTag, redelivered: fRedelivered, exchange: fExchange, routingKey: fRoutingKey };
}
export function decodeBasicGet(b, o, end) {
    let n = 0;
    if (o + 2 > end)
        throw truncated(BASIC_GET);
    const fTicket = b.readUInt16BE(o);
    o += 2;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_GET);
    const fQueue = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end)
        throw truncated(BASIC_GET);
    const fNoAck = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_GET);
    return { ticket: fTicket, queue: fQueue, noAck: fNoAck };
}
export function decodeBasicGetOk(b, o, end) {
    let n = 0;
    if (o + 8 > end)
        throw truncated(BASIC_GET_OK);
    const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
    o += 8;
    if (o + 1 > end)
        throw truncated(BASIC_GET_OK);
    const fRedelivered = (b[o] & 1) !== 0;
    o += 1;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_GET_OK);
    const fExchange = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_GET_OK);
    const fRoutingKey = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o + 4 > end)
        throw truncated(BASIC_GET_OK);
    const fMessageCount = b.readUInt32BE(o);
    o += 4;
    if (o !== end)
        throw trailing(BASIC_GET_OK);
    return { deliveryTag: fDeliveryTag, redelivered: fRedelivered, exchange: fExchange, routingKey: fRoutingKey, messageCount: fMessageCount };
}
export function decodeBasicGetEmpty(b, o, end) {
    let n = 0;
    if (o + 1 > end || o + 1 + (n = b[o]) > end)
        throw truncated(BASIC_GET_EMPTY);
    const fClusterId = b.toString('utf8', o + 1, o + 1 + n);
    o += 1 + n;
    if (o !== end)
        throw trailing(BASIC_GET_EMPTY);
    return { clusterId: fClusterId };
}
export function decodeBasicAck(b, o, end) {
    if (o + 8 > end)
        throw truncated(BASIC_ACK);
    const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
    o += 8;
    if (o + 1 > end)
        throw truncated(BASIC_ACK);
    const fMultiple = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_ACK);
    return { deliveryTag: fDeliveryTag, multiple: fMultiple };
}
export function decodeBasicReject(b, o, end) {
    if (o + 8 > end)
        throw truncated(BASIC_REJECT);
    const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
    o += 8;
    if (o + 1 > end)
        throw truncated(BASIC_REJECT);
    const fRequeue = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_REJECT);
    return { deliveryTag: fDeliveryTag, requeue: fRequeue };
}
export function decodeBasicRecoverAsync(b, o, end) {
    if (o + 1 > end)
        throw truncated(BASIC_RECOVER_ASYNC);
    const fRequeue = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_RECOVER_ASYNC);
    return { requeue: fRequeue };
}
export function decodeBasicRecover(b, o, end) {
    if (o + 1 > end)
        throw truncated(BASIC_RECOVER);
    const fRequeue = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_RECOVER);
    return { requeue: fRequeue };
}
export function decodeBasicRecoverOk(_b, o, end) {
    if (o !== end)
        throw trailing(BASIC_RECOVER_OK);
    return EMPTY;
}
export function decodeBasicNack(b, o, end) {
    if (o + 8 > end)
        throw truncated(BASIC_NACK);
    const fDeliveryTag = b.readUInt32BE(o) * TWO_32 + b.readUInt32BE(o + 4);
    o += 8;
    if (o + 1 > end)
        throw truncated(BASIC_NACK);
    const fMultiple = (b[o] & 1) !== 0;
    const fRequeue = (b[o] & 2) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(BASIC_NACK);
    return { deliveryTag: fDeliveryTag, multiple: fMultiple, requeue: fRequeue };
}
export function decodeTxSelect(_b, o, end) {
    if (o !== end)
        throw trailing(TX_SELECT);
    return EMPTY;
}
export function decodeTxSelectOk(_b, o, end) {
    if (o !== end)
        throw trailing(TX_SELECT_OK);
    return EMPTY;
}
export function decodeTxCommit(_b, o, end) {
    if (o !== end)
        throw trailing(TX_COMMIT);
    return EMPTY;
}
export function decodeTxCommitOk(_b, o, end) {
    if (o !== end)
        throw trailing(TX_COMMIT_OK);
    return EMPTY;
}
export function decodeTxRollback(_b, o, end) {
    if (o !== end)
        throw trailing(TX_ROLLBACK);
    return EMPTY;
}
export function decodeTxRollbackOk(_b, o, end) {
    if (o !== end)
        throw trailing(TX_ROLLBACK_OK);
    return EMPTY;
}
export function decodeConfirmSelect(b, o, end) {
    if (o + 1 > end)
        throw truncated(CONFIRM_SELECT);
    const fNowait = (b[o] & 1) !== 0;
    o += 1;
    if (o !== end)
        throw trailing(CONFIRM_SELECT);
    return { nowait: fNowait };
}
export function decodeConfirmSelectOk(_b, o, end) {
    if (o !== end)
        throw trailing(CONFIRM_SELECT_OK);
    return EMPTY;
}
/** Decodes the args of a method; throws CodecError 540 for an unknown key, 502 for bad args. */
export function decodeMethod(key, b, o, end) {
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
function unknownMethod(key) {
    const c = key >>> 16;
    const m = key & 0xffff;
    return new CodecError(CodecErrorCode.NOT_IMPLEMENTED, `unknown method ${c}/${m}`, c, m);
}
// Encoders append args (not class and method ids) to a Writer. longstr args are byte
// strings (latin1), the inverse of the decoders.
export function encodeConnectionStart(w, a) {
    w.u8(a.versionMajor);
    w.u8(a.versionMinor);
    writeTable(w, a.serverProperties);
    w.longstrBytes(a.mechanisms);
    w.longstrBytes(a.locales);
}
export function encodeConnectionStartOk(w, a) {
    writeTable(w, a.clientProperties);
    w.shortstr(a.mechanism);
    w.longstrBytes(a.response);
    w.shortstr(a.locale);
}
export function encodeConnectionSecure(w, a) {
    w.longstrBytes(a.challenge);
}
export function encodeConnectionSecureOk(w, a) {
    w.longstrBytes(a.response);
}
export function encodeConnectionTune(w, a) {
    w.u16(a.channelMax);
    w.u32(a.frameMax);
    w.u16(a.heartbeat);
}
export function encodeConnectionTuneOk(w, a) {
    w.u16(a.channelMax);
    w.u32(a.frameMax);
    w.u16(a.heartbeat);
}
export function encodeConnectionOpen(w, a) {
    w.shortstr(a.virtualHost);
    w.shortstr(a.capabilities);
    w.u8((a.insist ? 1 : 0));
}
export function encodeConnectionOpenOk(w, a) {
    w.shortstr(a.knownHosts);
}
export function encodeConnectionClose(w, a) {
    w.u16(a.replyCode);
    w.shortstr(a.replyText);
    w.u16(a.classId);
    w.u16(a.methodId);
}
export function encodeConnectionCloseOk(_w, _a) { }
export function encodeConnectionBlocked(w, a) {
    w.shortstr(a.reason);
}
export function encodeConnectionUnblocked(_w, _a) { }
export function encodeConnectionUpdateSecret(w, a) {
    w.longstrBytes(a.newSecret);
    w.shortstr(a.reason);
}
export function encodeConnectionUpdateSecretOk(_w, _a) { }
export function encodeChannelOpen(w, a) {
    w.shortstr(a.outOfBand);
}
export function encodeChannelOpenOk(w, a) {
    w.longstrBytes(a.channelId);
}
export function encodeChannelFlow(w, a) {
    w.u8((a.active ? 1 : 0));
}
export function encodeChannelFlowOk(w, a) {
    w.u8((a.active ? 1 : 0));
}
export function encodeChannelClose(w, a) {
    w.u16(a.replyCode);
    w.shortstr(a.replyText);
    w.u16(a.classId);
    w.u16(a.methodId);
}
export function encodeChannelCloseOk(_w, _a) { }
export function encodeAccessRequest(w, a) {
    w.shortstr(a.realm);
    w.u8((a.exclusive ? 1 : 0) | (a.passive ? 2 : 0) | (a.active ? 4 : 0) | (a.write ? 8 : 0) | (a.read ? 16 : 0));
}
export function encodeAccessRequestOk(w, a) {
    w.u16(a.ticket);
}
export function encodeExchangeDeclare(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.exchange);
    w.shortstr(a.type);
    w.u8((a.passive ? 1 : 0) | (a.durable ? 2 : 0) | (a.autoDelete ? 4 : 0) | (a.internal ? 8 : 0) | (a.nowait ? 16 : 0));
    writeTable(w, a.arguments);
}
export function encodeExchangeDeclareOk(_w, _a) { }
export function encodeExchangeDelete(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.exchange);
    w.u8((a.ifUnused ? 1 : 0) | (a.nowait ? 2 : 0));
}
export function encodeExchangeDeleteOk(_w, _a) { }
export function encodeExchangeBind(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.destination);
    w.shortstr(a.source);
    w.shortstr(a.routingKey);
    w.u8((a.nowait ? 1 : 0));
    writeTable(w, a.arguments);
}
export function encodeExchangeBindOk(_w, _a) { }
export function encodeExchangeUnbind(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.destination);
    w.shortstr(a.source);
    w.shortstr(a.routingKey);
    w.u8((a.nowait ? 1 : 0));
    writeTable(w, a.arguments);
}
export function encodeExchangeUnbindOk(_w, _a) { }
export function encodeQueueDeclare(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.u8((a.passive ? 1 : 0) | (a.durable ? 2 : 0) | (a.exclusive ? 4 : 0) | (a.autoDelete ? 8 : 0) | (a.nowait ? 16 : 0));
    writeTable(w, a.arguments);
}
export function encodeQueueDeclareOk(w, a) {
    w.shortstr(a.queue);
    w.u32(a.messageCount);
    w.u32(a.consumerCount);
}
export function encodeQueueBind(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.shortstr(a.exchange);
    w.shortstr(a.routingKey);
    w.u8((a.nowait ? 1 : 0));
    writeTable(w, a.arguments);
}
export function encodeQueueBindOk(_w, _a) { }
export function encodeQueuePurge(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.u8((a.nowait ? 1 : 0));
}
export function encodeQueuePurgeOk(w, a) {
    w.u32(a.messageCount);
}
export function encodeQueueDelete(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.u8((a.ifUnused ? 1 : 0) | (a.ifEmpty ? 2 : 0) | (a.nowait ? 4 : 0));
}
export function encodeQueueDeleteOk(w, a) {
    w.u32(a.messageCount);
}
export function encodeQueueUnbind(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.shortstr(a.exchange);
    w.shortstr(a.routingKey);
    writeTable(w, a.arguments);
}
export function encodeQueueUnbindOk(_w, _a) { }
export function encodeBasicQos(w, a) {
    w.u32(a.prefetchSize);
    w.u16(a.prefetchCount);
    w.u8((a.global ? 1 : 0));
}
export function encodeBasicQosOk(_w, _a) { }
export function encodeBasicConsume(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.shortstr(a.consumerTag);
    w.u8((a.noLocal ? 1 : 0) | (a.noAck ? 2 : 0) | (a.exclusive ? 4 : 0) | (a.nowait ? 8 : 0));
    writeTable(w, a.arguments);
}
export function encodeBasicConsumeOk(w, a) {
    w.shortstr(a.consumerTag);
}
export function encodeBasicCancel(w, a) {
    w.shortstr(a.consumerTag);
    w.u8((a.nowait ? 1 : 0));
}
export function encodeBasicCancelOk(w, a) {
    w.shortstr(a.consumerTag);
}
export function encodeBasicPublish(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.exchange);
    w.shortstr(a.routingKey);
    w.u8((a.mandatory ? 1 : 0) | (a.immediate ? 2 : 0));
}
export function encodeBasicReturn(w, a) {
    w.u16(a.replyCode);
    w.shortstr(a.replyText);
    w.shortstr(a.exchange);
    w.shortstr(a.routingKey);
}
export function encodeBasicDeliver(w, a) {
    w.shortstr(a.consumerTag);
    w.u64(a.deliveryTag);
    w.u8((a.redelivered ? 1 : 0));
    w.shortstr(a.exchange);
    w.shortstr(a.routingKey);
}
export function encodeBasicGet(w, a) {
    w.u16(a.ticket);
    w.shortstr(a.queue);
    w.u8((a.noAck ? 1 : 0));
}
export function encodeBasicGetOk(w, a) {
    w.u64(a.deliveryTag);
    w.u8((a.redelivered ? 1 : 0));
    w.shortstr(a.exchange);
    w.shortstr(a.routingKey);
    w.u32(a.messageCount);
}
export function encodeBasicGetEmpty(w, a) {
    w.shortstr(a.clusterId);
}
export function encodeBasicAck(w, a) {
    w.u64(a.deliveryTag);
    w.u8((a.multiple ? 1 : 0));
}
export function encodeBasicReject(w, a) {
    w.u64(a.deliveryTag);
    w.u8((a.requeue ? 1 : 0));
}
export function encodeBasicRecoverAsync(w, a) {
    w.u8((a.requeue ? 1 : 0));
}
export function encodeBasicRecover(w, a) {
    w.u8((a.requeue ? 1 : 0));
}
export function encodeBasicRecoverOk(_w, _a) { }
export function encodeBasicNack(w, a) {
    w.u64(a.deliveryTag);
    w.u8((a.multiple ? 1 : 0) | (a.requeue ? 2 : 0));
}
export function encodeTxSelect(_w, _a) { }
export function encodeTxSelectOk(_w, _a) { }
export function encodeTxCommit(_w, _a) { }
export function encodeTxCommitOk(_w, _a) { }
export function encodeTxRollback(_w, _a) { }
export function encodeTxRollbackOk(_w, _a) { }
export function encodeConfirmSelect(w, a) {
    w.u8((a.nowait ? 1 : 0));
}
export function encodeConfirmSelectOk(_w, _a) { }
export function encodeMethod(w, key, args) {
    switch (key) {
        case CONNECTION_START:
            return encodeConnectionStart(w, args);
        case CONNECTION_START_OK:
            return encodeConnectionStartOk(w, args);
        case CONNECTION_SECURE:
            return encodeConnectionSecure(w, args);
        case CONNECTION_SECURE_OK:
            return encodeConnectionSecureOk(w, args);
        case CONNECTION_TUNE:
            return encodeConnectionTune(w, args);
        case CONNECTION_TUNE_OK:
            return encodeConnectionTuneOk(w, args);
        case CONNECTION_OPEN:
            return encodeConnectionOpen(w, args);
        case CONNECTION_OPEN_OK:
            return encodeConnectionOpenOk(w, args);
        case CONNECTION_CLOSE:
            return encodeConnectionClose(w, args);
        case CONNECTION_CLOSE_OK:
            return encodeConnectionCloseOk(w, args);
        case CONNECTION_BLOCKED:
            return encodeConnectionBlocked(w, args);
        case CONNECTION_UNBLOCKED:
            return encodeConnectionUnblocked(w, args);
        case CONNECTION_UPDATE_SECRET:
            return encodeConnectionUpdateSecret(w, args);
        case CONNECTION_UPDATE_SECRET_OK:
            return encodeConnectionUpdateSecretOk(w, args);
        case CHANNEL_OPEN:
            return encodeChannelOpen(w, args);
        case CHANNEL_OPEN_OK:
            return encodeChannelOpenOk(w, args);
        case CHANNEL_FLOW:
            return encodeChannelFlow(w, args);
        case CHANNEL_FLOW_OK:
            return encodeChannelFlowOk(w, args);
        case CHANNEL_CLOSE:
            return encodeChannelClose(w, args);
        case CHANNEL_CLOSE_OK:
            return encodeChannelCloseOk(w, args);
        case ACCESS_REQUEST:
            return encodeAccessRequest(w, args);
        case ACCESS_REQUEST_OK:
            return encodeAccessRequestOk(w, args);
        case EXCHANGE_DECLARE:
            return encodeExchangeDeclare(w, args);
        case EXCHANGE_DECLARE_OK:
            return encodeExchangeDeclareOk(w, args);
        case EXCHANGE_DELETE:
            return encodeExchangeDelete(w, args);
        case EXCHANGE_DELETE_OK:
            return encodeExchangeDeleteOk(w, args);
        case EXCHANGE_BIND:
            return encodeExchangeBind(w, args);
        case EXCHANGE_BIND_OK:
            return encodeExchangeBindOk(w, args);
        case EXCHANGE_UNBIND:
            return encodeExchangeUnbind(w, args);
        case EXCHANGE_UNBIND_OK:
            return encodeExchangeUnbindOk(w, args);
        case QUEUE_DECLARE:
            return encodeQueueDeclare(w, args);
        case QUEUE_DECLARE_OK:
            return encodeQueueDeclareOk(w, args);
        case QUEUE_BIND:
            return encodeQueueBind(w, args);
        case QUEUE_BIND_OK:
            return encodeQueueBindOk(w, args);
        case QUEUE_PURGE:
            return encodeQueuePurge(w, args);
        case QUEUE_PURGE_OK:
            return encodeQueuePurgeOk(w, args);
        case QUEUE_DELETE:
            return encodeQueueDelete(w, args);
        case QUEUE_DELETE_OK:
            return encodeQueueDeleteOk(w, args);
        case QUEUE_UNBIND:
            return encodeQueueUnbind(w, args);
        case QUEUE_UNBIND_OK:
            return encodeQueueUnbindOk(w, args);
        case BASIC_QOS:
            return encodeBasicQos(w, args);
        case BASIC_QOS_OK:
            return encodeBasicQosOk(w, args);
        case BASIC_CONSUME:
            return encodeBasicConsume(w, args);
        case BASIC_CONSUME_OK:
            return encodeBasicConsumeOk(w, args);
        case BASIC_CANCEL:
            return encodeBasicCancel(w, args);
        case BASIC_CANCEL_OK:
            return encodeBasicCancelOk(w, args);
        case BASIC_PUBLISH:
            return encodeBasicPublish(w, args);
        case BASIC_RETURN:
            return encodeBasicReturn(w, args);
        case BASIC_DELIVER:
            return encodeBasicDeliver(w, args);
        case BASIC_GET:
            return encodeBasicGet(w, args);
        case BASIC_GET_OK:
            return encodeBasicGetOk(w, args);
        case BASIC_GET_EMPTY:
            return encodeBasicGetEmpty(w, args);
        case BASIC_ACK:
            return encodeBasicAck(w, args);
        case BASIC_REJECT:
            return encodeBasicReject(w, args);
        case BASIC_RECOVER_ASYNC:
            return encodeBasicRecoverAsync(w, args);
        case BASIC_RECOVER:
            return encodeBasicRecover(w, args);
        case BASIC_RECOVER_OK:
            return encodeBasicRecoverOk(w, args);
        case BASIC_NACK:
            return encodeBasicNack(w, args);
        case TX_SELECT:
            return encodeTxSelect(w, args);
        case TX_SELECT_OK:
            return encodeTxSelectOk(w, args);
        case TX_COMMIT:
            return encodeTxCommit(w, args);
        case TX_COMMIT_OK:
            return encodeTxCommitOk(w, args);
        case TX_ROLLBACK:
            return encodeTxRollback(w, args);
        case TX_ROLLBACK_OK:
            return encodeTxRollbackOk(w, args);
        case CONFIRM_SELECT:
            return encodeConfirmSelect(w, args);
        case CONFIRM_SELECT_OK:
            return encodeConfirmSelectOk(w, args);
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
});
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
]);
//# sourceMappingURL=generated.js.map