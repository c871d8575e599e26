import { type MethodArgs, type MethodArgsByKey, type MethodKey } from './generated.js';
import { type BasicProperties } from './properties.js';
/**
 * Encodes outgoing frames. Each AMQP connection owns one: methodFrame and the property and
 * table encoders reuse its scratch Writer, so no state is shared between connections (or
 * brokers in one process). Every returned Buffer is the caller's own (a copy, or freshly
 * allocated); only large bodies are referenced, as documented on contentFrames.
 */
export declare class FrameWriter {
    private readonly w;
    constructor(initialSize?: number);
    /** One method frame; args are the generated interface for `key`. */
    methodFrame<K extends MethodKey>(channel: number, key: K, args: MethodArgsByKey[K]): Buffer;
    methodFrame(channel: number, key: number, args: MethodArgs): Buffer;
    /** Encoded basic properties (see encodeProperties), through this writer's scratch. */
    encodeProperties(props: BasicProperties): Buffer;
    /** An encoded field table without its length prefix (see encodeTable). */
    encodeTable(table: Record<string, unknown>): Buffer;
}
/** One method frame; args are the generated interface for `key`. Allocates its own Writer. */
export declare function methodFrame<K extends MethodKey>(channel: number, key: K, args: MethodArgsByKey[K]): Buffer;
export declare function methodFrame(channel: number, key: number, args: MethodArgs): Buffer;
/** The shared heartbeat frame (never mutate it). */
export declare function heartbeatFrame(): Buffer;
/**
 * A content header frame followed by body frames of at most frameMax - 8 payload bytes
 * (frameMax 0 = no limit); no body frame for an empty body. Large bodies are referenced.
 */
export declare function contentFrames(channel: number, classId: number, properties: Buffer, body: Buffer, frameMax: number): Buffer[];
/** basic.deliver + header + body, in as few buffers as possible. */
export declare function deliverFrames(channel: number, consumerTag: string, deliveryTag: number, redelivered: boolean, exchange: string, routingKey: string, properties: Buffer, body: Buffer, frameMax: number): Buffer[];
/** basic.get-ok + header + body, in as few buffers as possible. */
export declare function getOkFrames(channel: number, deliveryTag: number, redelivered: boolean, exchange: string, routingKey: string, messageCount: number, properties: Buffer, body: Buffer, frameMax: number): Buffer[];
/** basic.return + header + body, in as few buffers as possible. */
export declare function returnFrames(channel: number, replyCode: number, replyText: string, exchange: string, routingKey: string, properties: Buffer, body: Buffer, frameMax: number): Buffer[];
