import type { Writer } from './writer.js';
export declare const PROTOCOL_VERSION: readonly [0, 9, 1];
export declare const DEFAULT_PORT = 5672;
export declare const FRAME_METHOD = 1;
export declare const FRAME_HEADER = 2;
export declare const FRAME_BODY = 3;
export declare const FRAME_HEARTBEAT = 8;
export declare const FRAME_MIN_SIZE = 4096;
export declare const FRAME_END = 206;
/** Reply codes for connection.close / channel.close. */
export declare const ReplyCode: {
    readonly REPLY_SUCCESS: 200;
    readonly CONTENT_TOO_LARGE: 311;
    readonly NO_ROUTE: 312;
    readonly NO_CONSUMERS: 313;
    readonly ACCESS_REFUSED: 403;
    readonly NOT_FOUND: 404;
    readonly RESOURCE_LOCKED: 405;
    readonly PRECONDITION_FAILED: 406;
    readonly CONNECTION_FORCED: 320;
    readonly INVALID_PATH: 402;
    readonly FRAME_ERROR: 501;
    readonly SYNTAX_ERROR: 502;
    readonly COMMAND_INVALID: 503;
    readonly CHANNEL_ERROR: 504;
    readonly UNEXPECTED_FRAME: 505;
    readonly RESOURCE_ERROR: 506;
    readonly NOT_ALLOWED: 530;
    readonly NOT_IMPLEMENTED: 540;
    readonly INTERNAL_ERROR: 541;
};
export type ReplyCode = (typeof ReplyCode)[keyof typeof ReplyCode];
/** Soft errors close the channel; hard errors close the connection. */
export declare const SOFT_ERRORS: readonly number[];
export declare const HARD_ERRORS: readonly number[];
export declare function isHardError(code: number): boolean;
export declare const ClassId: {
    readonly CONNECTION: 10;
    readonly CHANNEL: 20;
    readonly ACCESS: 30;
    readonly EXCHANGE: 40;
    readonly QUEUE: 50;
    readonly BASIC: 60;
    readonly TX: 90;
    readonly CONFIRM: 85;
};
export declare const CONNECTION_START = 655370;
export declare const CONNECTION_START_OK = 655371;
export declare const CONNECTION_SECURE = 655380;
export declare const CONNECTION_SECURE_OK = 655381;
export declare const CONNECTION_TUNE = 655390;
export declare const CONNECTION_TUNE_OK = 655391;
export declare const CONNECTION_OPEN = 655400;
export declare const CONNECTION_OPEN_OK = 655401;
export declare const CONNECTION_CLOSE = 655410;
export declare const CONNECTION_CLOSE_OK = 655411;
export declare const CONNECTION_BLOCKED = 655420;
export declare const CONNECTION_UNBLOCKED = 655421;
export declare const CONNECTION_UPDATE_SECRET = 655430;
export declare const CONNECTION_UPDATE_SECRET_OK = 655431;
export declare const CHANNEL_OPEN = 1310730;
export declare const CHANNEL_OPEN_OK = 1310731;
export declare const CHANNEL_FLOW = 1310740;
export declare const CHANNEL_FLOW_OK = 1310741;
export declare const CHANNEL_CLOSE = 1310760;
export declare const CHANNEL_CLOSE_OK = 1310761;
export declare const ACCESS_REQUEST = 1966090;
export declare const ACCESS_REQUEST_OK = 1966091;
export declare const EXCHANGE_DECLARE = 2621450;
export declare const EXCHANGE_DECLARE_OK = 2621451;
export declare const EXCHANGE_DELETE = 2621460;
export declare const EXCHANGE_DELETE_OK = 2621461;
export declare const EXCHANGE_BIND = 2621470;
export declare const EXCHANGE_BIND_OK = 2621471;
export declare const EXCHANGE_UNBIND = 2621480;
export declare const EXCHANGE_UNBIND_OK = 2621491;
export declare const QUEUE_DECLARE = 3276810;
export declare const QUEUE_DECLARE_OK = 3276811;
export declare const QUEUE_BIND = 3276820;
export declare const QUEUE_BIND_OK = 3276821;
export declare const QUEUE_PURGE = 3276830;
export declare const QUEUE_PURGE_OK = 3276831;
export declare const QUEUE_DELETE = 3276840;
export declare const QUEUE_DELETE_OK = 3276841;
export declare const QUEUE_UNBIND = 3276850;
export declare const QUEUE_UNBIND_OK = 3276851;
export declare const BASIC_QOS = 3932170;
export declare const BASIC_QOS_OK = 3932171;
export declare const BASIC_CONSUME = 3932180;
export declare const BASIC_CONSUME_OK = 3932181;
export declare const BASIC_CANCEL = 3932190;
export declare const BASIC_CANCEL_OK = 3932191;
export declare const BASIC_PUBLISH = 3932200;
export declare const BASIC_RETURN = 3932210;
export declare const BASIC_DELIVER = 3932220;
export declare const BASIC_GET = 3932230;
export declare const BASIC_GET_OK = 3932231;
export declare const BASIC_GET_EMPTY = 3932232;
export declare const BASIC_ACK = 3932240;
export declare const BASIC_REJECT = 3932250;
export declare const BASIC_RECOVER_ASYNC = 3932260;
export declare const BASIC_RECOVER = 3932270;
export declare const BASIC_RECOVER_OK = 3932271;
export declare const BASIC_NACK = 3932280;
export declare const TX_SELECT = 5898250;
export declare const TX_SELECT_OK = 5898251;
export declare const TX_COMMIT = 5898260;
export declare const TX_COMMIT_OK = 5898261;
export declare const TX_ROLLBACK = 5898270;
export declare const TX_ROLLBACK_OK = 5898271;
export declare const CONFIRM_SELECT = 5570570;
export declare const CONFIRM_SELECT_OK = 5570571;
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
export declare const METHOD_INFO: Readonly<Record<number, MethodInfo>>;
export declare const METHOD_NAMES: Readonly<Record<number, string>>;
export declare function isSynchronous(key: number): boolean;
export declare function hasContent(key: number): boolean;
export declare function decodeConnectionStart(b: Buffer, o: number, end: number): ConnectionStartArgs;
export declare function decodeConnectionStartOk(b: Buffer, o: number, end: number): ConnectionStartOkArgs;
export declare function decodeConnectionSecure(b: Buffer, o: number, end: number): ConnectionSecureArgs;
export declare function decodeConnectionSecureOk(b: Buffer, o: number, end: number): ConnectionSecureOkArgs;
export declare function decodeConnectionTune(b: Buffer, o: number, end: number): ConnectionTuneArgs;
export declare function decodeConnectionTuneOk(b: Buffer, o: number, end: number): ConnectionTuneOkArgs;
export declare function decodeConnectionOpen(b: Buffer, o: number, end: number): ConnectionOpenArgs;
export declare function decodeConnectionOpenOk(b: Buffer, o: number, end: number): ConnectionOpenOkArgs;
export declare function decodeConnectionClose(b: Buffer, o: number, end: number): ConnectionCloseArgs;
export declare function decodeConnectionCloseOk(_b: Buffer, o: number, end: number): ConnectionCloseOkArgs;
export declare function decodeConnectionBlocked(b: Buffer, o: number, end: number): ConnectionBlockedArgs;
export declare function decodeConnectionUnblocked(_b: Buffer, o: number, end: number): ConnectionUnblockedArgs;
export declare function decodeConnectionUpdateSecret(b: Buffer, o: number, end: number): ConnectionUpdateSecretArgs;
export declare function decodeConnectionUpdateSecretOk(_b: Buffer, o: number, end: number): ConnectionUpdateSecretOkArgs;
export declare function decodeChannelOpen(b: Buffer, o: number, end: number): ChannelOpenArgs;
export declare function decodeChannelOpenOk(b: Buffer, o: number, end: number): ChannelOpenOkArgs;
export declare function decodeChannelFlow(b: Buffer, o: number, end: number): ChannelFlowArgs;
export declare function decodeChannelFlowOk(b: Buffer, o: number, end: number): ChannelFlowOkArgs;
export declare function decodeChannelClose(b: Buffer, o: number, end: number): ChannelCloseArgs;
export declare function decodeChannelCloseOk(_b: Buffer, o: number, end: number): ChannelCloseOkArgs;
export declare function decodeAccessRequest(b: Buffer, o: number, end: number): AccessRequestArgs;
export declare function decodeAccessRequestOk(b: Buffer, o: number, end: number): AccessRequestOkArgs;
export declare function decodeExchangeDeclare(b: Buffer, o: number, end: number): ExchangeDeclareArgs;
export declare function decodeExchangeDeclareOk(_b: Buffer, o: number, end: number): ExchangeDeclareOkArgs;
export declare function decodeExchangeDelete(b: Buffer, o: number, end: number): ExchangeDeleteArgs;
export declare function decodeExchangeDeleteOk(_b: Buffer, o: number, end: number): ExchangeDeleteOkArgs;
export declare function decodeExchangeBind(b: Buffer, o: number, end: number): ExchangeBindArgs;
export declare function decodeExchangeBindOk(_b: Buffer, o: number, end: number): ExchangeBindOkArgs;
export declare function decodeExchangeUnbind(b: Buffer, o: number, end: number): ExchangeUnbindArgs;
export declare function decodeExchangeUnbindOk(_b: Buffer, o: number, end: number): ExchangeUnbindOkArgs;
export declare function decodeQueueDeclare(b: Buffer, o: number, end: number): QueueDeclareArgs;
export declare function decodeQueueDeclareOk(b: Buffer, o: number, end: number): QueueDeclareOkArgs;
export declare function decodeQueueBind(b: Buffer, o: number, end: number): QueueBindArgs;
export declare function decodeQueueBindOk(_b: Buffer, o: number, end: number): QueueBindOkArgs;
export declare function decodeQueuePurge(b: Buffer, o: number, end: number): QueuePurgeArgs;
export declare function decodeQueuePurgeOk(b: Buffer, o: number, end: number): QueuePurgeOkArgs;
export declare function decodeQueueDelete(b: Buffer, o: number, end: number): QueueDeleteArgs;
export declare function decodeQueueDeleteOk(b: Buffer, o: number, end: number): QueueDeleteOkArgs;
export declare function decodeQueueUnbind(b: Buffer, o: number, end: number): QueueUnbindArgs;
export declare function decodeQueueUnbindOk(_b: Buffer, o: number, end: number): QueueUnbindOkArgs;
export declare function decodeBasicQos(b: Buffer, o: number, end: number): BasicQosArgs;
export declare function decodeBasicQosOk(_b: Buffer, o: number, end: number): BasicQosOkArgs;
export declare function decodeBasicConsume(b: Buffer, o: number, end: number): BasicConsumeArgs;
export declare function decodeBasicConsumeOk(b: Buffer, o: number, end: number): BasicConsumeOkArgs;
export declare function decodeBasicCancel(b: Buffer, o: number, end: number): BasicCancelArgs;
export declare function decodeBasicCancelOk(b: Buffer, o: number, end: number): BasicCancelOkArgs;
export declare function decodeBasicPublish(b: Buffer, o: number, end: number): BasicPublishArgs;
export declare function decodeBasicReturn(b: Buffer, o: number, end: number): BasicReturnArgs;
export declare function decodeBasicDeliver(b: Buffer, o: number, end: number): BasicDeliverArgs;
export declare function decodeBasicGet(b: Buffer, o: number, end: number): BasicGetArgs;
export declare function decodeBasicGetOk(b: Buffer, o: number, end: number): BasicGetOkArgs;
export declare function decodeBasicGetEmpty(b: Buffer, o: number, end: number): BasicGetEmptyArgs;
export declare function decodeBasicAck(b: Buffer, o: number, end: number): BasicAckArgs;
export declare function decodeBasicReject(b: Buffer, o: number, end: number): BasicRejectArgs;
export declare function decodeBasicRecoverAsync(b: Buffer, o: number, end: number): BasicRecoverAsyncArgs;
export declare function decodeBasicRecover(b: Buffer, o: number, end: number): BasicRecoverArgs;
export declare function decodeBasicRecoverOk(_b: Buffer, o: number, end: number): BasicRecoverOkArgs;
export declare function decodeBasicNack(b: Buffer, o: number, end: number): BasicNackArgs;
export declare function decodeTxSelect(_b: Buffer, o: number, end: number): TxSelectArgs;
export declare function decodeTxSelectOk(_b: Buffer, o: number, end: number): TxSelectOkArgs;
export declare function decodeTxCommit(_b: Buffer, o: number, end: number): TxCommitArgs;
export declare function decodeTxCommitOk(_b: Buffer, o: number, end: number): TxCommitOkArgs;
export declare function decodeTxRollback(_b: Buffer, o: number, end: number): TxRollbackArgs;
export declare function decodeTxRollbackOk(_b: Buffer, o: number, end: number): TxRollbackOkArgs;
export declare function decodeConfirmSelect(b: Buffer, o: number, end: number): ConfirmSelectArgs;
export declare function decodeConfirmSelectOk(_b: Buffer, o: number, end: number): ConfirmSelectOkArgs;
/** Decodes the args of a method; throws CodecError 540 for an unknown key, 502 for bad args. */
export declare function decodeMethod(key: number, b: Buffer, o: number, end: number): MethodArgs;
export declare function encodeConnectionStart(w: Writer, a: ConnectionStartArgs): void;
export declare function encodeConnectionStartOk(w: Writer, a: ConnectionStartOkArgs): void;
export declare function encodeConnectionSecure(w: Writer, a: ConnectionSecureArgs): void;
export declare function encodeConnectionSecureOk(w: Writer, a: ConnectionSecureOkArgs): void;
export declare function encodeConnectionTune(w: Writer, a: ConnectionTuneArgs): void;
export declare function encodeConnectionTuneOk(w: Writer, a: ConnectionTuneOkArgs): void;
export declare function encodeConnectionOpen(w: Writer, a: ConnectionOpenArgs): void;
export declare function encodeConnectionOpenOk(w: Writer, a: ConnectionOpenOkArgs): void;
export declare function encodeConnectionClose(w: Writer, a: ConnectionCloseArgs): void;
export declare function encodeConnectionCloseOk(_w: Writer, _a: ConnectionCloseOkArgs): void;
export declare function encodeConnectionBlocked(w: Writer, a: ConnectionBlockedArgs): void;
export declare function encodeConnectionUnblocked(_w: Writer, _a: ConnectionUnblockedArgs): void;
export declare function encodeConnectionUpdateSecret(w: Writer, a: ConnectionUpdateSecretArgs): void;
export declare function encodeConnectionUpdateSecretOk(_w: Writer, _a: ConnectionUpdateSecretOkArgs): void;
export declare function encodeChannelOpen(w: Writer, a: ChannelOpenArgs): void;
export declare function encodeChannelOpenOk(w: Writer, a: ChannelOpenOkArgs): void;
export declare function encodeChannelFlow(w: Writer, a: ChannelFlowArgs): void;
export declare function encodeChannelFlowOk(w: Writer, a: ChannelFlowOkArgs): void;
export declare function encodeChannelClose(w: Writer, a: ChannelCloseArgs): void;
export declare function encodeChannelCloseOk(_w: Writer, _a: ChannelCloseOkArgs): void;
export declare function encodeAccessRequest(w: Writer, a: AccessRequestArgs): void;
export declare function encodeAccessRequestOk(w: Writer, a: AccessRequestOkArgs): void;
export declare function encodeExchangeDeclare(w: Writer, a: ExchangeDeclareArgs): void;
export declare function encodeExchangeDeclareOk(_w: Writer, _a: ExchangeDeclareOkArgs): void;
export declare function encodeExchangeDelete(w: Writer, a: ExchangeDeleteArgs): void;
export declare function encodeExchangeDeleteOk(_w: Writer, _a: ExchangeDeleteOkArgs): void;
export declare function encodeExchangeBind(w: Writer, a: ExchangeBindArgs): void;
export declare function encodeExchangeBindOk(_w: Writer, _a: ExchangeBindOkArgs): void;
export declare function encodeExchangeUnbind(w: Writer, a: ExchangeUnbindArgs): void;
export declare function encodeExchangeUnbindOk(_w: Writer, _a: ExchangeUnbindOkArgs): void;
export declare function encodeQueueDeclare(w: Writer, a: QueueDeclareArgs): void;
export declare function encodeQueueDeclareOk(w: Writer, a: QueueDeclareOkArgs): void;
export declare function encodeQueueBind(w: Writer, a: QueueBindArgs): void;
export declare function encodeQueueBindOk(_w: Writer, _a: QueueBindOkArgs): void;
export declare function encodeQueuePurge(w: Writer, a: QueuePurgeArgs): void;
export declare function encodeQueuePurgeOk(w: Writer, a: QueuePurgeOkArgs): void;
export declare function encodeQueueDelete(w: Writer, a: QueueDeleteArgs): void;
export declare function encodeQueueDeleteOk(w: Writer, a: QueueDeleteOkArgs): void;
export declare function encodeQueueUnbind(w: Writer, a: QueueUnbindArgs): void;
export declare function encodeQueueUnbindOk(_w: Writer, _a: QueueUnbindOkArgs): void;
export declare function encodeBasicQos(w: Writer, a: BasicQosArgs): void;
export declare function encodeBasicQosOk(_w: Writer, _a: BasicQosOkArgs): void;
export declare function encodeBasicConsume(w: Writer, a: BasicConsumeArgs): void;
export declare function encodeBasicConsumeOk(w: Writer, a: BasicConsumeOkArgs): void;
export declare function encodeBasicCancel(w: Writer, a: BasicCancelArgs): void;
export declare function encodeBasicCancelOk(w: Writer, a: BasicCancelOkArgs): void;
export declare function encodeBasicPublish(w: Writer, a: BasicPublishArgs): void;
export declare function encodeBasicReturn(w: Writer, a: BasicReturnArgs): void;
export declare function encodeBasicDeliver(w: Writer, a: BasicDeliverArgs): void;
export declare function encodeBasicGet(w: Writer, a: BasicGetArgs): void;
export declare function encodeBasicGetOk(w: Writer, a: BasicGetOkArgs): void;
export declare function encodeBasicGetEmpty(w: Writer, a: BasicGetEmptyArgs): void;
export declare function encodeBasicAck(w: Writer, a: BasicAckArgs): void;
export declare function encodeBasicReject(w: Writer, a: BasicRejectArgs): void;
export declare function encodeBasicRecoverAsync(w: Writer, a: BasicRecoverAsyncArgs): void;
export declare function encodeBasicRecover(w: Writer, a: BasicRecoverArgs): void;
export declare function encodeBasicRecoverOk(_w: Writer, _a: BasicRecoverOkArgs): void;
export declare function encodeBasicNack(w: Writer, a: BasicNackArgs): void;
export declare function encodeTxSelect(_w: Writer, _a: TxSelectArgs): void;
export declare function encodeTxSelectOk(_w: Writer, _a: TxSelectOkArgs): void;
export declare function encodeTxCommit(_w: Writer, _a: TxCommitArgs): void;
export declare function encodeTxCommitOk(_w: Writer, _a: TxCommitOkArgs): void;
export declare function encodeTxRollback(_w: Writer, _a: TxRollbackArgs): void;
export declare function encodeTxRollbackOk(_w: Writer, _a: TxRollbackOkArgs): void;
export declare function encodeConfirmSelect(w: Writer, a: ConfirmSelectArgs): void;
export declare function encodeConfirmSelectOk(_w: Writer, _a: ConfirmSelectOkArgs): void;
/** Encodes the args of a method; throws CodecError 540 for an unknown key. */
export declare function encodeMethod<K extends MethodKey>(w: Writer, key: K, args: MethodArgsByKey[K]): void;
export declare function encodeMethod(w: Writer, key: number, args: MethodArgs): void;
export declare const BasicFlag: {
    readonly CONTENT_TYPE: 32768;
    readonly CONTENT_ENCODING: 16384;
    readonly HEADERS: 8192;
    readonly DELIVERY_MODE: 4096;
    readonly PRIORITY: 2048;
    readonly CORRELATION_ID: 1024;
    readonly REPLY_TO: 512;
    readonly EXPIRATION: 256;
    readonly MESSAGE_ID: 128;
    readonly TIMESTAMP: 64;
    readonly TYPE: 32;
    readonly USER_ID: 16;
    readonly APP_ID: 8;
    readonly CLUSTER_ID: 4;
};
/** The basic properties in wire order, with their camelCase name, type and flag bit. */
export declare const BASIC_PROPERTIES: readonly [{
    readonly name: "contentType";
    readonly type: "shortstr";
    readonly flag: 32768;
}, {
    readonly name: "contentEncoding";
    readonly type: "shortstr";
    readonly flag: 16384;
}, {
    readonly name: "headers";
    readonly type: "table";
    readonly flag: 8192;
}, {
    readonly name: "deliveryMode";
    readonly type: "octet";
    readonly flag: 4096;
}, {
    readonly name: "priority";
    readonly type: "octet";
    readonly flag: 2048;
}, {
    readonly name: "correlationId";
    readonly type: "shortstr";
    readonly flag: 1024;
}, {
    readonly name: "replyTo";
    readonly type: "shortstr";
    readonly flag: 512;
}, {
    readonly name: "expiration";
    readonly type: "shortstr";
    readonly flag: 256;
}, {
    readonly name: "messageId";
    readonly type: "shortstr";
    readonly flag: 128;
}, {
    readonly name: "timestamp";
    readonly type: "timestamp";
    readonly flag: 64;
}, {
    readonly name: "type";
    readonly type: "shortstr";
    readonly flag: 32;
}, {
    readonly name: "userId";
    readonly type: "shortstr";
    readonly flag: 16;
}, {
    readonly name: "appId";
    readonly type: "shortstr";
    readonly flag: 8;
}, {
    readonly name: "clusterId";
    readonly type: "shortstr";
    readonly flag: 4;
}];
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
