import type { ChannelModel } from 'amqplib';
import type { TypedEmitter } from './events.js';
import { type StandardSchemaV1 } from './schema.js';
import type { TraceScope } from './tracing.js';
import type { PublishOptions } from './types.js';
export declare const REPLY_TO = "amq.rabbitmq.reply-to";
/** Reply header: `ok` or `error`. */
export declare const RPC_STATUS_HEADER = "x-rpc-status";
export interface RequestOptions<R = unknown> extends Omit<PublishOptions, 'replyTo' | 'correlationId' | 'mandatory'> {
    /** Reject with RequestError('timeout') after this long. Default 10000. Also the request's TTL. */
    timeoutMs?: number;
    /** Cancel the request: it rejects with RequestError('aborted'). */
    signal?: AbortSignal;
    /** Exchange to publish the request to. Default '' (the queue by name). */
    exchange?: string;
    /** Validates the reply payload. */
    replySchema?: StandardSchemaV1<unknown, R>;
}
export declare class RpcClient {
    private readonly events;
    private readonly tracing;
    private readonly whenOpen;
    private ch;
    private readonly pending;
    private attaching;
    private used;
    private closed;
    constructor(events: TypedEmitter, tracing: TraceScope, whenOpen: () => Promise<ChannelModel>);
    /** Restore hook: only once a request was made does a reconnect open the reply channel again. */
    restore(conn: ChannelModel): Promise<void>;
    /** The connection is gone: replies to requests sent on it can never arrive. */
    detach(): void;
    private failAll;
    private open;
    private channel;
    private onReturn;
    private onReply;
    request<R>(queue: string, payload: unknown, options?: RequestOptions<R>): Promise<R>;
    close(): Promise<void>;
}
/** The reply body and headers for a handler's result or error. */
export declare function replyFor(result: {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: unknown;
}): {
    payload: unknown;
    headers: Record<string, unknown>;
};
